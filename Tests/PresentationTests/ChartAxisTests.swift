import Foundation
import Presentation
import Testing

/// The value tick labels of a rendered chart (class `tick scale`), in drawing order.
func valueTicks(_ svg: String) -> [String] {
  let pattern = /class="tick scale"[^>]*>([^<]*)</
  return svg.matches(of: pattern).map { String($0.output.1) }
}

/// A tick label as a number: grouping commas, £, %, a typographic minus and an `m` suffix read.
func tickNumber(_ label: String) -> Double? {
  var text = label.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: "")
  text = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: "%", with: "")
  let millions = text.hasSuffix("m")
  if millions { text.removeLast() }
  return Double(text).map { millions ? $0 * 1e6 : $0 }
}

/// Every chart of the toolkit over values of `kind`, with means `means` and 95% intervals 10%
/// either side.
func everyChart(means: [Double], kind: ReportNumber.Kind) -> [(name: String, svg: String)] {
  let values = means.map { PlotValue(mean: $0, low: $0 * 0.9, high: $0 * 1.1) }
  let labels = values.indices.map { "group \($0 + 1)" }
  let column = ColumnChart(
    id: "c", title: "t", summary: "s", groups: labels, series: [("a", "#005EB8", values.map { $0 })], kind: kind)
  let line = LineBandChart(
    id: "l", title: "t", summary: "s", times: values.indices.map { Double($0) * 7 }, values: values,
    horizon: Double(values.count) * 7, timeTicks: [], kind: kind)
  let whisker = WhiskerBarChart(
    id: "w", title: "t", summary: "s", rows: zip(labels, values).map { .init(label: $0, value: $1) }, kind: kind)
  let stacked = StackedBarChart(
    id: "b", title: "t", summary: "s", categories: [("a", "#005EB8")],
    columns: zip(labels, values).map { .init(label: $0, parts: [$1.mean], total: $1) }, kind: kind)
  let dots = DotIntervalChart(
    id: "d", title: "t", summary: "s",
    items: zip(labels, values).map { .row(label: $0, value: $1, text: "") }, kind: kind,
    reference: (means.reduce(0, +) / Double(max(1, means.count)), "everyone"), levels: true)
  return [
    ("ColumnChart", column.rendered), ("LineBandChart", line.rendered), ("WhiskerBarChart", whisker.rendered),
    ("StackedBarChart", stacked.rendered), ("DotIntervalChart", dots.rendered),
  ]
}

@Suite("Chart axes that do not mislead")
struct ChartAxisTests {
  @Test(
    "a count axis steps by whole numbers only",
    arguments: [0.3, 0.9, 3, 7, 9.6, 10, 11, 13, 24, 26, 99, 240, 2_600])
  func integerSteps(high: Double) {
    for tickCount in [2, 4, 5, 6] {
      let scale = LinearScale(
        low: 0, high: high, pixels: (start: 0, end: 100), tickCount: tickCount, integerSteps: true)
      #expect(scale.step >= 1 && scale.step == scale.step.rounded(), "step \(scale.step) for 0...\(high)")
      #expect(scale.ticks.allSatisfy { $0 == $0.rounded() }, "ticks \(scale.ticks) for 0...\(high)")
      #expect(scale.domain.upperBound >= high)
    }
  }

  @Test("a list of up to ten people is labelled in whole, evenly spaced numbers", arguments: [3.0, 7.5, 9.6, 10, 26])
  func countTicks(high: Double) throws {
    for (name, svg) in everyChart(means: [high * 0.3, high * 0.6, high / 1.1], kind: .count) {
      let labels = valueTicks(svg)
      #expect(labels.count >= 2, "\(name) has value ticks")
      let numbers = labels.compactMap(tickNumber)
      #expect(numbers.count == labels.count, "\(name): \(labels)")
      #expect(numbers.allSatisfy { $0 == $0.rounded() }, "\(name): non-integer tick in \(labels)")
      let gaps = Set(zip(numbers.dropFirst(), numbers).map { $0 - $1 })
      #expect(gaps.count == 1, "\(name): uneven ticks \(labels)")
      #expect(numbers.first == 0, "\(name): \(labels)")
    }
  }

  @Test(
    "a quantity's axis starts at zero, however close together the values",
    arguments: [ReportNumber.Kind.days, .count, .pounds, .share])
  func startsAtZero(kind: ReportNumber.Kind) throws {
    let means = kind == .pounds ? [41.2e6, 41.9e6, 42.4e6] : kind == .share ? [0.48, 0.5, 0.52] : [0.85, 0.98, 1.0]
    for (name, svg) in everyChart(means: means, kind: kind) {
      let numbers = valueTicks(svg).compactMap(tickNumber)
      #expect(numbers.first == 0, "\(name) zooms: \(valueTicks(svg))")
      #expect(numbers.allSatisfy { $0 >= 0 }, "\(name) runs below zero: \(valueTicks(svg))")
    }
  }

  @Test("levels' intervals stop at their natural limits; differences keep their sign")
  func naturalLimits() {
    let share = DotIntervalChart(
      id: "d", title: "t", summary: "s",
      items: [.row(label: "small group", value: PlotValue(mean: 0.5, low: -0.3, high: 1.4), text: "")], kind: .share,
      levels: true)
    #expect(valueTicks(share.rendered).compactMap(tickNumber).min() == 0)
    #expect(valueTicks(share.rendered).compactMap(tickNumber).max() == 100)
    let difference = DotIntervalChart(
      id: "d", title: "t", summary: "s",
      items: [.row(label: "wait", value: PlotValue(mean: -3, low: -5, high: -1), text: "")], kind: .days,
      reference: (0, "no difference"))
    let numbers = valueTicks(difference.rendered).compactMap(tickNumber)
    #expect(numbers.min() ?? 0 <= -5 && numbers.max() == 0)
  }

  @Test("a run of zeros spans 0 to 1, not a millionth")
  func zeros() {
    let scale = LinearScale(low: 0, high: 0, pixels: (start: 0, end: 100), integerSteps: false)
    #expect(scale.domain == 0...1)
    #expect(TickLabel.byKind(-0.2, step: 0.1, kind: .share) == "\u{2212}20%")
  }
}
