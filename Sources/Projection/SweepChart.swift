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

  /// One panel: a title, the unit of its y axis, its lines, and whether the axis starts at zero
  /// (waits: bands are clipped there, since a t interval can dip below a quantity that cannot).
  public struct Panel: Sendable {
    public let title: String
    public let unit: String
    public let lines: [Line]
    public let fromZero: Bool
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
    let unit = run.timeUnit
    if run.grid.axes.count == 1 {
      var panels = [
        Panel(
          title: "Mean waits", unit: unit, lines: waits.map { Line(label: $0, points: points($0, second: nil)) },
          fromZero: true)
      ]
      for metric in costMetrics {
        panels.append(
          Panel(
            title: "Total cost per year", unit: "pounds",
            lines: [Line(label: metric, points: points(metric, second: nil))], fromZero: false))
      }
      return panels
    }
    let second = run.grid.axes[1]
    return (waits + costMetrics).map { metric in
      let isCost = MetricCatalogue.definition(of: metric)?.unit == .pounds
      let lines = second.texts.map { text in
        Line(label: "\(second.key) = \(text)", points: points(metric, second: text))
      }
      return Panel(title: metric, unit: isCost ? "pounds" : unit, lines: lines, fromZero: !isCost)
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
