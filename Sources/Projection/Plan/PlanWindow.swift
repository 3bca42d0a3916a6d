import CareModel
import Foundation
import Population
import Scenario
import Yams

/// The run length a plan's `--by DATE` asks for: the run ends at the end of that date, and its
/// metrics are measured over the last year before it (or from the end of the scenario's warm-up,
/// whichever is later), so a target is judged on the year to the date.
struct PlanWindow: Sendable {
  /// The date, as typed.
  let date: String
  /// Days from the run's start to the end of the date.
  let horizonDays: Double
  /// Days of warm-up, so the measured window is the year before the date.
  let warmupDays: Double
  /// The first date of the measured window.
  let windowStart: String

  /// The window of a care scenario starting on `startDate` with `warmupDays` of warm-up.
  init(by date: String, startDate: String, warmupDays scenarioWarmup: Double) throws(PlanError) {
    let allowed =
      "an ISO date after the warm-up ends (\(CareCalendar.isoDate(startDate, plusDays: scenarioWarmup + 1) ?? startDate)), within 50 years of \(startDate)"
    guard let days = DurationText.days(from: startDate, to: date), DurationText.parseDate(date) != nil else {
      throw .badOption(option: "--by \(date)", problem: "'\(date)' is not a date", allowed: allowed)
    }
    let horizon = days + 1
    guard horizon > scenarioWarmup + 7, horizon <= ScenarioLimits.maximumCareHorizonDays else {
      throw .badOption(
        option: "--by \(date)",
        problem: "\(date) is day \(Int(days)) of a run whose warm-up lasts \(Int(scenarioWarmup)) days",
        allowed: allowed)
    }
    self.date = date
    horizonDays = horizon
    warmupDays = max(scenarioWarmup, horizon - DayCount.perYear)
    windowStart = CareCalendar.isoDate(startDate, plusDays: self.warmupDays) ?? startDate
  }

  /// The overrides that set the run length.
  var overrides: [SetOverride] {
    [
      try? SetOverride("horizon=\(NumberFormat.csv(horizonDays))d"),
      try? SetOverride("warmup=\(NumberFormat.csv(warmupDays))d"),
    ].compactMap { $0 }
  }

  /// `tree` without the dated changes on or after the date (they cannot affect the window).
  func trimmingChanges(_ tree: Node) -> Node {
    guard case .mapping(var top) = tree, case .sequence(let changes)? = top[Node("changes")] else { return tree }
    let kept: [Node] = changes.filter { ($0.mapping?[Node("date")]?.string ?? "") < date }
    if kept.isEmpty {
      top[Node("changes")] = nil
    } else {
      top[Node("changes")] = .sequence(Node.Sequence(Array(kept), changes.tag, changes.style))
    }
    return .mapping(top)
  }
}
