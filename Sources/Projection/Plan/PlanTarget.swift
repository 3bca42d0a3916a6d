import StepwellMetrics

/// One standard a plan must meet, `--target "METRIC>=VALUE"`: a metric of the catalogue, a
/// comparison and a threshold in the metric's own unit (shares as fractions, or a percentage
/// written with `%`).
public struct PlanTarget: Sendable, Equatable {
  /// How the metric is compared with the threshold.
  public enum Comparison: String, Sendable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case above = ">"
    case below = "<"
  }

  /// The expression as typed.
  public let argument: String
  /// The metric's name, e.g. `pathway.within_6_weeks`.
  public let metric: String
  /// The comparison.
  public let comparison: Comparison
  /// The threshold, in the metric's unit.
  public let threshold: Double
  /// The metric's catalogue entry.
  public let definition: MetricDefinition

  /// Parses and checks `METRIC>=VALUE` (or `<=`, `>`, `<`) for a model's metrics.
  public init(_ argument: String, model: MetricModel) throws(PlanError) {
    self.argument = argument
    let text = argument.filter { !$0.isWhitespace }
    let operators = Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
    guard
      let (comparison, range) = operators.lazy.compactMap({ candidate in
        text.range(of: candidate.rawValue).map { (candidate, $0) }
      }).first
    else {
      throw .badTarget(argument: argument, problem: "no comparison (>=, <=, > or <)", allowed: PlanError.targetForm)
    }
    let metric = String(text[..<range.lowerBound])
    var valueText = String(text[range.upperBound...])
    guard !metric.isEmpty else {
      throw .badTarget(
        argument: argument, problem: "no metric before '\(comparison.rawValue)'", allowed: PlanError.targetForm)
    }
    guard let definition = MetricCatalogue.definition(of: metric), definition.models.contains(model) else {
      throw .badTarget(
        argument: argument, problem: "'\(metric)' is not a metric of a \(model.rawValue) run",
        allowed: "a metric of metrics.csv (docs/outputs.md), e.g. "
          + (model == .care ? "pathway.within_6_weeks or service.step3.wait.mean" : "node.clinic.wait.mean"))
    }
    var scale = 1.0
    if valueText.hasSuffix("%") {
      valueText.removeLast()
      scale = 0.01
    }
    guard let number = Double(valueText), number.isFinite else {
      throw .badTarget(
        argument: argument, problem: "'\(String(text[range.upperBound...]))' is not a number",
        allowed: PlanError.targetForm)
    }
    let threshold = number * scale
    if definition.unit == .share, !(0...1).contains(threshold) {
      throw .badTarget(
        argument: argument, problem: "\(metric) is a share and \(valueText) is outside 0 to 1",
        allowed: "a share from 0 to 1 (or 0% to 100%)")
    }
    self.metric = metric
    self.comparison = comparison
    self.threshold = threshold
    self.definition = definition
  }

  /// True when `value` meets the target; a value that is not a number never does.
  public func holds(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    switch comparison {
    case .atLeast: return value >= threshold
    case .atMost: return value <= threshold
    case .above: return value > threshold
    case .below: return value < threshold
    }
  }

  /// The target as a reader says it: `First treatment within 6 weeks at least 75.0%`.
  public var phrase: String {
    let words: String
    switch comparison {
    case .atLeast: words = "at least"
    case .atMost: words = "at most"
    case .above: words = "above"
    case .below: words = "below"
    }
    let label = definition.label(of: metric)
    return "\(label) \(words) \(definition.unit.screen(threshold))\(definition.unit.labelSuffix(for: label))"
  }
}
