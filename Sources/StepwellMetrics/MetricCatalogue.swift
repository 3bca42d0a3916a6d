/// Every metric Stepwell writes: name, unit, aggregation and meaning, in output order.
///
/// Output files, the screen, the report and `docs/outputs.md` take metric labels and units from
/// here; `data-dictionary.csv` is made from it.
public enum MetricCatalogue {
  /// Every definition: care, network, yearly, cost categories, series and net-impact parts.
  public static let definitions: [MetricDefinition] =
    care + network + year + costCategories + series + netImpact + comparisonOnly

  /// Exact names by scope, for quick lookup.
  static let exact: [MetricScope: [String: MetricDefinition]] = Dictionary(
    grouping: definitions.filter { $0.template == nil }, by: \.scope
  ).mapValues { Dictionary($0.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }

  /// Templated names by scope, longest literal part first so the most specific wins.
  static let templated: [MetricScope: [MetricDefinition]] = Dictionary(
    grouping: definitions.filter { $0.template != nil }, by: \.scope
  ).mapValues { $0.sorted { $0.name.count > $1.name.count } }

  /// The definition of a concrete name (`service.step3.wait.mean`) in a scope, or nil when the
  /// catalogue does not know it.
  public static func definition(of name: String, in scope: MetricScope = .replication) -> MetricDefinition? {
    if let found = exact[scope]?[name] { return found }
    return templated[scope]?.first { $0.filler(of: name) != nil }
  }

  /// The definition of a name in a file's metric column: the file's scope, and for
  /// `comparison.csv` also the rows only a comparison has.
  public static func definition(of name: String, in scope: MetricScope, file: String) -> MetricDefinition? {
    definition(of: name, in: scope) ?? (file == "comparison.csv" ? definition(of: name, in: .comparison) : nil)
  }

  /// The definition of a key.
  public static func definition(of key: MetricKey) -> MetricDefinition? { definition(of: key.name) }

  /// The definitions of one scope and model, in output order.
  public static func definitions(in scope: MetricScope, model: MetricModel) -> [MetricDefinition] {
    definitions.filter { $0.scope == scope && $0.models.contains(model) }
  }
}
