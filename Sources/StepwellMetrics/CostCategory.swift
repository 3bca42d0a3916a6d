/// The categories care costs are reported in, in output order (`costs.csv`, `cost.<category>`).
public enum CostCategory: String, Sendable, CaseIterable {
  /// Booked treatment sessions, attended or missed, at each service's session cost.
  case sessions
  /// Assessments at the assessment cost.
  case assessments
  /// GP consultations that make a referral or re-referral.
  case gp
  /// Staff paid per WTE-year (link workers, community services and others costed by staff).
  case staff
  /// Community-service episodes.
  case community
  /// Community mental-health team caseload days.
  case cmht
  /// Crisis-team caseload days.
  case crisis
  /// Occupied local bed days.
  case beds
  /// Out-of-area bed days.
  case bedsOutOfArea = "beds_out_of_area"
  /// Every category together.
  case total

  /// The categories a cost is made of (every case but `total`), in output order.
  public static let parts: [CostCategory] = allCases.filter { $0 != .total }
}
