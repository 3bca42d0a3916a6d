/// A fixed-memory histogram of non-negative values with log-linear buckets, for percentiles.
///
/// Each binary octave [2^e, 2^(e+1)) is cut into 1,024 equal buckets, so a bucket spans at most
/// 2^-10 of its lower edge and the reported bucket midpoint is within 0.05% of any value in it
/// (the contract asks for at most 0.1%). Octaves from 2^-20 (about 1e-6) to 2^44 (about 1.8e13)
/// are kept; smaller values count as 0 and larger ones as the top bucket. The result is clamped to
/// the smallest and largest values seen, so extreme percentiles are exact.
/// Memory: 65,536 counters (256 KiB), whatever the number of values.
public struct LogHistogram: Sendable {
  @usableFromInline static var subBucketBits: UInt64 { 10 }
  @usableFromInline static var minExponent: Int { -20 }
  @usableFromInline static var octaves: Int { 64 }
  @usableFromInline static var bucketCount: Int { octaves << Int(subBucketBits) }

  @usableFromInline var counts: [UInt32]
  /// Values below 2^-20 (including exact zeros).
  @usableFromInline var zeroCount: Int = 0
  /// The number of values recorded.
  @usableFromInline var _count: Int = 0
  public var count: Int { _count }
  /// The smallest and largest values recorded.
  /// The smallest value recorded.
  @usableFromInline var _minimum = Double.infinity
  public var minimum: Double { _minimum }
  /// The largest value recorded.
  @usableFromInline var _maximum = -Double.infinity
  public var maximum: Double { _maximum }

  /// An empty histogram.
  public init() { counts = [UInt32](repeating: 0, count: LogHistogram.bucketCount) }

  /// A placeholder without buckets for a tally that keeps no histogram; never recorded into.
  @usableFromInline init(unused: Void) { counts = [] }

  /// Records a value (>= 0; negative values are treated as 0).
  @inlinable
  public mutating func record(_ value: Double) {
    _count &+= 1
    if value < _minimum { _minimum = value }
    if value > _maximum { _maximum = value }
    guard let index = LogHistogram.bucketIndex(value) else {
      zeroCount &+= 1
      return
    }
    counts[index] &+= 1
  }

  /// The bucket of `value`, or nil when it counts as zero.
  @inlinable
  static func bucketIndex(_ value: Double) -> Int? {
    guard value >= 0x1p-20 else { return nil }
    let clamped = Swift.min(value, 0x1.fffffffffffffp43)
    let bits = clamped.bitPattern
    let biasedExponent = Int((bits >> 52) & 0x7FF)
    let octave = biasedExponent - 1023 - minExponent
    let sub = Int((bits >> (52 - subBucketBits)) & ((1 << subBucketBits) - 1))
    return (octave << Int(subBucketBits)) | sub
  }

  /// The midpoint of bucket `index`.
  static func midpoint(ofBucket index: Int) -> Double {
    let octave = index >> Int(subBucketBits)
    let sub = index & ((1 << Int(subBucketBits)) - 1)
    let base = Double(sign: .plus, exponent: octave + minExponent, significand: 1)
    let width = base / Double(1 << Int(subBucketBits))
    return base + (Double(sub) + 0.5) * width
  }

  /// The `p`-quantile (0 < p <= 1) by the nearest-rank method; nil when empty.
  public func quantile(_ p: Double) -> Double? {
    guard _count > 0 else { return nil }
    let rank = Swift.max(1, Int((p * Double(_count)).rounded(.up)))
    var seen = zeroCount
    if seen >= rank { return Swift.max(0, Swift.min(_minimum, 0)) }
    // The extreme ranks are the extremes seen, exactly (a bucket midpoint can fall inside them).
    if rank >= _count { return _maximum }
    if rank == 1 { return _minimum }
    for index in counts.indices where counts[index] != 0 {
      seen += Int(counts[index])
      if seen >= rank {
        return Swift.min(_maximum, Swift.max(_minimum, LogHistogram.midpoint(ofBucket: index)))
      }
    }
    return _maximum
  }

  /// Forgets every value.
  public mutating func reset() {
    for index in counts.indices { counts[index] = 0 }
    zeroCount = 0
    _count = 0
    _minimum = .infinity
    _maximum = -.infinity
  }
}
