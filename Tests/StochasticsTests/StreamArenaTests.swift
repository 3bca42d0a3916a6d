import Stochastics
import Testing

@Suite("StreamArena: generators carved from shared blocks")
struct StreamArenaTests {
  @Test(
    "A stream in an arena draws exactly what a stream with its own generator draws",
    arguments: [RandomStream.Algorithm.taus2, .mt19937])
  func sameDraws(algorithm: RandomStream.Algorithm) {
    // Two generators per block, so the seven streams span four blocks.
    let arena = StreamArena(algorithm: algorithm, slotsPerBlock: 2)
    let seeds: [UInt64] = [0, 1, 42, 0xDEAD_BEEF, 1 << 40, .max, 0x9E37_79B9_7F4A_7C15]
    let pooled = seeds.map { RandomStream(seed: $0, arena: arena) }
    let own = seeds.map { RandomStream(seed: $0, algorithm: algorithm) }
    for (a, b) in zip(pooled, own) {
      #expect(a.seed == b.seed)
      for _ in 0..<200 {
        #expect(a.uniform() == b.uniform())
        #expect(a.exponential(mean: 2.5) == b.exponential(mean: 2.5))
        #expect(a.integer(below: 1_000) == b.integer(below: 1_000))
      }
    }
  }

  @Test("Streams made one after another in an arena are independent of each other's draws")
  func interleavedStreamsStayApart() {
    let arena = StreamArena(algorithm: .taus2, slotsPerBlock: 3)
    let first = RandomStream(seed: 7, arena: arena)
    let burnt = (0..<50).map { _ in first.uniform() }
    let second = RandomStream(seed: 8, arena: arena)
    let alone = RandomStream(seed: 8, algorithm: .taus2)
    #expect((0..<50).map { _ in second.uniform() } == (0..<50).map { _ in alone.uniform() })
    // The first stream goes on from where it was, untouched by the second's seeding.
    let fresh = RandomStream(seed: 7, algorithm: .taus2)
    #expect((0..<100).map { _ in fresh.uniform() } == burnt + (0..<50).map { _ in first.uniform() })
  }

  @Test("A stream keeps its arena alive after the arena's maker lets it go")
  func streamOutlivesItsMaker() {
    var stream: RandomStream?
    do {
      let arena = StreamArena(algorithm: .taus2)
      stream = RandomStream(seed: 99, arena: arena)
    }
    let reference = RandomStream(seed: 99, algorithm: .taus2)
    #expect(stream?.uniform() == reference.uniform())
  }
}
