import Stochastics
import Testing

/// The first `count` uniforms of a stream.
private func uniforms(_ stream: RandomStream, _ count: Int = 16) -> [Double] {
  (0..<count).map { _ in stream.uniform() }
}

/// Undoes `z ^= z >> shift` on 64 bits.
private func unXorShift(_ y: UInt64, _ shift: UInt64) -> UInt64 {
  var x = y
  for _ in 0...(64 / shift) { x = y ^ (x >> shift) }
  return x
}

/// The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the
/// number of correct low bits; an odd `a` is its own inverse to 3 bits).
private func inverseModulo64(_ a: UInt64) -> UInt64 {
  var x = a
  for _ in 0..<6 { x = x &* (2 &- a &* x) }
  return x
}

/// The inverse of `StreamSeed.splitMix64`, so a test can aim a derivation at a raw result of 0.
private func inverseSplitMix64(_ value: UInt64) -> UInt64 {
  var z = unXorShift(value, 31)
  z = z &* inverseModulo64(0x94D0_49BB_1331_11EB)
  z = unXorShift(z, 27)
  z = z &* inverseModulo64(0xBF58_476D_1CE4_E5B9)
  z = unXorShift(z, 30)
  return z &- 0x9E37_79B9_7F4A_7C15
}

@Suite("StreamSeed")
struct StreamSeedTests {
  @Test("fnv1a matches published FNV-1a 64 test vectors")
  func fnv1aVectors() {
    #expect(StreamSeed.fnv1a("") == 0xCBF2_9CE4_8422_2325)
    #expect(StreamSeed.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
    #expect(StreamSeed.fnv1a("foobar") == 0x8594_4171_F739_67E8)
    #expect(StreamSeed.fnv1a("node.triage.service") == 0x791C_401D_671A_BA48)
  }

  @Test("splitMix64 matches the reference generator")
  func splitMix64Vectors() {
    // The first output of Vigna's splitmix64.c seeded with 0, and with 1234567.
    #expect(StreamSeed.splitMix64(0) == 0xE220_A839_7B1D_CDAF)
    #expect(StreamSeed.splitMix64(1_234_567) == 6_457_827_717_110_365_317)
  }

  @Test("Derived seeds are stable across versions (golden values)")
  func goldenDerivations() {
    // Computed with an independent Python implementation of SplitMix64 and FNV-1a.
    #expect(
      StreamSeed.derive(master: 42, replication: 0, purpose: "arrivals")
        == 0xF640_6249_CAAA_BB89)
    #expect(
      StreamSeed.derive(master: 42, replication: 1, purpose: "arrivals")
        == 0xE51A_B729_81C7_FAF4)
    #expect(
      StreamSeed.derive(master: 2024, replication: 7, purpose: "node.triage.service")
        == 0xAEBB_E1D0_B111_D944)
    #expect(StreamSeed.derive(master: 42, replication: -1, purpose: "x") == 0xF1D7_F019_7F98_AD57)
  }

  @Test("derive(purpose:) is derive(purposeHash: fnv1a(purpose))")
  func purposeHashOverload() {
    for purpose in ["", "arrivals", "person.1234.dna"] {
      #expect(
        StreamSeed.derive(master: 9, replication: 3, purpose: purpose)
          == StreamSeed.derive(master: 9, replication: 3, purposeHash: StreamSeed.fnv1a(purpose)))
    }
  }

  @Test("Derived seeds are never 0 and do not collide over a grid of inputs")
  func neverZeroNoCollisions() {
    var seen = Set<UInt64>()
    var total = 0
    for master: UInt64 in [0, 1, 42, .max] {
      for replication in -1..<100 {
        for purpose in ["", "arrivals", "service", "node.triage.service"] {
          let seed = StreamSeed.derive(master: master, replication: replication, purpose: purpose)
          #expect(seed != 0)
          seen.insert(seed)
          total += 1
        }
      }
    }
    #expect(seen.count == total)
  }

  @Test("A derivation whose raw result is 0 is replaced by a non-zero seed")
  func zeroIsReplaced() {
    #expect(inverseSplitMix64(StreamSeed.splitMix64(123_456_789)) == 123_456_789)
    #expect(StreamSeed.splitMix64(inverseSplitMix64(0)) == 0)
    let master: UInt64 = 77
    let replication = 5
    let inner = StreamSeed.splitMix64(
      StreamSeed.splitMix64(master) ^ UInt64(truncatingIfNeeded: replication))
    let evilHash = inner ^ inverseSplitMix64(0)
    let seed = StreamSeed.derive(master: master, replication: replication, purposeHash: evilHash)
    #expect(seed != 0)
    #expect(seed == 0x9E37_79B9_7F4A_7C15)
  }
}

@Suite("RandomStream")
struct RandomStreamTests {
  @Test("The same seed gives identical draws of every kind")
  func sameSeedSameDraws() throws {
    let a = RandomStream(seed: 12_345)
    let b = RandomStream(seed: 12_345)
    #expect(uniforms(a, 1_000) == uniforms(b, 1_000))
    let d = try Distribution.lognormal(mean: 5, sd: 2)
    for _ in 0..<1_000 {
      #expect(a.uniformPositive() == b.uniformPositive())
      #expect(a.integer(below: 97) == b.integer(below: 97))
      #expect(a.exponential(mean: 3) == b.exponential(mean: 3))
      #expect(d.sample(a) == d.sample(b))
    }
  }

  @Test("A master-derived stream is the stream of its derived seed")
  func masterInitMatchesDerive() {
    let seed = StreamSeed.derive(master: 99, replication: 4, purpose: "service")
    let a = RandomStream(master: 99, replication: 4, purpose: "service")
    let b = RandomStream(seed: seed)
    #expect(a.seed == seed)
    #expect(uniforms(a, 100) == uniforms(b, 100))
  }

  @Test("Different purposes, replications and masters give different streams")
  func differentInputsDifferentStreams() {
    let purposes = ["arrivals", "service", "node.triage.service", "node.triage.servic", ""]
    var streams: [[Double]] = purposes.map {
      uniforms(RandomStream(master: 1, replication: 0, purpose: $0))
    }
    streams += (1..<20).map { uniforms(RandomStream(master: 1, replication: $0, purpose: "")) }
    streams += [2, 3, .max].map { uniforms(RandomStream(master: $0, replication: 0, purpose: "")) }
    #expect(Set(streams).count == streams.count)
    // Not merely different: no two streams share a single one of their first 16 draws.
    let firsts = streams.flatMap { $0 }
    #expect(Set(firsts).count == firsts.count)
  }

  @Test("Seed 0 is replaced by a fixed non-zero seed")
  func zeroSeed() {
    let zero = RandomStream(seed: 0)
    #expect(zero.seed == 0x9E37_79B9_7F4A_7C15)
    #expect(uniforms(zero) == uniforms(RandomStream(seed: 0x9E37_79B9_7F4A_7C15)))
    #expect(RandomStream(seed: 5).seed == 5)
  }

  @Test("Seed 5489 reproduces the reference mt19937 outputs")
  func mt19937Reference() {
    // Matsumoto and Nishimura's mt19937 (and C++ std::mt19937) seeded with 5489 start
    // 3499211612, 581869302, 3890346734; GSL's uniform() is that 32-bit output / 2^32.
    let stream = RandomStream(seed: 5489)
    let raw = (0..<3).map { _ in stream.uniform() * 4_294_967_296 }
    #expect(raw == [3_499_211_612, 581_869_302, 3_890_346_734])
  }

  @Test("The high 32 bits of the seed change the stream")
  func highBitsMatter() {
    #expect(uniforms(RandomStream(seed: 7)) != uniforms(RandomStream(seed: 7 | 5 << 32)))
  }

  @Test("Streams hold no shared state: interleaving does not change either sequence")
  func noSharedState() {
    let a = RandomStream(seed: 11)
    let b = RandomStream(seed: 22)
    var interleaved: [Double] = []
    for _ in 0..<10 {
      interleaved.append(a.uniform())
      _ = b.uniform()
    }
    #expect(interleaved == uniforms(RandomStream(seed: 11), 10))
  }

  @Test("uniform is in [0, 1), uniformPositive in (0, 1), both with mean 1/2")
  func uniformRanges() {
    let stream = testStream("stream.uniform")
    let u = (0..<drawCount).map { _ in stream.uniform() }
    let v = (0..<drawCount).map { _ in stream.uniformPositive() }
    #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
    #expect(v.allSatisfy { $0 > 0 && $0 < 1 })
    let se = (1.0 / 12 / Double(drawCount)).squareRoot()
    #expect(abs(SampleSummary(u).mean - 0.5) <= 3 * se)
    #expect(abs(SampleSummary(v).mean - 0.5) <= 3 * se)
  }

  @Test("integer(below:) covers 0..<n evenly")
  func integers() {
    let stream = testStream("stream.integer")
    let n = 7
    var counts = [Int](repeating: 0, count: n)
    for _ in 0..<drawCount {
      let i = stream.integer(below: n)
      guard (0..<n).contains(i) else {
        Issue.record("integer(below: \(n)) returned \(i)")
        return
      }
      counts[i] += 1
    }
    let p = 1 / Double(n)
    let se = proportionStandardError(p, drawCount)
    for (i, c) in counts.enumerated() {
      #expect(abs(Double(c) / Double(drawCount) - p) <= 3 * se, "cell \(i): \(c)")
    }
    #expect((0..<100).allSatisfy { _ in stream.integer(below: 1) == 0 })
  }

  @Test("bernoulli(p) is true with frequency p")
  func bernoulliFrequency() {
    let stream = testStream("stream.bernoulli")
    #expect((0..<1_000).allSatisfy { _ in !stream.bernoulli(0) })
    #expect((0..<1_000).allSatisfy { _ in stream.bernoulli(1) })
    let hits = (0..<drawCount).filter { _ in stream.bernoulli(0.25) }.count
    let observed = Double(hits) / Double(drawCount)
    #expect(abs(observed - 0.25) <= 3 * proportionStandardError(0.25, drawCount))
  }

  @Test("exponential(mean:) has the requested mean and variance")
  func exponentialDraws() {
    let stream = testStream("stream.exponential")
    let xs = (0..<drawCount).map { _ in stream.exponential(mean: 4) }
    #expect(xs.allSatisfy { $0 >= 0 })
    let s = SampleSummary(xs)
    #expect(abs(s.mean - 4) <= 3 * s.meanStandardError(trueVariance: 16))
    #expect(abs(s.variance - 16) <= 4 * s.varianceStandardError)
  }
}
