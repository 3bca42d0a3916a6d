/// What part a service plays in the pathway, for costing and payers.
public enum ServiceRole: Sendable {
  /// Triage, groups, therapy, link workers and any service the pathway gives no secondary role.
  case primaryCare
  /// The community mental-health team (`pathway.secondary.cmht`).
  case cmht
  /// The crisis team.
  case crisis
  /// The beds.
  case beds
  /// Community services (`pathway.community`).
  case community
}
