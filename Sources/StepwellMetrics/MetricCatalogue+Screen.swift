extension MetricCatalogue {
  /// A label with its unit for the terminal: `Wait to first treatment, mean (days)`,
  /// `Service step3: utilisation`; the name itself when the catalogue does not know it.
  ///
  /// - Parameter timeUnit: the network's `time_unit`, shown for network times.
  public static func screenLabel(_ name: String, scope: MetricScope = .replication, timeUnit: String = "time")
    -> String
  {
    guard let definition = definition(of: name, in: scope) else { return name }
    let label = definition.label(of: name)
    return label + definition.unit.labelSuffix(for: label, timeUnit: timeUnit)
  }

  /// A value of the named metric for the terminal, in its unit (`91.9%`, `£1,234,567`).
  public static func screenValue(_ value: Double?, of name: String, scope: MetricScope = .replication) -> String {
    guard let unit = definition(of: name, in: scope)?.unit else {
      guard let value, value.isFinite else { return "-" }
      return MetricUnit.significant(value)
    }
    return unit.screen(value)
  }
}
