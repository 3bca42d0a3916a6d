import Stochastics

/// Reads one uncertain input's entry: `{distribution, parameters..., applies, grade, source,
/// reason}`.
enum InputReader {
  /// The parameter forms, for messages.
  static let allowedForms =
    "{distribution: beta, mean, sd}, {distribution: gamma, mean, sd}, {distribution: lognormal, mean, sd | median, interval: [low, high] | interval: [low, high]}, {distribution: normal, mean, sd | interval: [low, high]}, {distribution: uniform, min, max}, {distribution: triangular, min, mode, max} or {distribution: fixed, value}"

  /// Keys an entry may hold.
  static let entryKeys = [
    "distribution", "mean", "sd", "median", "interval", "min", "max", "mode", "value", "applies", "grade", "source",
    "reason",
  ]

  /// Top-level keys that fix the run, its identity or its labels, never drawn.
  static let refusedTopKeys =
    SetOverride.refusedKeys + [
      "description", "area", "start_date", "horizon", "warmup", "replications", "seed", "targets", "changes",
      UncertaintyReader.sectionKey,
    ]

  static func read(_ entry: MappingReader, key: String, file: String, fromDefaults: Bool) throws -> UncertainInput {
    try entry.rejectUnknownKeys(entryKeys)
    let path = key.split(separator: ".", omittingEmptySubsequences: false)
    guard !key.isEmpty, !path.contains(where: \.isEmpty) else {
      throw entry.error(
        nil, "'\(key)' is not a dotted key path", allowed: "a key as --set addresses it, e.g. pathway.recovery.step2")
    }
    if let first = path.first.map(String.init), refusedTopKeys.contains(first) {
      throw entry.error(
        nil, "'\(first)' cannot be uncertain",
        allowed: "a numeric key of the model, not \(refusedTopKeys.joined(separator: ", "))")
    }
    let appliesText = try entry.string("applies") ?? UncertainInput.Application.value.rawValue
    guard let applies = UncertainInput.Application(rawValue: appliesText) else {
      throw entry.error(
        "applies", "'\(appliesText)' is not a way to apply a draw",
        allowed: UncertainInput.Application.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let distribution = try self.distribution(entry)
    return UncertainInput(
      key: key, distribution: distribution, applies: applies, grade: try entry.string("grade"),
      source: try entry.string("source"), reason: try entry.string("reason"), file: file, fromDefaults: fromDefaults)
  }

  static func distribution(_ entry: MappingReader) throws -> InputDistribution {
    let family = try entry.requiredString("distribution", allowed: allowedForms)
    func number(_ key: String) throws -> Double {
      guard let value = try entry.double(key) else {
        throw entry.error(key, "is missing for a \(family) distribution", allowed: allowedForms)
      }
      return value
    }
    func interval() throws -> (Double, Double)? {
      guard let items = try entry.sequence("interval") else { return nil }
      let values = items.compactMap { $0.scalar.flatMap { MappingReader.number($0.string) } }
      guard values.count == 2, values.allSatisfy(\.isFinite), values[0] <= values[1] else {
        throw entry.error("interval", "is not two numbers, low then high", allowed: "[low, high], the central 95%")
      }
      return (values[0], values[1])
    }
    do {
      switch family {
      case "beta": return try .beta(mean: number("mean"), sd: number("sd"))
      case "gamma": return try .gamma(mean: number("mean"), sd: number("sd"))
      case "lognormal":
        if let (low, high) = try interval() {
          if entry.has("median") { return try .lognormal(median: number("median"), low: low, high: high) }
          return try .lognormal(low: low, high: high)
        }
        return try .lognormal(mean: number("mean"), sd: number("sd"))
      case "normal":
        if let (low, high) = try interval() { return try .normal(low: low, high: high) }
        let sd = try number("sd")
        guard sd >= 0 else { throw InputDistributionError("sd \(sd) is negative") }
        return sd == 0 ? .fixed(try number("mean")) : .normal(mean: try number("mean"), sd: sd)
      case "uniform":
        let (low, high) = (try number("min"), try number("max"))
        guard low <= high else { throw InputDistributionError("min \(low) is above max \(high)") }
        return low == high ? .fixed(low) : .uniform(min: low, max: high)
      case "triangular":
        let (low, mode, high) = (try number("min"), try number("mode"), try number("max"))
        guard low <= mode, mode <= high else {
          throw InputDistributionError("min \(low), mode \(mode), max \(high) are not in order")
        }
        return low == high ? .fixed(low) : .triangular(min: low, mode: mode, max: high)
      case "fixed": return .fixed(try number("value"))
      default:
        throw entry.error("distribution", "'\(family)' is not a distribution of an input", allowed: allowedForms)
      }
    } catch let error as InputDistributionError {
      throw entry.error("distribution", error.description, allowed: allowedForms)
    }
  }
}
