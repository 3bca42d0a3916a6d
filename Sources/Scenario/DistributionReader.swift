import Stochastics
import Yams

/// Reads a distribution written as `{distribution: NAME, key: value, ..., shift: s}`.
///
/// The keys of each family are those of docs/scenarios.md's table; every family also takes `shift`.
public enum DistributionReader {
  /// The accepted ways of giving each family's parameters (alternatives separated by " | ").
  public static let families: [String: [[String]]] = [
    "exponential": [["mean"], ["rate"]],
    "erlang": [["k", "mean"]],
    "gamma": [["shape", "scale"], ["mean", "sd"]],
    "lognormal": [["mean", "sd"], ["mu", "sigma"], ["median", "mean"]],
    "weibull": [["shape", "scale"]],
    "uniform": [["min", "max"]],
    "triangular": [["min", "mode", "max"]],
    "fixed": [["value"]],
    "empirical": [["values", "weights"], ["values"]],
    "bernoulli": [["p"]],
    "binomial": [["n", "p"]],
    "poisson": [["mean"]],
    "negative_binomial": [["mean", "size"]],
  ]

  /// The distribution under `key` of `parent`, or nil when the key is absent.
  public static func read(_ parent: MappingReader, _ key: String) throws -> Distribution? {
    guard let reader = try parent.mapping(key) else { return nil }
    return try read(reader)
  }

  /// The distribution described by `reader`.
  public static func read(_ reader: MappingReader) throws -> Distribution {
    let names = families.keys.sorted().joined(separator: ", ")
    let name = try reader.requiredString("distribution", allowed: names)
    guard let alternatives = families[name] else {
      throw reader.error("distribution", "unknown distribution '\(name)'", allowed: names)
    }
    let given = Set(reader.pairs.map(\.key)).subtracting(["distribution", "shift"])
    let describe = alternatives.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
    guard let keys = alternatives.first(where: { Set($0) == given }) else {
      let allowedKeys = Set(alternatives.joined()).union(["distribution", "shift"]).sorted()
      try reader.rejectUnknownKeys(allowedKeys)
      throw reader.error(
        nil, "\(name) needs exactly one set of parameters",
        allowed: "\(describe) (plus optional shift)")
    }
    let shift = try reader.double("shift") ?? 0
    do {
      return try build(name, keys: keys, reader: reader, shift: shift)
    } catch let error as StochasticsError {
      let key = error.parameter.flatMap { keys.contains($0) ? $0 : nil }
      throw reader.error(key, "\(error)", allowed: allowedText(for: error))
    }
  }

  static func allowedText(for error: StochasticsError) -> String {
    switch error {
    case .outOfRange(_, _, "a finite number > 0"): return "a number above 0, at most 1000000000"
    case .outOfRange(_, _, "a finite number"): return "a number from -1000000000 to 1000000000"
    case .outOfRange(_, _, let allowed), .inconsistent(_, let allowed): return allowed
    case .badTable: return "non-negative weights, not all zero, one per value"
    }
  }

  static func build(_ name: String, keys: [String], reader: MappingReader, shift: Double) throws
    -> Distribution
  {
    func number(_ key: String) throws -> Double {
      guard let value = try reader.double(key) else {
        throw reader.error(key, "is missing", allowed: "a number from -1000000000 to 1000000000")
      }
      return value
    }
    func whole(_ key: String) throws -> Int {
      guard let value = try reader.int(key) else {
        throw reader.error(key, "is missing", allowed: "a whole number from -1000000000 to 1000000000")
      }
      return value
    }
    switch (name, keys) {
    case ("exponential", ["mean"]): return try .exponential(mean: number("mean"), shift: shift)
    case ("exponential", _): return try .exponential(rate: number("rate"), shift: shift)
    case ("erlang", _): return try .erlang(k: whole("k"), mean: number("mean"), shift: shift)
    case ("gamma", ["shape", "scale"]):
      return try .gamma(shape: number("shape"), scale: number("scale"), shift: shift)
    case ("gamma", _): return try .gamma(mean: number("mean"), sd: number("sd"), shift: shift)
    case ("lognormal", ["mean", "sd"]):
      return try .lognormal(mean: number("mean"), sd: number("sd"), shift: shift)
    case ("lognormal", ["mu", "sigma"]):
      return try .lognormal(mu: number("mu"), sigma: number("sigma"), shift: shift)
    case ("lognormal", _):
      return try .lognormal(median: number("median"), mean: number("mean"), shift: shift)
    case ("weibull", _):
      return try .weibull(shape: number("shape"), scale: number("scale"), shift: shift)
    case ("uniform", _): return try .uniform(min: number("min"), max: number("max"), shift: shift)
    case ("triangular", _):
      return try .triangular(
        min: number("min"), mode: number("mode"), max: number("max"), shift: shift)
    case ("fixed", _): return try .fixed(number("value"), shift: shift)
    case ("empirical", _):
      let values = try numberList(reader, "values")
      let weights = keys.contains("weights") ? try numberList(reader, "weights") : nil
      return try .empirical(values: values, weights: weights, shift: shift)
    case ("bernoulli", _):
      guard shift == 0 else {
        throw reader.error("shift", "bernoulli takes no shift", allowed: "0 or absent")
      }
      return try .bernoulli(p: number("p"))
    case ("binomial", _): return try .binomial(n: whole("n"), p: number("p"), shift: shift)
    case ("poisson", _): return try .poisson(mean: number("mean"), shift: shift)
    default:
      return try .negativeBinomial(mean: number("mean"), size: number("size"), shift: shift)
    }
  }

  /// A list of numbers under `key`.
  public static func numberList(_ reader: MappingReader, _ key: String) throws -> [Double] {
    guard let items = try reader.sequence(key) else {
      throw reader.error(key, "is missing", allowed: "a list of numbers")
    }
    return try items.enumerated().map { index, item in
      guard case .scalar(let scalar) = item, let value = MappingReader.number(scalar.string),
        value.isFinite
      else {
        throw ScenarioError.invalid(
          file: reader.file, keyPath: "\(reader.keyPath(key)).\(index)", line: item.mark?.line,
          problem: "is not a number", allowed: "a list of numbers")
      }
      return value
    }
  }
}
