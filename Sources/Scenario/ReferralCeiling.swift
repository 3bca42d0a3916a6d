import CareModel
import Population
import Yams

/// Refuses a scenario's referral target (`referrals.per_year`) that its area's population
/// cannot produce.
///
/// The inflow is calibrated by scaling every person's referral propensity by one factor; a
/// person's chance of seeking help in an episode cannot pass 1, so beyond the factor that brings
/// the most help-seeking age to 1 the inflow would fall short of the target without saying so.
/// That ceiling (new-episode referrals a year) divided by the new-episode share is the largest
/// target allowed.
enum ReferralCeiling {
  /// The largest `referrals.per_year` the area can produce with the design's new-episode share.
  static func maximumReferralsPerYear(_ design: CareDesign, area: Area) -> Double {
    let ceiling = PrevalenceModel(area: area).maximumNewReferralsPerYear(area: area)
    return ceiling / design.newEpisodeShare
  }

  static func check(_ design: CareDesign, area: Area, tree: Node, file: String) throws {
    guard let target = design.referralsPerYear else { return }
    let maximum = maximumReferralsPerYear(design, area: area)
    guard target > maximum else { return }
    let top = try MappingReader(tree, file: file, path: "")
    let reader = try top.mapping("referrals") ?? top
    throw reader.error(
      "per_year",
      "\(ScenarioLimits.text(target)) referrals a year cannot be produced by area '\(area.name)'"
        + " (\(area.population) people)",
      allowed: "referrals a year from \(ScenarioLimits.smallestPositive) to \(Int(maximum.rounded(.down)))")
  }
}
