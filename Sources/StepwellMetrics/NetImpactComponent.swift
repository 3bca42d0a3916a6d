/// The parts of a comparison's net impact (`net_impact.csv`, column `component`), in output order.
///
/// net impact = service cost difference − value of suicides prevented − purposeful-year value
/// difference, all ALT minus BASE in price-year pounds; negative is a saving.
public enum NetImpactComponent: String, Sendable, CaseIterable {
  /// ALT minus BASE total service cost.
  case serviceCost = "service_cost"
  /// BASE's value of a suicide times the expected suicides ALT prevents over the population.
  case suicidesPreventedValue = "suicides_prevented_value"
  /// ALT minus BASE value of purposeful (recovered) years.
  case purposefulValue = "purposeful_value"
  /// The service cost difference less both values.
  case netImpact = "net_impact"
}
