import Scenario

/// Which levers carry a comparison's differences (`stepwell compare --decompose`): each lever by
/// which ALT differs from BASE is switched to ALT's value alone, and then cumulatively in ALT's
/// order, every run with BASE's seed and replications (common random numbers), so each effect is a
/// paired difference with its interval. The cumulative effects add up to ALT minus BASE exactly;
/// the effects alone add up to it only when the levers do not interact.
public struct Decomposition: Sendable {
  /// One lever's effect on one metric.
  public struct Row: Sendable {
    public let lever: String
    /// `alone` (BASE plus this lever) or `cumulative` (this lever added to those before it).
    public let mode: String
    public let metric: String
    /// The paired difference it makes, with its 95% interval; nil when the metric is missing.
    public let effect: MetricSummary?
    /// The effect's mean over ALT minus BASE's mean difference; nil when that is zero.
    public let share: Double?
    /// The weakest evidence grade behind the lever.
    public let grade: String
  }

  /// Every lever's effect on every metric, alone rows first for each lever.
  public let rows: [Row]
  /// The metrics decomposed, in order.
  public let metrics: [String]
  /// The levers in order, with their grades.
  public let levers: [Lever]
  /// Levers that could not run alone and ran with the services ALT adds (names).
  public let runWithServices: [String]

  /// Runs the decomposition of `alt` against `base` over `metrics`.
  ///
  /// - Parameters:
  ///   - set: the levers and the scenarios made from them.
  ///   - replications: the paired replications of the comparison.
  ///   - started: called before each run with a description, for progress.
  public init(
    set: LeverSet, base: any ProjectedRun, alt: any ProjectedRun, metrics: [String], replications: Int,
    options: RunOptions, started: ((String) -> Void)? = nil
  ) throws {
    var fixed = RunOptions(threads: options.threads, records: false, progress: nil)
    (fixed.eventsPerRun, fixed.eventsPerReplication) = (options.eventsPerRun, options.eventsPerReplication)
    func run(_ loaded: LoadedScenario) -> any ProjectedRun {
      var design = loaded.projected
      design.replications = replications
      return design.run(options: fixed)
    }
    let total = PairedComparison(base: base.tables, alt: alt.tables)
    let added = set.levers.filter { $0.addsBlock && $0.name.hasPrefix("services.") }
    var rows: [Row] = []
    var withServices: [String] = []
    var chosen: [Lever] = []
    var previous = base
    func add(_ lever: Lever, _ mode: String, from before: any ProjectedRun, to after: any ProjectedRun) {
      let comparison = PairedComparison(base: before.tables, alt: after.tables)
      for metric in metrics {
        let effect = comparison.row(metric)?.difference
        let whole = total.row(metric)?.difference?.mean ?? 0
        let share = effect.flatMap { whole != 0 && whole.isFinite ? $0.mean / whole : nil }
        rows.append(
          Row(lever: lever.name, mode: mode, metric: metric, effect: effect, share: share, grade: lever.grade))
      }
    }
    for (number, lever) in set.levers.enumerated() {
      started?("lever \(number + 1)/\(set.levers.count) alone: \(lever.name)")
      let alone: LoadedScenario
      do {
        alone = try set.scenario(with: [lever])
      } catch is ScenarioError {
        alone = try set.scenario(with: added.filter { $0 != lever } + [lever])
        withServices.append(lever.name)
      }
      add(lever, "alone", from: base, to: run(alone))
      started?("lever \(number + 1)/\(set.levers.count) cumulative: \(lever.name)")
      chosen.append(lever)
      let cumulative = run(try set.scenario(with: chosen))
      add(lever, "cumulative", from: previous, to: cumulative)
      previous = cumulative
    }
    self.rows = rows
    self.metrics = metrics
    levers = set.levers
    runWithServices = withServices
  }

  /// Each lever's shares of the difference in `shown` metrics, for the report.
  public func shares(shown: [String]) -> [(
    lever: String, grade: String, shares: [(metric: String, alone: Double?, cumulative: Double?)]
  )] {
    let metrics = shown.filter { self.metrics.contains($0) }
    return levers.map { lever in
      let shares = metrics.map { metric in
        (
          metric: metric,
          alone: rows.first { $0.lever == lever.name && $0.mode == "alone" && $0.metric == metric }?.share,
          cumulative: rows.first { $0.lever == lever.name && $0.mode == "cumulative" && $0.metric == metric }?.share
        )
      }
      return (lever: lever.name, grade: lever.grade, shares: shares)
    }
  }

  /// `decomposition.csv`: lever,mode,metric,effect_mean,ci_low,ci_high,share_of_total,evidence_grade.
  public var csv: String {
    var table = CSVTable(columns: [
      "lever", "mode", "metric", "effect_mean", "ci_low", "ci_high", "share_of_total", "evidence_grade",
    ])
    for row in rows {
      table.append([
        row.lever, row.mode, row.metric, NumberFormat.csv(row.effect?.mean), NumberFormat.csv(row.effect?.ciLow),
        NumberFormat.csv(row.effect?.ciHigh), NumberFormat.csv(row.share), row.grade,
      ])
    }
    return table.text
  }

  /// The screen table: each lever's share of the difference in `shown` metrics, alone and
  /// cumulative.
  public func screenText(shown: [String]) -> String {
    let shares = shares(shown: shown)
    var lines = ["Levers: share of ALT minus BASE carried by each (alone / cumulative, in ALT's order)"]
    let header = ["lever", "grade"] + (shares.first?.shares.map(\.metric) ?? [])
    var table = [header]
    for lever in shares {
      table.append(
        [lever.lever + (runWithServices.contains(lever.lever) ? " *" : ""), lever.grade]
          + lever.shares.map { "\(Decomposition.percent($0.alone)) / \(Decomposition.percent($0.cumulative))" })
    }
    let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
    for row in table {
      lines.append(
        row.enumerated().map { $1.padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined()
          .trimmingTrailingSpaces)
    }
    if !runWithServices.isEmpty {
      lines.append(
        "* names a service only ALT has: run alone with ALT's added services (their own effect is their row)")
    }
    return lines.joined(separator: "\n")
  }

  /// A share as a whole percentage, or `missing` when there is none.
  static func percent(_ share: Double?, missing: String = "-") -> String {
    guard let share, share.isFinite else { return missing }
    return "\(Int((share * 100).rounded()))%"
  }
}

extension String {
  /// The text without spaces at its end.
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
