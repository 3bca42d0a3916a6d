import Foundation
import Projection
import QueueingNetwork
import StepwellMetrics

/// Runs a lesson: every set-up with the learner's values, the same seed and replications (common
/// random numbers), summarised for the page. Runs on the calling thread.
public enum LessonRun {
  /// Events of replication 1 logged for the animation, at most.
  public static let animationEventLimit = 800

  /// Runs `request`.
  public static func run(_ request: LessonRequest) throws(TeachingError) -> LessonResponse {
    let lesson = request.lesson
    let values = request.values
    let horizonDays = Double(values.weeks) * 7
    let warmupDays = Double(lesson.warmupWeeks) * 7
    var results: [LessonSetUpResult] = []
    for variant in lesson.variants {
      let setUp = variant.setUp(values)
      let design: NetworkDesign
      do {
        design = try setUp.design(
          horizonDays: horizonDays, warmupDays: warmupDays, replications: values.replications, seed: values.seed)
      } catch {
        throw .badRequest("the values make an invalid set-up: \(error)")
      }
      let log =
        request.animate
        ? EventLogRequest(until: Double(min(lesson.animationWeeks, values.weeks)) * 7, limit: animationEventLimit)
        : nil
      let replications = (0..<values.replications).map { replication in
        NetworkSimulation.run(
          design, replication: replication, bins: values.weeks, customerRecords: true,
          log: replication == 0 ? log : nil)
      }
      results.append(summarise(setUp, design: design, replications: replications, log: log))
    }
    return LessonResponse(
      lesson: lesson.id, title: lesson.title, inputs: values, horizonDays: horizonDays, warmupDays: warmupDays,
      setups: results, prediction: lesson.prediction)
  }

  /// The page's figures for one set-up.
  static func summarise(
    _ setUp: LessonSetUp, design: NetworkDesign, replications: [NetworkReplicationResult], log: EventLogRequest?
  ) -> LessonSetUpResult {
    let theory = LessonTheory(setUp)
    let figures = replications.map { LessonFigures($0, design: design, usualList: theory?.waitingListMean) }
    func value(_ key: String, _ label: String, _ unit: String, _ pick: (LessonFigures) -> Double) -> MetricValue {
      MetricValue(key: key, label: label, unit: unit, values: figures.map(pick))
    }
    var metrics = [
      value("wait_first_days", "Mean wait for a place (first booking)", "days") { $0.firstWait },
      value("wait_between_days", "Mean wait after the first booking (missed or later sessions)", "days") {
        $0.totalWait - $0.firstWait
      },
      value("wait_total_days", "Mean total wait per person", "days") { $0.totalWait },
      value("wait_booking_days", "Mean wait per booking", "days") { $0.bookingWait },
      value("utilisation", "Utilisation of places", "share") { $0.utilisation },
      value("waiting_list_mean", "People waiting (time average)", "people") { $0.listMean },
      value("waiting_at_end", "People waiting at the end of the run", "people") { $0.waitingAtEnd },
      value("growth_per_year", "Growth of the list a year after warm-up", "people a year") { $0.growthPerYear },
    ]
    if setUp.backlog > 0 {
      metrics.append(
        value("clear_weeks", "Weeks until the list is back to its usual size", "weeks") { $0.clearWeeks })
      metrics.append(
        value("cleared_share", "Replications whose list got back to its usual size", "share") {
          $0.clearWeeks.isFinite ? 1 : 0
        })
    }
    let growth = metrics.first { $0.key == "growth_per_year" }
    let note = LessonRun.unsettled(theory: theory, growth: growth, backlog: setUp.backlog)
    return LessonSetUpResult(
      label: setUp.label, lists: setUp.lists, serversPerList: setUp.serversPerList, reliefServers: setUp.reliefServers,
      reliefWeeks: setUp.reliefWeeks, fixedLength: setUp.fixedLength, missedShare: setUp.missedShare,
      visits: setUp.visits, serviceDays: setUp.serviceDays, metrics: metrics, theory: theory, settled: note == nil,
      settledNote: note,
      waitingList: weeklyBand(figures.map(\.weeklyList), starts: replications.first?.binStarts ?? []),
      animation: log.flatMap { log in replications.first.map { animation($0, design: design, log: log) } },
      events: replications.reduce(0) { $0 + $1.events })
  }

  /// Why the list has not settled, or nil when it has: utilisation at or above 0.95, or growth
  /// whose 95% interval lies above zero and is at least one person a year.
  static func unsettled(theory: LessonTheory?, growth: MetricValue?, backlog: Int) -> String? {
    var reasons: [String] = []
    if let theory, theory.utilisation >= 0.95 {
      reasons.append("utilisation is \(WaitingWords.percent(theory.utilisation)), at or above 95%")
    }
    if backlog == 0, let growth, let mean = growth.mean, mean >= 1, let low = growth.ciLow, low > 0 {
      let high = growth.ciHigh.map { " to \(WaitingWords.people($0))" } ?? ""
      reasons.append(
        "the list is still growing (about +\(WaitingWords.people(mean)) a year, 95% interval "
          + "\(WaitingWords.people(low))\(high))")
    }
    guard !reasons.isEmpty else { return nil }
    return "Not yet settled: " + reasons.joined(separator: " and ")
      + ". Theory's steady state is not reached in this run, so the simulated waits are below "
      + "what a longer run (or the theory) gives."
  }

  /// The mean and interval of each week over replications.
  static func weeklyBand(_ series: [[Double]], starts: [Double]) -> WeeklyBand {
    let summaries = starts.indices.map { week in
      MetricSummary(name: "waiting", values: series.compactMap { $0.indices.contains(week) ? $0[week] : nil })
    }
    return WeeklyBand(
      weekStartDays: starts, mean: summaries.map { $0.replications > 0 ? Finite.value($0.mean) : nil },
      ciLow: summaries.map { $0.ciLow.flatMap(Finite.value) }, ciHigh: summaries.map { $0.ciHigh.flatMap(Finite.value) }
    )
  }

  /// Replication 1's logged events as the page reads them.
  static func animation(_ result: NetworkReplicationResult, design: NetworkDesign, log: EventLogRequest) -> Animation {
    Animation(
      untilDays: log.until, truncated: result.eventLogTruncated, placesPerList: design.nodes.map(\.servers.peak),
      events: result.eventLog.map {
        AnimationEvent(t: $0.time, kind: $0.kind.rawValue, person: $0.customer, list: $0.node, place: $0.server)
      })
  }
}
