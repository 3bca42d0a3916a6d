/// Who pays a cost (`cost.<payer>.per_year`, the payer rows of `costs.csv`), in output order.
///
/// Every cost belongs to exactly one payer, so the payers add up to `cost.total`.
public enum CostPayer: String, Sendable, CaseIterable {
  /// The talking-therapies (primary-care mental-health) commissioner: triage, self-help groups,
  /// low- and high-intensity therapy, link workers, reminder call-backs.
  case talkingTherapies = "talking_therapies"
  /// The mental-health trust: the CMHT, the crisis team, local beds and out-of-area placements.
  case mentalHealthTrust = "mental_health_trust"
  /// The local authority and the voluntary sector: community services (debt advice, substance
  /// use, peer support).
  case localAuthority = "local_authority"
  /// General practice: the GP consultations that make referrals and re-referrals.
  case primaryCare = "primary_care"

  /// What the payer pays for, for the documentation.
  public var meaning: String {
    switch self {
    case .talkingTherapies:
      "Paid by the talking-therapies commissioner: triage, groups, low- and high-intensity therapy, link workers and call-backs"
    case .mentalHealthTrust: "Paid by the mental-health trust: CMHT, crisis team, local beds and out-of-area placements"
    case .localAuthority: "Paid by the local authority and the voluntary sector: community services"
    case .primaryCare: "Paid by general practice: the GP consultations that make referrals and re-referrals"
    }
  }
}
