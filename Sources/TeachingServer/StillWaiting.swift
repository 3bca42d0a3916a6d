import CareModel
import Projection
import StepwellMetrics

/// The people a care run leaves waiting, besides the waits of those who started: how many are
/// still waiting for assessment or first treatment, how long, and whether any list is growing.
///
/// Every figure is a mean over replications with its 95% interval (none with one replication).
/// A list counts as growing by the rule `run` and the report use (``ListGrowthWarning``): its
/// weekly trend's interval lies above zero and the trend is at least a person a year, or its
/// service is 98% or more utilised.
public struct StillWaiting: Encodable, Sendable {
  /// People referred and still waiting for assessment or first treatment at calendar month ends,
  /// mean over the month ends (`pathway.waiting.count`; people).
  public let pathwayWaiting: MetricValue
  /// Of those, the share waiting over 18 weeks so far (`pathway.waiting.over_18_weeks.share`).
  public let over18WeeksShare: MetricValue
  /// Every service with a waiting list, in the scenario's order.
  public let services: [ServiceList]
  /// The page's headline, e.g. "People still waiting: 538 (1.0% over 18 weeks); step 3's list
  /// grows by about 12 a year (95% interval -3 to 27)".
  public let headline: String
  /// One warning for each list still growing, naming its service; empty when none is.
  public let warnings: [String]

  /// JSON keys (snake_case: `over_18_weeks_share`, not the encoder's `over18_weeks_share`).
  enum CodingKeys: String, CodingKey {
    case pathwayWaiting = "pathway_waiting"
    case over18WeeksShare = "over_18_weeks_share"
    case services, headline, warnings
  }

  /// The figures of `run`; `mainService` is the service the headline's growth is of.
  init(run: CareRun, mainService: String) {
    let replications = run.replications
    func value(_ key: String, _ label: String, _ unit: String, _ metric: MetricKey) -> MetricValue {
      MetricValue(
        key: key, label: label, unit: unit, values: replications.map { $0.metric(metric.name) ?? .nan })
    }
    pathwayWaiting = value(
      "pathway_waiting", "People still waiting for assessment or first treatment", "people", .pathwayWaitingCount)
    over18WeeksShare = value(
      "pathway_waiting_over_18_weeks", "Of those, waiting over 18 weeks", "share", .pathwayWaitingOver18WeeksShare)
    let growing = ListGrowthWarning.find(in: run.tables.summaries)
    services = run.design.services.map(\.id).filter { id in
      replications.contains { $0.metric(MetricKey.service(id, .waitingCount).name) != nil }
    }.map { id in
      let name = WaitingWords.serviceName(id)
      return ServiceList(
        service: id, name: name,
        waiting: value("waiting", "People on the \(name) list", "people", .service(id, .waitingCount)),
        growthPerYear: value(
          "growth_per_year", "Growth of the \(name) list a year", "people a year", .service(id, .waitingListTrend)),
        utilisation: value("utilisation", "Utilisation of \(name)", "share", .service(id, .utilisation)),
        growing: growing.contains { $0.service == id })
    }
    let main = services.first { $0.service == mainService }
    headline = WaitingWords.headline(
      waiting: pathwayWaiting.mean, over18Weeks: over18WeeksShare.mean, service: main?.name,
      growth: main?.growthPerYear)
    warnings = growing.map(WaitingWords.warning)
  }
}
