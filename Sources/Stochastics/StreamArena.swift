import CGSL

/// Storage for many small generators of one algorithm, carved out of large blocks, so that
/// making a stream costs no allocation of its own (GSL's `gsl_rng_alloc` makes two).
///
/// A care replication makes several streams per person referred; the arena keeps their
/// generators until the arena and every stream made from it are gone. Not shared between
/// threads: each replication makes its own.
public final class StreamArena {
  /// The GSL generator type of every stream in the arena.
  @usableFromInline let type: UnsafePointer<gsl_rng_type>
  /// Bytes per generator: the `gsl_rng` header then its state, rounded up to 16.
  let slotSize: Int
  /// Generators per block.
  let slotsPerBlock: Int
  var blocks: [UnsafeMutableRawPointer] = []
  /// Generators used in the newest block.
  var used: Int

  /// An arena for generators of `algorithm`, `slotsPerBlock` (>= 1) generators per block.
  public init(algorithm: RandomStream.Algorithm, slotsPerBlock: Int = 1024) {
    type = algorithm == .mt19937 ? stepwell_rng_mt19937() : stepwell_rng_taus2()
    let header = (MemoryLayout<gsl_rng>.stride + 15) & ~15
    slotSize = header + ((type.pointee.size + 15) & ~15)
    self.slotsPerBlock = max(1, slotsPerBlock)
    used = self.slotsPerBlock
  }

  deinit {
    for block in blocks { block.deallocate() }
  }

  /// A zeroed generator of the arena's type, not yet seeded.
  func makeGenerator() -> UnsafeMutablePointer<gsl_rng> {
    if used == slotsPerBlock {
      let block = UnsafeMutableRawPointer.allocate(byteCount: slotSize * slotsPerBlock, alignment: 16)
      blocks.append(block)
      used = 0
    }
    let slot = blocks[blocks.count - 1] + used * slotSize
    used += 1
    let header = (MemoryLayout<gsl_rng>.stride + 15) & ~15
    let state = slot + header
    state.initializeMemory(as: UInt8.self, repeating: 0, count: slotSize - header)
    let generator = slot.bindMemory(to: gsl_rng.self, capacity: 1)
    generator.initialize(to: gsl_rng(type: type, state: state))
    return generator
  }
}
