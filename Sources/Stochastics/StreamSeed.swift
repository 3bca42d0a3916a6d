/// Derives independent generator seeds from a master seed, a replication and a named purpose.
///
/// Seeds are mixed with SplitMix64 (Steele, Lea and Flood 2014) so that neighbouring inputs give
/// unrelated outputs, and the purpose is hashed with 64-bit FNV-1a, which (unlike Swift's `Hasher`)
/// is the same in every process. A derived seed is never 0, which GSL's mt19937 maps to 4357.
public enum StreamSeed {
  /// One round of the SplitMix64 finaliser.
  @inlinable
  public static func splitMix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The 64-bit FNV-1a hash of a string's UTF-8 bytes: stable across runs and platforms.
  public static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// The seed of the stream for `purpose` in `replication` (0-based) under `master`.
  ///
  /// - Parameters:
  ///   - master: the scenario's master seed.
  ///   - replication: the replication index, from 0.
  ///   - purpose: a stable name such as `"node.triage.service"` or `"person.1234.dna"`.
  /// - Returns: a non-zero 64-bit seed.
  public static func derive(master: UInt64, replication: Int, purpose: String) -> UInt64 {
    derive(master: master, replication: replication, purposeHash: fnv1a(purpose))
  }

  /// As `derive(master:replication:purpose:)`, with the purpose already hashed.
  @inlinable
  public static func derive(master: UInt64, replication: Int, purposeHash: UInt64) -> UInt64 {
    var z = splitMix64(master)
    z = splitMix64(z ^ UInt64(truncatingIfNeeded: replication))
    z = splitMix64(z ^ purposeHash)
    return z == 0 ? 0x9E37_79B9_7F4A_7C15 : z
  }
}
