/// A small seeded generator (SplitMix64) so every mutant can be rebuilt from its seed.
struct FuzzRandom: RandomNumberGenerator {
  private var state: UInt64

  /// A generator whose whole sequence is fixed by `seed`.
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A random element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

  /// True with probability `p` (0...1).
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
