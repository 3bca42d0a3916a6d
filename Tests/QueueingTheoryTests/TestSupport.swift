import Foundation

/// `true` when `actual` is within `relative * |expected|` or `absolute` of `expected`.
func isClose(
  _ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12
) -> Bool {
  abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// Independent oracle: log-sum-exp of `k log a - log k!` over `range`.
func logSumPoissonWeights(_ range: ClosedRange<Int>, load a: Double) -> Double {
  let terms = range.map { Double($0) * log(a) - lgamma(Double($0) + 1) }
  let largest = terms.max() ?? 0
  return largest + log(terms.reduce(0) { $0 + exp($1 - largest) })
}

/// Textbook closed-form Erlang B, `(a^c / c!) / Σ_{k=0}^{c} a^k / k!`, in log space.
func erlangBClosedForm(servers c: Int, load a: Double) -> Double {
  let top = Double(c) * log(a) - lgamma(Double(c) + 1)
  return exp(top - logSumPoissonWeights(0...c, load: a))
}

/// Textbook closed-form Erlang C for `a < c`:
/// `(a^c / c! · c / (c - a)) / (Σ_{k<c} a^k / k! + a^c / c! · c / (c - a))`.
func erlangCClosedForm(servers c: Int, load a: Double) -> Double {
  let logTail = Double(c) * log(a) - lgamma(Double(c) + 1) + log(Double(c) / (Double(c) - a))
  let logHead = logSumPoissonWeights(0...(c - 1), load: a)
  return 1 / (1 + exp(logHead - logTail))
}
