/// What one metric (or one family of metrics) means: its name, unit, how it aggregates and a
/// one-line definition.
///
/// A templated name holds one placeholder in angle brackets, such as `service.<id>.wait.mean`;
/// it stands for every concrete name with a non-empty part in that place
/// (`service.step3.wait.mean`).
public struct MetricDefinition: Sendable, Equatable {
  /// The metric's name, or its template (`node.<name>.utilisation`).
  public let name: String
  /// A short label for screens and reports, with the same placeholder as `name`.
  public let label: String
  /// The unit of the value.
  public let unit: MetricUnit
  /// How a replication's value is formed.
  public let aggregation: MetricAggregation
  /// One line saying what is measured.
  public let definition: String
  /// The table the name appears in.
  public let scope: MetricScope
  /// The kinds of scenario whose runs emit it.
  public let models: [MetricModel]

  /// A definition; `name` and `label` share the placeholder, if any.
  public init(
    _ name: String, label: String, unit: MetricUnit, aggregation: MetricAggregation, definition: String,
    scope: MetricScope = .replication, models: [MetricModel] = [.care]
  ) {
    self.name = name
    self.label = label
    self.unit = unit
    self.aggregation = aggregation
    self.definition = definition
    self.scope = scope
    self.models = models
  }

  /// The literal text before and after the placeholder, or nil when the name has none.
  var template: (prefix: Substring, placeholder: Substring, suffix: Substring)? {
    guard let open = name.firstIndex(of: "<"), let close = name[open...].firstIndex(of: ">") else { return nil }
    return (name[..<open], name[open...close], name[name.index(after: close)...])
  }

  /// The part of `concrete` that fills the placeholder, `concrete` itself for an exact match,
  /// or nil when `concrete` is not one of this definition's names.
  public func filler(of concrete: String) -> Substring? {
    guard let template else { return concrete == name ? Substring(concrete) : nil }
    guard concrete.count > template.prefix.count + template.suffix.count,
      concrete.hasPrefix(template.prefix), concrete.hasSuffix(template.suffix)
    else { return nil }
    return concrete.dropFirst(template.prefix.count).dropLast(template.suffix.count)
  }

  /// The label of a concrete name: the placeholder replaced by what fills it.
  public func label(of concrete: String) -> String {
    guard let template, let filler = filler(of: concrete) else { return label }
    return label.replacingPlaceholder(template.placeholder, with: filler)
  }
}

extension String {
  /// This text with every `placeholder` replaced by `filler`.
  func replacingPlaceholder(_ placeholder: Substring, with filler: Substring) -> String {
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: placeholder) {
      out += rest[..<range.lowerBound] + filler
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
