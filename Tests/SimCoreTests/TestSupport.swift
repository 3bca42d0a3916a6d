/// A small seeded generator (SplitMix64, Steele, Lea & Flood 2014): SimCore has no RNG, and the
/// tests need reproducible pseudo-random inputs.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) with 53 random bits.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A uniform integer in `0..<bound` (bound > 0).
  mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &self) }
}

/// A named seed, so that a failing `@Test(arguments:)` case says which input it was.
struct Seed: Sendable, CustomStringConvertible {
  let label: String
  let value: UInt64

  var description: String { "\(label) (\(value))" }

  /// The seeds the randomised tests loop over.
  static let all: [Seed] = [
    Seed(label: "zero", value: 0),
    Seed(label: "one", value: 1),
    Seed(label: "answer", value: 42),
    Seed(label: "golden", value: 0x9E37_79B9_7F4A_7C15),
    Seed(label: "all-ones", value: .max),
  ]
}

/// `true` when `actual` is within `relative * |expected|` of `expected`, or `absolute` of it.
func isClose(
  _ actual: Double, _ expected: Double, relative: Double = 1e-12, absolute: Double = 1e-12
) -> Bool {
  abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// The exact nearest-rank `p`-quantile of `sorted` (ascending, non-empty): the value at rank
/// `ceil(p * n)`, clamped to 1...n.
func nearestRank(_ sorted: [Double], _ p: Double) -> Double {
  let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
  return sorted[min(rank, sorted.count) - 1]
}

/// A class whose instances count themselves, to check that containers release payloads.
final class Tracked {
  /// Instances made and destroyed; each test owns its counter, so tests can run in parallel.
  final class Counter {
    var created = 0
    var destroyed = 0
    var live: Int { created - destroyed }
  }

  let id: Int
  let counter: Counter

  init(_ id: Int, counter: Counter) {
    self.id = id
    self.counter = counter
    counter.created += 1
  }

  deinit { counter.destroyed += 1 }
}

/// The first index at which two sequences differ (a missing element counts), or nil if equal.
/// Randomised tests compare whole runs with it, so a bug yields one issue, not thousands.
func firstDifference<T: Equatable>(_ actual: [T], _ expected: [T]) -> Int? {
  for index in 0..<max(actual.count, expected.count) {
    guard index < actual.count, index < expected.count, actual[index] == expected[index] else {
      return index
    }
  }
  return nil
}
