import CareModel
import Foundation
import Population

/// How waits spread out: shares of people whose wait fell in each bar, with intervals over
/// replications, and the theory's shares beside them for the one-step preset.
///
/// There are no per-person records in a care run, so the bars come from per-replication
/// statistics. For the one-step preset each edge t is measured exactly: the same replications
/// are run again with the service's access standard set to t (the standard only counts, so every
/// run follows the same path) and `service.<id>.within_standard` is the share waiting at most t.
/// For the Sandwell presets the bars are the national access standards: the shares starting
/// treatment within 6 and 18 weeks of referral (`pathway.within_6_weeks`, `within_18_weeks`).
public struct WaitDistribution: Encodable, Sendable {
  /// What wait is counted.
  public let measure: String
  /// Where the bars come from.
  public let source: String
  public let bins: [WaitBin]

  /// Bar widths to choose from (days): the smallest that puts the 90th percentile at about two
  /// thirds of the six bars.
  static let widths: [Double] = [1, 2, 3, 5, 7, 10, 14, 21, 28, 42, 56, 84, 112, 168, 252, 364]
  /// Finite bars after the "no wait" bar.
  static let finiteBars = 6

  init(measure: String, source: String, bins: [WaitBin]) {
    self.measure = measure
    self.source = source
    self.bins = bins
  }

  /// The width of each bar for a 90th percentile of `p90` days.
  static func width(p90: Double?) -> Double {
    let target = max((p90 ?? 7) * 1.5, 6) / Double(finiteBars)
    return widths.first { $0 >= target } ?? widths[widths.count - 1]
  }

  /// Bars from cumulative shares: `cumulative[k][r]` is the share of replication r waiting at most
  /// `edges[k]` days; the last bar is everything above the last edge.
  static func bars(
    edges: [Double], cumulative: [[Double]], theory: TheoryPanel?, replications: Int
  ) -> [WaitBin] {
    let names = labels(edges: edges)
    var bins: [WaitBin] = []
    for (k, edge) in edges.enumerated() {
      let lower = k > 0 ? cumulative[k - 1] : Array(repeating: 0, count: replications)
      let values = zip(cumulative[k], lower).map { $0 - $1 }
      let from = k > 0 ? edges[k - 1] : 0
      bins.append(
        WaitBin(
          fromDays: from, toDays: edge, label: names[k],
          share: MetricValue(key: "wait_share", label: names[k], unit: "share", values: values),
          theory: theory?.share(fromDays: from, toDays: edge)))
    }
    let last = edges.last ?? 0
    let above = (cumulative.last ?? []).map { 1 - $0 }
    bins.append(
      WaitBin(
        fromDays: last, toDays: nil, label: names[edges.count],
        share: MetricValue(key: "wait_share", label: names[edges.count], unit: "share", values: above),
        theory: theory?.share(fromDays: last, toDays: nil)))
    return bins
  }

  /// Short names of the bars ("no wait", "up to 5 d", "5–10 d", ..., "over 6 wk"), in weeks when
  /// every edge is a whole number of weeks, else in days.
  static func labels(edges: [Double]) -> [String] {
    let positive = edges.filter { $0 > 0 }
    let weeks = !positive.isEmpty && positive.allSatisfy { Int($0.rounded()) % 7 == 0 }
    func number(_ days: Double) -> String { String(Int((weeks ? days / 7 : days).rounded())) }
    let unit = weeks ? " wk" : " d"
    var names: [String] = []
    for (k, edge) in edges.enumerated() {
      let from = k > 0 ? edges[k - 1] : 0
      if edge <= 0 {
        names.append("no wait")
      } else if from <= 0 {
        names.append("up to " + number(edge) + unit)
      } else {
        names.append(number(from) + "\u{2013}" + number(edge) + unit)
      }
    }
    names.append("over " + number(edges.last ?? 0) + unit)
    return names
  }
}
