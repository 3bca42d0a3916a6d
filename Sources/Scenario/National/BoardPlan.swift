import Population
import Stochastics

/// One board of a national run: its area, and the demand, capacity scale and seed derived from
/// it. Nothing in a plan depends on the board's place in the list.
public struct BoardPlan: Sendable, Equatable, Codable {
  /// The area as the scenario names it (`icb/black-country`).
  public let areaName: String
  /// The board's official code (`E54000062`): its identity in seeds and outputs.
  public let code: String
  /// The board's title (`NHS Black Country`).
  public let title: String
  /// Residents (people).
  public let population: Int
  /// The area's need relative to England: its prevalence model's `local_uplift`.
  public let need: Double
  /// Referrals a year the board's inflow is scaled to: rate x population / 100,000 x need.
  public let referralsPerYear: Double
  /// The board's referrals over the shared design's `referrals.per_year`: every capacity and
  /// starting count of the shared design is multiplied by it.
  public let capacityScale: Double
  /// The board's master seed, from the national seed and the board's code.
  public let seed: UInt64

  /// The plan of `area` under a national rate and seed.
  ///
  /// - Parameters:
  ///   - referralsPer100k: referrals a year per 100,000 residents at national need.
  ///   - designReferrals: the shared design's `referrals.per_year`, the demand its capacities fit.
  ///   - masterSeed: the national scenario's seed.
  public init(
    area: Area, areaName: String, code: String, referralsPer100k: Double, designReferrals: Double,
    masterSeed: UInt64
  ) {
    self.areaName = areaName
    self.code = code
    title = area.title
    population = area.population
    need = area.prevalence.localUplift
    referralsPerYear = (referralsPer100k * Double(area.population) / 100_000 * need).rounded()
    capacityScale = referralsPerYear / designReferrals
    seed = BoardPlan.seed(master: masterSeed, code: code)
  }

  /// The seed of board `code` under `master`: a scenario seed (0 to `Int.max`) that depends on
  /// nothing else, so reordering or removing boards changes no board's results.
  public static func seed(master: UInt64, code: String) -> UInt64 {
    StreamSeed.derive(master: master, replication: 0, purpose: "board.\(code)") & UInt64(Int.max)
  }

  /// The short name of the board (the area file's name without its folder).
  public var shortName: String { areaName.split(separator: "/").last.map(String.init) ?? areaName }
}
