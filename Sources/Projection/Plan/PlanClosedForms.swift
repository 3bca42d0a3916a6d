import CareModel
import Foundation
import Population
import QueueingNetwork
import QueueingTheory
import SimCore

/// Closed-form answers set beside a plan's simulated one, each with its assumptions: for a care
/// service's capacity (WTE, places or beds), NHSRwaitinglist's target mean wait, target list
/// size (Little's law), relief capacity and target capacity (Kingman), converted to the key's
/// units with the throughput per unit the simulation measured where the search started; for a
/// node of a Jackson network, the least servers by Erlang C.
public struct PlanClosedForms: Sendable {
  /// One closed-form answer.
  public struct Answer: Sendable {
    /// Machine name (`relief_capacity`, `target_capacity`, `erlang_c`, ...).
    public let name: String
    /// What it is, for a reader.
    public let label: String
    /// The value, in `unit`.
    public let value: Double
    /// The unit (the varied key's, or days, people).
    public let unit: String
    /// What it assumes.
    public let assumptions: String
  }

  /// The answers in order.
  public let answers: [Answer]
  /// Where the wait the formulas size for comes from (the most demanding target).
  public let waitSource: String
  /// Why the simulation's answer differs from the closed forms'.
  public let differences: String

  /// The closed forms for `axis` and `targets`, or nil when the key or the targets have none.
  ///
  /// - Parameters:
  ///   - reference: the point the search started from (its throughput and demand).
  ///   - daysToTarget: days from the run's start to the target date (relief capacity).
  public init?(
    design: any ModelDesign, axis: PlanAxis, targets: [PlanTarget], reference: PlanPoint, daysToTarget: Double?
  ) {
    let parts = axis.key.split(separator: ".").map(String.init)
    guard parts.count == 3 else { return nil }
    if let care = design as? CareSetup, parts[0] == "services", ["wte", "places", "beds"].contains(parts[2]),
      let service = care.design.services.first(where: { $0.id == parts[1] })
    {
      self.init(
        care: care.design, service: service, axis: axis, targets: targets, reference: reference, days: daysToTarget)
    } else if let network = design as? NetworkDesign, parts[0] == "nodes", parts[2] == "servers" {
      self.init(network: network, node: parts[1], targets: targets)
    } else {
      return nil
    }
  }

  init?(
    care: CareDesign, service: ServiceSpec, axis: PlanAxis, targets: [PlanTarget], reference: PlanPoint, days: Double?
  ) {
    let id = service.id
    guard let wait = PlanClosedForms.targetWait(targets, service: service),
      let starts = reference.summary("service.\(id).starts.per_year")?.mean,
      let utilisation = reference.summary("service.\(id).utilisation")?.mean,
      starts > 0, utilisation > 0
    else { return nil }
    let trend = reference.summary("service.\(id).waiting_list.trend_per_year")?.mean ?? 0
    let demand = max(0, starts + (trend.isFinite ? trend : 0)) / DayCount.perYear
    let value = reference.values.last ?? axis.current
    let perUnit = starts / DayCount.perYear / (utilisation * value)
    let listNow = Double(service.backlog?.count ?? 0)
    let targetList = WaitingListFormulas.targetListSize(demand: demand, meanWait: wait.mean)
    let unit = axis.key.split(separator: ".").last.map(String.init) ?? "units"
    var answers = [
      Answer(
        name: "demand", label: "Demand on the \(id) list", value: demand * DayCount.perYear, unit: "people a year",
        assumptions: "starts a year plus the list's growth a year, at \(NumberFormat.csv(value)) \(unit) (simulated)"),
      Answer(
        name: "throughput_per_unit", label: "Starts a year per \(unit) when fully used",
        value: perUnit * DayCount.perYear, unit: "people a year",
        assumptions: "starts / (utilisation x \(NumberFormat.csv(value)) \(unit)), simulated"),
      Answer(
        name: "target_mean_wait", label: "Target mean wait", value: wait.mean, unit: "days",
        assumptions: wait.reason),
      Answer(
        name: "target_list_size", label: "Target list size (Little's law)", value: targetList, unit: "people",
        assumptions: "demand x target mean wait; a settled list served first come first served"),
    ]
    if let days {
      let relief = WaitingListFormulas.reliefCapacity(
        demand: demand, listSize: listNow, targetSize: targetList, time: days)
      answers.append(
        Answer(
          name: "relief_capacity", label: "Relief capacity", value: relief / perUnit, unit: unit,
          assumptions:
            "removals that take the list from \(Int(listNow)) at the start to \(Int(targetList.rounded())) by the date at a steady rate: demand + (list - target) / \(Int(days)) days"
        ))
    }
    let kingman = WaitingListFormulas.targetCapacity(demand: demand, meanWait: wait.mean)
    answers.append(
      Answer(
        name: "target_capacity", label: "Target capacity (Kingman)", value: kingman / perUnit, unit: unit,
        assumptions:
          "keeps a settled list at the target mean wait: demand + (ca^2 + cs^2) / 2 / wait, Poisson arrivals and removals (ca = cs = 1)"
      ))
    self.answers = answers
    waitSource = wait.reason
    var reasons = [
      "the formulas size one list served first come first served at a steady rate with exponential waits"
    ]
    if service.providers > 1 {
      reasons.append("the simulation has \(service.providers) separate lists, one per clinician")
    }
    if service.bookingLead != nil { reasons.append("a booking lead before each first session") }
    if care.policies.dnaRate > 0 { reasons.append("missed and cancelled sessions") }
    reasons.append("people leaving the list untreated and the targets as the pathway counts them, from referral")
    differences = reasons.joined(separator: "; ")
  }

  init?(network: NetworkDesign, node name: String, targets: [PlanTarget]) {
    guard NetworkTheory.disqualification(network) == nil,
      let index = network.nodes.firstIndex(where: { $0.name == name }),
      let target = targets.first(where: {
        $0.metric == "node.\(name).wait.mean" && $0.comparison != .atLeast && $0.comparison != .above
      })
    else { return nil }
    let nodes = network.nodes
    guard let jackson = try? NetworkTheory.jackson(network),
      let servers = WaitingListFormulas.leastServers(
        arrivalRate: jackson.arrivalRates[index], serviceMean: nodes[index].service.mean, meanWait: target.threshold)
    else { return nil }
    answers = [
      Answer(
        name: "erlang_c", label: "Least servers (Erlang C)", value: Double(servers), unit: "servers",
        assumptions:
          "M/M/c at node \(name): arrival rate \(NumberFormat.csv(jackson.arrivalRates[index])) (traffic equations), mean service \(NumberFormat.csv(nodes[index].service.mean)), mean wait at most \(NumberFormat.csv(target.threshold))"
      )
    ]
    waitSource = target.argument
    differences =
      "Erlang C is exact for the mean wait in steady state; the simulation judges each replication's mean wait, so at a confidence above one half it may need a server more when the Erlang C wait is close to the target"
  }

  /// The most demanding mean wait the targets ask for on `service`'s list or the pathway.
  static func targetWait(_ targets: [PlanTarget], service: ServiceSpec) -> (mean: Double, reason: String)? {
    var best: (mean: Double, reason: String)?
    for target in targets {
      guard let mean = meanWait(for: target, service: service), mean > 0, mean.isFinite else { continue }
      if best == nil || mean < best!.mean { best = (mean, reasonText(target, mean: mean, service: service.id)) }
    }
    return best
  }

  static func reasonText(_ target: PlanTarget, mean: Double, service: String) -> String {
    let pathway = target.metric.hasPrefix("pathway.") ? ", read as a wait on the \(service) list alone" : ""
    return
      "from \(target.argument)\(pathway): waits roughly exponential, so a mean of \(NumberFormat.screen(mean)) days"
  }

  /// The mean wait one target implies, when it is about a wait.
  static func meanWait(for target: PlanTarget, service: ServiceSpec) -> Double? {
    let metric = target.metric
    let upper = target.comparison == .atMost || target.comparison == .below
    let lower = !upper
    switch metric {
    case "pathway.within_6_weeks" where lower:
      return WaitingListFormulas.targetMeanWait(within: 42, share: target.threshold)
    case "pathway.within_18_weeks" where lower:
      return WaitingListFormulas.targetMeanWait(within: 126, share: target.threshold)
    case "service.\(service.id).within_standard" where lower:
      return service.standard.map { WaitingListFormulas.targetMeanWait(within: $0, share: target.threshold) }
    case "pathway.waiting.over_18_weeks.share" where upper:
      return WaitingListFormulas.targetMeanWait(within: 126, share: 1 - target.threshold)
    case "pathway.wait_first_treatment.mean" where upper, "service.\(service.id).wait.mean" where upper:
      return target.threshold
    case "pathway.wait_first_treatment.median" where upper:
      return target.threshold / log(2)
    case "pathway.wait_first_treatment.p90" where upper, "service.\(service.id).wait.p90" where upper:
      return target.threshold / log(10)
    default:
      return nil
    }
  }
}
