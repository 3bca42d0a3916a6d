import CareModel
import Foundation
import QueueingNetwork
import Scenario
import SimCore
import StepwellMetrics

/// `stepwell plan`: the least value of one key (or, for two keys, the cheapest pair) at which
/// every target holds, by a date, in at least a given share of replications.
///
/// One key is searched by `PlanSearch`. Two keys: for each value of the first on a grid of at
/// most `twoKeyValues` values, from the most down, the least value of the second is searched
/// (starting from the last answer), stopping at the first value of the first key for which no
/// value of the second meets the targets (less of both never helps); the answer is the pair
/// with the lowest cash cost a year (care) or the lowest sum of the two values (a network,
/// which has no prices).
public struct PlanRun: Sendable {
  /// The scenario file and its name.
  public let file: String
  public let name: String
  /// The model the scenario selects.
  public let model: MetricModel
  /// The varied keys (the first key's grid coarsened for two keys).
  public let axes: [PlanAxis]
  /// The targets.
  public let targets: [PlanTarget]
  /// The share of replications that must meet every target.
  public let confidence: Double
  /// `--by`: the date and the first day of the measured window (care only).
  public let byDate: String?
  public let windowStart: String?
  /// The date the varied values apply from (a dated change), nil when they apply from the start.
  public let fromDate: String?
  /// The staff behind the answer, when the key is a service's WTE.
  public let recruitment: PlanRecruitment?
  /// The master seed every point used.
  public let seed: UInt64
  /// Replications at a first evaluation and the most any point got.
  public let replications: Int
  public let maximumReplications: Int
  /// Every point evaluated, with its most replications, ordered by the keys' values.
  public let points: [PlanPoint]
  /// The point the search started from: the scenario's own values when they are on the grid.
  public let reference: PlanPoint
  /// The answer, nil when no value on the grid meets the targets.
  public let answer: PlanPoint?
  /// One step below the answer in the last key, when evaluated and not meeting the targets.
  public let below: PlanPoint?
  /// Why nothing below the answer was tried, when the answer is the lowest value tried.
  public enum Floor: Sendable, Equatable {
    /// The answer is the first value of the grid.
    case gridStart
    /// The scenario refuses the value below (the values' text and the scenario's message).
    case refused(values: String, reason: String)
  }

  /// Set when the answer is the lowest value the grid (or the scenario) allows.
  public let floor: Floor?

  /// True when the answer is the lowest value the grid (or the scenario) allows.
  public var answerIsLowest: Bool { floor != nil }
  /// Closed-form answers beside the simulation, when the key and targets have them.
  public let closedForms: PlanClosedForms?
  /// Events and wall seconds over every evaluation.
  public let events: Int
  public let wallSeconds: Double
  /// Evaluations run.
  public let evaluations: Int

  /// The most values of the first key a two-key plan tries.
  public static let twoKeyValues = 13

  /// Loads, validates and runs the plan.
  ///
  /// - Parameter started: called before each evaluation with the values' text and replications.
  public init(request: PlanRequest, options: RunOptions, started: (([String], Int) -> Void)? = nil) throws {
    try self.init(setup: PlanSetup(request: request, options: options, started: started))
  }

  /// Runs the search of a loaded, validated plan (its evaluations from `setup.evaluator`, which
  /// may read them from an items folder).
  public init(setup: PlanSetup) throws {
    file = setup.file
    name = setup.name
    model = setup.model
    axes = setup.axes
    targets = setup.targets
    confidence = setup.confidence
    byDate = setup.byDate
    windowStart = setup.windowStart
    fromDate = setup.change?.date
    seed = setup.seed
    replications = setup.replications
    maximumReplications = setup.maximumReplications
    let evaluator = setup.evaluator
    let found = try PlanRun.search(
      evaluator: evaluator, axes: axes, confidence: confidence, replications: replications,
      maximumReplications: maximumReplications)
    points = found.points.sorted { $0.values.lexicographicallyPrecedes($1.values) }
    answer = found.answer
    below = found.below
    floor = found.floor
    reference = found.reference
    events = evaluator.events
    wallSeconds = evaluator.wallSeconds
    evaluations = evaluator.evaluations
    let axis = axes[0]
    let delayed = setup.change?.recruited == true
    if axes.count == 1, let care = setup.loaded.design as? CareSetup, let value = found.answer?.values[0] {
      recruitment = PlanRecruitment(design: care.design, axis: axis, answer: value, delayed: delayed)
    } else {
      recruitment = nil
    }
    closedForms =
      axes.count == 1
      ? PlanClosedForms(
        design: setup.loaded.design, axis: axes[0], targets: targets, reference: found.reference,
        daysToTarget: setup.horizonDays) : nil
  }

  /// When the varied values apply: `--from`, or by default the day after a care scenario's start
  /// (so its starting list and caseloads stay valid when capacity falls) when every varied key
  /// may change mid-run; nil (from the start) otherwise.
  static func change(request: PlanRequest, design: any ModelDesign, axes: [PlanAxis], endDay: Double?) throws
    -> PlannedChange?
  {
    guard let care = design as? CareSetup else {
      if request.recruited {
        throw PlanError.badOption(
          option: "--recruited", problem: "a network scenario has no staff",
          allowed: "--recruited with a care scenario and --vary services.<id>.wte (or .staff)")
      }
      if let from = request.from {
        throw PlanError.badOption(
          option: "--from \(from)", problem: "a network scenario has no calendar",
          allowed: "--from with a care scenario")
      }
      return nil
    }
    let start = care.design.startDate
    let end = endDay ?? care.design.horizonDays
    let lastDate = CareCalendar.isoDate(start, plusDays: end - 1) ?? start
    let allowed = "an ISO date after \(start) and before \(lastDate), for keys a dated change may set"
    if request.recruited {
      let parts = axes.first?.key.split(separator: ".").map(String.init) ?? []
      guard axes.count == 1, parts.count == 3, parts[0] == "services", ["wte", "staff"].contains(parts[2]) else {
        throw PlanError.badOption(
          option: "--recruited", problem: "needs one varied key that is a service's wte or staff",
          allowed: "--recruited with --vary services.<id>.wte (or .staff)")
      }
    }
    let current = Dictionary(axes.map { ($0.key, $0.current) }, uniquingKeysWith: { first, _ in first })
    guard let from = request.from else {
      guard axes.allSatisfy({ ChangesReader.mayChange($0.key) }) else { return nil }
      return CareCalendar.isoDate(start, plusDays: 1).map {
        PlannedChange(date: $0, recruited: request.recruited, current: current)
      }
    }
    guard let day = DurationText.days(from: start, to: from), DurationText.parseDate(from) != nil else {
      throw PlanError.badOption(option: "--from \(from)", problem: "'\(from)' is not a date", allowed: allowed)
    }
    guard day > 0, day < end - 1 else {
      throw PlanError.badOption(
        option: "--from \(from)", problem: "\(from) is day \(Int(day)) of the run", allowed: allowed)
    }
    if let key = axes.first(where: { !ChangesReader.mayChange($0.key) })?.key {
      throw PlanError.badOption(option: "--from \(from)", problem: "\(key) cannot change mid-run", allowed: allowed)
    }
    return PlannedChange(date: from, recruited: request.recruited, current: current)
  }

  /// The key of a `--vary` argument.
  static func key(of argument: String) -> String {
    String(argument.split(separator: "=", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
  }

  /// What the search over one or two keys found.
  struct Found {
    var points: [PlanPoint]
    var answer: PlanPoint?
    var below: PlanPoint?
    var floor: Floor?
    var reference: PlanPoint
  }

  static func search(
    evaluator: PlanEvaluator, axes: [PlanAxis], confidence: Double, replications: Int, maximumReplications: Int
  ) throws -> Found {
    let last = axes.count - 1
    var points: [PlanPoint] = []
    var candidates: [(answer: PlanPoint, below: PlanPoint?, floor: Floor?)] = []
    var reference: PlanPoint?
    let outer: [Int?] = axes.count == 2 ? Array((0..<axes[0].count).reversed()) : [nil]
    var start = axes[last].currentIndex
    for fixed in outer {
      var search = PlanSearch(
        count: axes[last].count, confidence: confidence, replications: replications,
        maximumReplications: maximumReplications
      ) { index, n in
        try evaluator.evaluate(fixed.map { [$0, index] } ?? [index], replications: n)
      }
      let outcome = try search.run(from: start)
      points += search.evaluated.values
      if reference == nil || fixed == axes[0].currentIndex {
        reference = search.evaluated[axes[last].currentIndex] ?? search.evaluated.values.first
      }
      // From the most of the first key down: once no value of the second meets the targets,
      // less of the first cannot either.
      guard let index = outcome.answer, let point = search.evaluated[index] else { break }
      let below = outcome.below.flatMap { search.evaluated[$0] }
      var floor: Floor?
      if let under = outcome.below, search.refused.contains(under) {
        let values = (fixed.map { [$0, under] } ?? [under])
        let text = zip(axes, values).map { $0.text($1) }.joined(separator: ",")
        floor = .refused(values: text, reason: evaluator.refusals[text] ?? "refused")
      } else if outcome.below == nil {
        floor = .gridStart
      }
      candidates.append((point, below, floor))
      start = index
    }
    guard let reference else {
      throw PlanError.badOption(option: "--vary", problem: "no value could be run", allowed: PlanError.varyForm)
    }
    let best = candidates.min { cost(of: $0.answer) < cost(of: $1.answer) }
    return Found(
      points: points, answer: best?.answer, below: best?.below, floor: best?.floor,
      reference: reference)
  }

  /// What two keys minimise: cash a year when the run has it, otherwise the sum of the values.
  static func cost(of point: PlanPoint) -> Double {
    if let cost = point.cost?.mean, cost.isFinite { return cost }
    return point.values.reduce(0, +)
  }
}
