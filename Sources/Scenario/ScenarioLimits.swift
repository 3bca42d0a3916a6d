import Foundation

/// The largest and smallest values a scenario or area file may hold, checked at load.
///
/// Every number that becomes an integer, a count, an allocation or a loop bound has a maximum
/// here, so a scenario that loads cannot crash a run, exhaust memory or run for ever. The same
/// values are listed in `docs/scenarios.md` ("Limits").
public enum ScenarioLimits {
  /// The largest magnitude of any number in a scenario or area file (unitless; 1e9).
  public static let maximumMagnitude = 1e9
  /// The smallest value a number that must be above 0 may take (unitless; 1e-9).
  public static let smallestPositive = 1e-9
  /// The longest care horizon (days): 50 years of 365.25 days.
  public static let maximumCareHorizonDays = 50 * 365.25
  /// The shortest care horizon (days): one week.
  public static let minimumCareHorizonDays = 7.0
  /// The longest duration anywhere else in a care scenario (days): 1,000 years.
  public static let maximumDurationDays = 1000 * 365.25
  /// The longest network horizon (time units).
  public static let maximumNetworkHorizon = 1e9
  /// The earliest and latest calendar year of `start_date` and of staffing dates.
  public static let years = 1900...2200
  /// Replications of one run.
  public static let replications = 1...10_000
  /// Whole-time equivalent staff of one service (WTE), and link workers of a co-ordination service.
  public static let maximumWTE = 10_000.0
  /// Caseload places per WTE or per link worker, and assessments per WTE-week.
  public static let maximumPerWTE = 1_000.0
  /// Places of one service (caseload places, assessment slots, group places).
  public static let maximumPlaces = 10_000_000
  /// Beds of one service.
  public static let maximumBeds = 100_000
  /// Sessions of one course: the largest mean of a sessions distribution; larger draws are cut
  /// to this many sessions.
  public static let maximumSessions = 1_000.0
  /// People in one service's backlog or a step-down (people).
  public static let maximumBacklog = 100_000
  /// People in all backlogs of a scenario together (care: people; network: customers).
  public static let maximumTotalBacklog = 1_000_000
  /// Services of a care scenario.
  public static let maximumServices = 100
  /// Nodes of a network scenario.
  public static let maximumNodes = 1_000
  /// Servers of one network node.
  public static let maximumServers = 1_000_000
  /// Places in one network node's queue.
  public static let maximumQueueCapacity = 100_000_000
  /// Customers already waiting at a network node at time 0.
  public static let maximumNetworkBacklog = 1_000_000
  /// The largest mean or scale of a distribution (in its own unit: days, time units or counts).
  public static let maximumDistributionMean = 1e9
  /// Phases of an Erlang distribution and trials of a binomial.
  public static let maximumPhases = 1_000
  /// Trials of a binomial distribution.
  public static let maximumTrials = 1_000_000_000
  /// Priority classes drawn for network customers lie in 0 ... this (lower served first).
  public static let maximumPriority = 65_535.0
  /// People in an area: England (57.1 million in 2022) fits; a population that size takes about
  /// 0.7 GB and 8 seconds to draw.
  public static let maximumPopulation = 60_000_000
  /// Referrals a year (a scenario's `referrals.per_year` or an area's).
  public static let maximumReferralsPerYear = 1e9
  /// The largest scenario or area file (bytes).
  public static let maximumFileBytes = 1_000_000
  /// The most values (mappings, lists and single values) a YAML document may expand to, aliases
  /// included.
  public static let maximumYAMLNodes = 200_000
  /// The deepest nesting of mappings and lists.
  public static let maximumYAMLDepth = 64
  /// The largest magnitude of a target value (`targets:`); shares and rates lie in 0 ... 1.
  public static let maximumTarget = 1e9

  /// A number in its shortest readable form: whole numbers without a decimal point.
  public static func text(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  /// "a number from LOW to HIGH" (or with `noun` in place of "a number").
  public static func range(_ low: Double, _ high: Double, _ noun: String = "a number") -> String {
    "\(noun) from \(text(low)) to \(text(high))"
  }

  /// "a whole number from LOW to HIGH".
  public static func range(_ bounds: ClosedRange<Int>, _ noun: String = "a whole number") -> String {
    "\(noun) from \(bounds.lowerBound) to \(bounds.upperBound)"
  }
}
