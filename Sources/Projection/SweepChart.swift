import StepwellMetrics

/// `sweep.svg`: waits (and, for care, total cost per year) against the first swept key, each a
/// line of means with a shaded 95% interval band. With one key the waits share a panel; with
/// two keys each metric has its own panel with one line per value of the second key.
public struct SweepChart {
  /// One point of a line: the swept value (x) and the metric's mean and interval there.
  public struct Point: Sendable, Equatable {
    public let x: Double
    public let mean: Double
    public let low: Double?
    public let high: Double?
  }

  /// One line and its legend label.
  public struct Line: Sendable {
    public let label: String
    public let points: [Point]
  }

  /// One panel: a title and its y axis's caption from the metric catalogue (label and unit), and
  /// its lines. Every y axis starts at zero and bands are clipped there (waits and costs cannot
  /// be negative, though a t interval can dip below zero).
  public struct Panel: Sendable {
    public let title: String
    /// The y axis's caption: the unit (`days`, `£`, a network's time unit).
    public let unit: String
    public let lines: [Line]
  }

  let run: SweepRun

  public init(run: SweepRun) { self.run = run }

  /// The wait metrics drawn: the pathway wait (care) and every service's or node's mean wait,
  /// leaving out those that are zero (or absent) at every point.
  public var waitMetrics: (drawn: [String], zero: [String]) {
    let names = run.metricNames
    let presentation = run.presentation
    let candidates =
      names.filter { presentation.leadingMetrics.contains($0) }
      + names.filter { $0.hasPrefix(presentation.waitPrefix) && $0.hasSuffix(".wait.mean") }
    var drawn: [String] = []
    var zero: [String] = []
    for name in candidates {
      let means = run.results.compactMap { $0.summary(name)?.mean }.filter(\.isFinite)
      if presentation.leadingMetrics.contains(name) || means.contains(where: { $0 != 0 }) {
        drawn.append(name)
      } else {
        zero.append(name)
      }
    }
    return (drawn, zero)
  }

  /// The metrics drawn on a panel of their own after the waits (care: total cost per year).
  var costMetrics: [String] {
    run.metricNames.filter { run.presentation.costMetrics.contains($0) }
  }

  /// The panels, in drawing order.
  public var panels: [Panel] {
    let waits = waitMetrics.drawn
    if run.grid.axes.count == 1 {
      var panels = [
        Panel(
          title: "Mean waits (\(run.timeUnit))", unit: run.timeUnit,
          lines: waits.map { Line(label: label($0), points: points($0, second: nil)) })
      ]
      for metric in costMetrics {
        panels.append(
          Panel(
            title: titled(metric), unit: unit(metric),
            lines: [Line(label: label(metric), points: points(metric, second: nil))]))
      }
      return panels
    }
    let second = run.grid.axes[1]
    return (waits + costMetrics).map { metric in
      let lines = second.texts.map { text in
        Line(label: "\(second.key) = \(text)", points: points(metric, second: text))
      }
      return Panel(title: titled(metric), unit: unit(metric), lines: lines)
    }
  }

  /// A metric's label from the catalogue (`Wait to first treatment, mean`), or its name when the
  /// catalogue does not know it.
  func label(_ metric: String) -> String {
    MetricCatalogue.definition(of: metric).map { $0.label(of: metric) } ?? metric
  }

  /// A metric's label with its unit: `Wait to first treatment, mean (days)`, `Total cost a year (£)`.
  func titled(_ metric: String) -> String {
    let text = label(metric)
    return text.lowercased().hasSuffix("(\(unit(metric)))") ? text : "\(text) (\(unit(metric)))"
  }

  /// A metric's unit as an axis caption: `£` for pounds, the run's time unit for waits.
  func unit(_ metric: String) -> String {
    switch MetricCatalogue.definition(of: metric)?.unit {
    case .pounds: return "£"
    case .time, .days, nil: return run.timeUnit
    case .some(let unit): return unit.label
    }
  }

  /// A metric's points along the first key, at one value of the second key (nil with one key).
  func points(_ metric: String, second: String?) -> [Point] {
    run.results.compactMap { result in
      guard second == nil || result.point.texts.last == second, let summary = result.summary(metric),
        summary.mean.isFinite, let x = result.point.values.first
      else { return nil }
      return Point(x: x, mean: summary.mean, low: summary.ciLow, high: summary.ciHigh)
    }
  }
}
