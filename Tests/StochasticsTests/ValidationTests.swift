import Stochastics
import Testing

/// The error a bad construction must throw.
enum ExpectedError: Sendable, CustomStringConvertible {
  /// `.outOfRange` naming `parameter`, carrying `value` (NaN matches NaN).
  case outOfRange(String, Double)
  /// `.inconsistent` naming `parameters`.
  case inconsistent(String)
  /// `.badTable`, whatever the message.
  case badTable

  func matches(_ error: StochasticsError) -> Bool {
    switch (self, error) {
    case (.outOfRange(let name, let value), .outOfRange(let parameter, let actual, let allowed)):
      let sameValue = value.isNaN ? actual.isNaN : actual == value
      return name == parameter && sameValue && !allowed.isEmpty
    case (.inconsistent(let names), .inconsistent(let parameters, let allowed)):
      return names == parameters && !allowed.isEmpty
    case (.badTable, .badTable(let why)):
      return !why.isEmpty
    default:
      return false
    }
  }

  var description: String {
    switch self {
    case .outOfRange(let name, let value): return "outOfRange(\(name), \(value))"
    case .inconsistent(let names): return "inconsistent(\(names))"
    case .badTable: return "badTable"
    }
  }
}

struct InvalidCase: Sendable, CustomTestStringConvertible {
  let label: String
  let expected: ExpectedError
  let build: @Sendable () throws -> Void

  init(_ label: String, _ expected: ExpectedError, _ build: @escaping @Sendable () throws -> Void) {
    self.label = label
    self.expected = expected
    self.build = build
  }

  var testDescription: String { label }
}

private let nan = Double.nan
private let inf = Double.infinity

extension InvalidCase {
  static let all: [InvalidCase] = [
    // exponential
    .init("exponential mean 0", .outOfRange("mean", 0)) {
      _ = try Distribution.exponential(mean: 0)
    },
    .init("exponential mean < 0", .outOfRange("mean", -1)) {
      _ = try Distribution.exponential(mean: -1)
    },
    .init("exponential mean NaN", .outOfRange("mean", nan)) {
      _ = try Distribution.exponential(mean: nan)
    },
    .init("exponential mean inf", .outOfRange("mean", inf)) {
      _ = try Distribution.exponential(mean: inf)
    },
    .init("exponential rate 0", .outOfRange("rate", 0)) {
      _ = try Distribution.exponential(rate: 0)
    },
    .init("exponential rate < 0", .outOfRange("rate", -2)) {
      _ = try Distribution.exponential(rate: -2)
    },
    .init("exponential rate NaN", .outOfRange("rate", nan)) {
      _ = try Distribution.exponential(rate: nan)
    },
    // erlang
    .init("erlang k 0", .outOfRange("k", 0)) { _ = try Distribution.erlang(k: 0, mean: 1) },
    .init("erlang k < 0", .outOfRange("k", -3)) { _ = try Distribution.erlang(k: -3, mean: 1) },
    .init("erlang mean 0", .outOfRange("mean", 0)) { _ = try Distribution.erlang(k: 2, mean: 0) },
    .init("erlang mean NaN", .outOfRange("mean", nan)) {
      _ = try Distribution.erlang(k: 2, mean: nan)
    },
    // gamma
    .init("gamma shape 0", .outOfRange("shape", 0)) {
      _ = try Distribution.gamma(shape: 0, scale: 1)
    },
    .init("gamma scale < 0", .outOfRange("scale", -1)) {
      _ = try Distribution.gamma(shape: 1, scale: -1)
    },
    .init("gamma shape NaN", .outOfRange("shape", nan)) {
      _ = try Distribution.gamma(shape: nan, scale: 1)
    },
    .init("gamma mean 0", .outOfRange("mean", 0)) { _ = try Distribution.gamma(mean: 0, sd: 1) },
    .init("gamma sd 0", .outOfRange("sd", 0)) { _ = try Distribution.gamma(mean: 1, sd: 0) },
    .init("gamma sd NaN", .outOfRange("sd", nan)) { _ = try Distribution.gamma(mean: 1, sd: nan) },
    // lognormal
    .init("lognormal sigma 0", .outOfRange("sigma", 0)) {
      _ = try Distribution.lognormal(mu: 0, sigma: 0)
    },
    .init("lognormal sigma < 0", .outOfRange("sigma", -0.5)) {
      _ = try Distribution.lognormal(mu: 0, sigma: -0.5)
    },
    .init("lognormal mu NaN", .outOfRange("mu", nan)) {
      _ = try Distribution.lognormal(mu: nan, sigma: 1)
    },
    .init("lognormal mu inf", .outOfRange("mu", -inf)) {
      _ = try Distribution.lognormal(mu: -inf, sigma: 1)
    },
    .init("lognormal mean 0", .outOfRange("mean", 0)) {
      _ = try Distribution.lognormal(mean: 0, sd: 1)
    },
    .init("lognormal sd < 0", .outOfRange("sd", -1)) {
      _ = try Distribution.lognormal(mean: 1, sd: -1)
    },
    .init("lognormal median 0", .outOfRange("median", 0)) {
      _ = try Distribution.lognormal(median: 0, mean: 1)
    },
    .init("lognormal median NaN", .outOfRange("median", nan)) {
      _ = try Distribution.lognormal(median: nan, mean: 1)
    },
    .init("lognormal(median:mean:) mean 0", .outOfRange("mean", 0)) {
      _ = try Distribution.lognormal(median: 1, mean: 0)
    },
    .init("lognormal median = mean", .inconsistent("median and mean")) {
      _ = try Distribution.lognormal(median: 5, mean: 5)
    },
    .init("lognormal median > mean", .inconsistent("median and mean")) {
      _ = try Distribution.lognormal(median: 6, mean: 5)
    },
    // weibull
    .init("weibull shape 0", .outOfRange("shape", 0)) {
      _ = try Distribution.weibull(shape: 0, scale: 1)
    },
    .init("weibull scale < 0", .outOfRange("scale", -1)) {
      _ = try Distribution.weibull(shape: 1, scale: -1)
    },
    .init("weibull scale NaN", .outOfRange("scale", nan)) {
      _ = try Distribution.weibull(shape: 1, scale: nan)
    },
    // uniform
    .init("uniform min = max", .inconsistent("min and max")) {
      _ = try Distribution.uniform(min: 2, max: 2)
    },
    .init("uniform min > max", .inconsistent("min and max")) {
      _ = try Distribution.uniform(min: 3, max: 2)
    },
    .init("uniform min NaN", .outOfRange("min", nan)) {
      _ = try Distribution.uniform(min: nan, max: 2)
    },
    .init("uniform max inf", .outOfRange("max", inf)) {
      _ = try Distribution.uniform(min: 0, max: inf)
    },
    // triangular
    .init("triangular mode < min", .inconsistent("min, mode and max")) {
      _ = try Distribution.triangular(min: 1, mode: 0.5, max: 3)
    },
    .init("triangular mode > max", .inconsistent("min, mode and max")) {
      _ = try Distribution.triangular(min: 1, mode: 3.5, max: 3)
    },
    .init("triangular min = max", .inconsistent("min, mode and max")) {
      _ = try Distribution.triangular(min: 2, mode: 2, max: 2)
    },
    .init("triangular min > max", .inconsistent("min, mode and max")) {
      _ = try Distribution.triangular(min: 3, mode: 2, max: 1)
    },
    .init("triangular mode NaN", .outOfRange("mode", nan)) {
      _ = try Distribution.triangular(min: 0, mode: nan, max: 1)
    },
    .init("triangular min NaN", .outOfRange("min", nan)) {
      _ = try Distribution.triangular(min: nan, mode: 0.5, max: 1)
    },
    // fixed
    .init("fixed NaN", .outOfRange("value", nan)) { _ = try Distribution.fixed(nan) },
    .init("fixed inf", .outOfRange("value", inf)) { _ = try Distribution.fixed(inf) },
    // empirical
    .init("empirical no values", .badTable) { _ = try Distribution.empirical(values: []) },
    .init("empirical no values or weights", .badTable) {
      _ = try Distribution.empirical(values: [], weights: [])
    },
    .init("empirical mismatched lengths", .badTable) {
      _ = try Distribution.empirical(values: [1, 2, 3], weights: [1, 1])
    },
    .init("empirical all-zero weights", .badTable) {
      _ = try Distribution.empirical(values: [1, 2], weights: [0, 0])
    },
    .init("empirical negative weight", .badTable) {
      _ = try Distribution.empirical(values: [1, 2], weights: [1, -0.5])
    },
    .init("empirical NaN weight", .badTable) {
      _ = try Distribution.empirical(values: [1, 2], weights: [1, nan])
    },
    .init("empirical infinite weight", .badTable) {
      _ = try Distribution.empirical(values: [1, 2], weights: [inf, 1])
    },
    .init("empirical NaN value", .badTable) {
      _ = try Distribution.empirical(values: [1, nan], weights: [1, 1])
    },
    .init("empirical infinite value", .badTable) {
      _ = try Distribution.empirical(values: [-inf, 1])
    },
    .init("EmpiricalTable empty", .badTable) { _ = try EmpiricalTable(values: [], weights: []) },
    .init("EmpiricalTable mismatched lengths", .badTable) {
      _ = try EmpiricalTable(values: [1], weights: [1, 2])
    },
    .init("AliasTable empty", .badTable) { _ = try AliasTable(weights: []) },
    .init("AliasTable all zero", .badTable) { _ = try AliasTable(weights: [0, 0, 0]) },
    .init("AliasTable negative", .badTable) { _ = try AliasTable(weights: [2, -1, 3]) },
    .init("AliasTable NaN", .badTable) { _ = try AliasTable(weights: [nan]) },
    .init("AliasTable infinite", .badTable) { _ = try AliasTable(weights: [1, inf]) },
    // bernoulli, binomial
    .init("bernoulli p < 0", .outOfRange("p", -0.1)) { _ = try Distribution.bernoulli(p: -0.1) },
    .init("bernoulli p > 1", .outOfRange("p", 1.1)) { _ = try Distribution.bernoulli(p: 1.1) },
    .init("bernoulli p NaN", .outOfRange("p", nan)) { _ = try Distribution.bernoulli(p: nan) },
    .init("binomial n < 0", .outOfRange("n", -1)) { _ = try Distribution.binomial(n: -1, p: 0.5) },
    .init("binomial n too large", .outOfRange("n", 4_294_967_296)) {
      _ = try Distribution.binomial(n: 4_294_967_296, p: 0.5)
    },
    .init("binomial p > 1", .outOfRange("p", 2)) { _ = try Distribution.binomial(n: 3, p: 2) },
    .init("binomial p NaN", .outOfRange("p", nan)) { _ = try Distribution.binomial(n: 3, p: nan) },
    // poisson, negative binomial
    .init("poisson mean 0", .outOfRange("mean", 0)) { _ = try Distribution.poisson(mean: 0) },
    .init("poisson mean NaN", .outOfRange("mean", nan)) { _ = try Distribution.poisson(mean: nan) },
    .init("negativeBinomial mean < 0", .outOfRange("mean", -1)) {
      _ = try Distribution.negativeBinomial(mean: -1, size: 1)
    },
    .init("negativeBinomial size 0", .outOfRange("size", 0)) {
      _ = try Distribution.negativeBinomial(mean: 1, size: 0)
    },
    .init("negativeBinomial size NaN", .outOfRange("size", nan)) {
      _ = try Distribution.negativeBinomial(mean: 1, size: nan)
    },
  ]
}

@Suite("Validation")
struct ValidationTests {
  @Test("Each invalid parameter throws the expected error", arguments: InvalidCase.all)
  func invalid(_ c: InvalidCase) {
    let error = #expect(throws: StochasticsError.self) { try c.build() }
    guard let error else { return }
    #expect(c.expected.matches(error), "expected \(c.expected), got \(error)")
    #expect(!error.description.isEmpty)
    if case .outOfRange(let name, _) = c.expected {
      #expect(error.parameter == name)
      #expect(error.description.hasPrefix(name + " = "))
    } else {
      #expect(error.parameter == nil)
    }
  }

  @Test(
    "A non-finite shift is rejected by every factory that takes one",
    arguments: DistributionCase.all.filter(\.shiftable), [Double.nan, .infinity, -.infinity])
  func badShift(_ c: DistributionCase, shift: Double) {
    let error = #expect(throws: StochasticsError.self) { try c.make(shift) }
    guard let error else { return }
    #expect(ExpectedError.outOfRange("shift", shift).matches(error), "got \(error)")
  }

  @Test("Boundary values that are allowed build without error")
  func boundaries() throws {
    _ = try Distribution.triangular(min: 0, mode: 0, max: 1)
    _ = try Distribution.triangular(min: 0, mode: 1, max: 1)
    _ = try Distribution.bernoulli(p: 0)
    _ = try Distribution.bernoulli(p: 1)
    _ = try Distribution.binomial(n: 0, p: 0)
    _ = try Distribution.binomial(n: Int(UInt32.max), p: 1)
    _ = try Distribution.erlang(k: 1, mean: 1e-9)
    _ = try Distribution.lognormal(mu: -50, sigma: 1e-6)
    _ = try Distribution.lognormal(median: 1, mean: 1.000_001)
    _ = try Distribution.uniform(min: -1e300, max: 1e300)
    _ = try Distribution.fixed(0, shift: -5)
    _ = try Distribution.empirical(values: [7], weights: [1e-300])
    _ = try Distribution.empirical(values: [1, 2], weights: [0, 3])
    _ = try AliasTable(weights: [0, 0, 1])
  }

  @Test("Error descriptions name the parameter and what is allowed")
  func descriptions() {
    let range = StochasticsError.outOfRange(parameter: "mean", value: -1, allowed: "> 0")
    #expect(range.description == "mean = -1.0 is out of range (allowed: > 0)")
    let clash = StochasticsError.inconsistent(parameters: "min and max", allowed: "min < max")
    #expect(clash.description == "min and max are inconsistent (allowed: min < max)")
    #expect(StochasticsError.badTable("empty").description == "empty")
  }
}
