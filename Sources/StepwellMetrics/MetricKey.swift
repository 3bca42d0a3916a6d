/// A metric's name as a typed value, so every module spells a metric the same way.
///
/// Fixed names are static members (`MetricKey.referralsPerYear`); names that carry a service id,
/// a node name or a cost category are built by functions (`MetricKey.service("step3", .waitMean)`
/// is `service.step3.wait.mean`). `MetricCatalogue` holds what each name means.
public struct MetricKey: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The name as written in output files, e.g. `pathway.wait_first_treatment.mean`.
  public let name: String

  /// A key for the given name.
  public init(_ name: String) { self.name = name }

  /// A key written as a literal (for tests and tables of keys).
  public init(stringLiteral name: String) { self.name = name }

  public var description: String { name }

  /// The per-year form of a yearly key: `beddays` becomes `beddays.per_year`.
  public var perYear: MetricKey { MetricKey(name + ".per_year") }

  /// A metric of one service: `service.<id>.<suffix>`.
  public static func service(_ id: String, _ metric: ServiceMetric) -> MetricKey {
    MetricKey("service.\(id).\(metric.rawValue)")
  }

  /// A metric of one network node: `node.<name>.<suffix>`.
  public static func node(_ name: String, _ metric: NodeMetric) -> MetricKey {
    MetricKey("node.\(name).\(metric.rawValue)")
  }

  /// The mean yearly cost of one category: `cost.<category>.per_year` (pounds, undiscounted).
  public static func costPerYear(_ category: CostCategory) -> MetricKey {
    MetricKey("cost.\(category.rawValue).per_year")
  }

  /// The mean yearly cost one payer bears: `cost.<payer>.per_year` (pounds, undiscounted).
  public static func costPerYear(_ payer: CostPayer) -> MetricKey { MetricKey("cost.\(payer.rawValue).per_year") }

  /// One payer's cost over the projection years, discounted: `cost.<payer>.discounted_total`.
  public static func costDiscountedTotal(_ payer: CostPayer) -> MetricKey {
    MetricKey("cost.\(payer.rawValue).discounted_total")
  }

  /// Net monetary benefit at a threshold (pounds per QALY): `nmb.<threshold>`, e.g. `nmb.20000`.
  public static func netMonetaryBenefit(threshold: Double) -> MetricKey {
    MetricKey("nmb.\(MetricKey.thresholdName(threshold))")
  }

  /// A threshold as written in a metric name: whole pounds without separators.
  public static func thresholdName(_ threshold: Double) -> String {
    threshold == threshold.rounded() && abs(threshold) < 1e15 ? String(Int(threshold)) : String(threshold)
  }

  /// The service id and metric of a `service.<id>.…` key, if it is one.
  public var serviceMetric: (id: String, metric: ServiceMetric)? {
    guard let (id, suffix) = split(prefix: "service.", suffixes: ServiceMetric.allCases.map(\.rawValue)) else {
      return nil
    }
    return ServiceMetric(rawValue: suffix).map { (id, $0) }
  }

  /// The node name and metric of a `node.<name>.…` key, if it is one.
  public var nodeMetric: (name: String, metric: NodeMetric)? {
    guard let (name, suffix) = split(prefix: "node.", suffixes: NodeMetric.allCases.map(\.rawValue)) else {
      return nil
    }
    return NodeMetric(rawValue: suffix).map { (name, $0) }
  }

  /// The middle of `prefix<middle>.<suffix>` for the longest matching suffix.
  func split(prefix: String, suffixes: [String]) -> (String, String)? {
    guard name.hasPrefix(prefix) else { return nil }
    let rest = name.dropFirst(prefix.count)
    let suffix = suffixes.sorted { $0.count > $1.count }.first {
      rest.hasSuffix("." + $0) && rest.count > $0.count + 1
    }
    return suffix.map { (String(rest.dropLast($0.count + 1)), $0) }
  }
}
