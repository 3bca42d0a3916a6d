import CGSL

/// One independent stream of random numbers: owns a GSL Mersenne Twister (mt19937) and frees it.
///
/// Streams are never shared between threads: each replication makes its own. Create them with
/// `RandomStream(master:replication:purpose:)` so that every draw is traceable to the scenario's
/// seed. There is no global random state anywhere in Stepwell.
public final class RandomStream {
  /// The GSL generator behind a stream.
  public enum Algorithm: Sendable {
    /// Mersenne Twister mt19937 (Matsumoto and Nishimura 1998): the default for long streams.
    case mt19937
    /// L'Ecuyer's taus2 (1996): 24 bytes of state and quick to seed, for the many short
    /// per-person streams of care scenarios.
    case taus2
  }

  @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>
  /// The arena holding the generator, if it is not the stream's own.
  let arena: StreamArena?

  /// The 64-bit seed this stream started from (never 0).
  public let seed: UInt64

  /// A stream seeded directly. `seed` 0 is replaced by a fixed non-zero value.
  ///
  /// mt19937 takes the low 32 bits of its seed (`unsigned long` truncated by GSL's
  /// `mt_set`), so the 64-bit seed is folded to 32 bits first, and a fold of 0 becomes 1.
  public init(seed: UInt64, algorithm: Algorithm = .mt19937) {
    RandomStream.disableGSLAbort
    self.seed = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    let type = algorithm == .mt19937 ? stepwell_rng_mt19937() : stepwell_rng_taus2()
    guard let rng = gsl_rng_alloc(type) else {
      fatalError("GSL could not allocate a random number generator (out of memory)")
    }
    generator = rng
    arena = nil
    gsl_rng_set(rng, RandomStream.generatorSeed(self.seed))
  }

  /// A stream seeded directly whose generator lives in `arena` (same draws as
  /// `init(seed:algorithm:)` with the arena's algorithm, without an allocation of its own).
  public init(seed: UInt64, arena: StreamArena) {
    RandomStream.disableGSLAbort
    self.seed = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    generator = arena.makeGenerator()
    self.arena = arena
    gsl_rng_set(generator, RandomStream.generatorSeed(self.seed))
  }

  /// The seed GSL receives: mt19937 takes the low 32 bits of its seed (`unsigned long`
  /// truncated by GSL's `mt_set`), so the 64-bit seed is folded to 32 bits first, and a fold of 0
  /// becomes 1.
  static func generatorSeed(_ seed: UInt64) -> UInt {
    let folded = UInt32(truncatingIfNeeded: seed ^ (seed >> 32))
    return UInt(folded == 0 ? 1 : folded)
  }

  /// The stream for `purpose` in `replication` under the master seed.
  public convenience init(
    master: UInt64, replication: Int, purpose: String, algorithm: Algorithm = .mt19937
  ) {
    self.init(
      seed: StreamSeed.derive(master: master, replication: replication, purpose: purpose),
      algorithm: algorithm)
  }

  deinit { if arena == nil { gsl_rng_free(generator) } }

  /// Turns GSL's abort-on-error handler off once per process.
  private static let disableGSLAbort: Void = stepwell_gsl_disable_abort()

  /// A uniform draw on [0, 1).
  @inlinable public func uniform() -> Double { gsl_rng_uniform(generator) }

  /// A uniform draw on (0, 1): never exactly 0.
  @inlinable public func uniformPositive() -> Double { gsl_rng_uniform_pos(generator) }

  /// A uniform integer in 0..<upperBound. `upperBound` must be at least 1.
  @inlinable public func integer(below upperBound: Int) -> Int {
    Int(gsl_rng_uniform_int(generator, UInt(upperBound)))
  }

  /// True with probability `p` (0...1).
  @inlinable public func bernoulli(_ p: Double) -> Bool { gsl_rng_uniform(generator) < p }

  /// An exponential draw with the given mean (> 0), in the caller's time unit.
  @inlinable public func exponential(mean: Double) -> Double {
    gsl_ran_exponential(generator, mean)
  }
}
