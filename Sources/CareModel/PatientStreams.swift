import Stochastics

/// A person's random streams, one per purpose, so the same person draws the same numbers for
/// the same purpose in every design (common random numbers).
struct PatientStreams {
  let route: RandomStream
  let course: RandomStream
  let dna: RandomStream
  let deterioration: RandomStream
  let relapse: RandomStream
  let suicide: RandomStream
  let remission: RandomStream
  let booking: RandomStream
  /// Routing to condition management (`pathway.long_term_conditions`); nil when the design has
  /// no such pathway, so designs without it create no extra stream.
  let conditions: RandomStream?

  static let purposes = ["route", "course", "dna", "deterioration", "relapse", "suicide", "remission", "booking"]
  static let hashes = purposes.map { StreamSeed.fnv1a("person.\($0)") }
  static let conditionsHash = StreamSeed.fnv1a("person.long_term_condition")

  /// - Parameters:
  ///   - conditions: true to create the `conditions` stream.
  ///   - arena: where the generators live (taus2).
  init(master: UInt64, replication: Int, key: UInt64, conditions: Bool = false, arena: StreamArena) {
    let mixedKey = StreamSeed.splitMix64(key)
    func stream(_ hash: UInt64) -> RandomStream {
      RandomStream(
        seed: StreamSeed.derive(master: master, replication: replication, purposeHash: hash ^ mixedKey),
        arena: arena)
    }
    let hashes = PatientStreams.hashes
    route = stream(hashes[0])
    course = stream(hashes[1])
    dna = stream(hashes[2])
    deterioration = stream(hashes[3])
    relapse = stream(hashes[4])
    suicide = stream(hashes[5])
    remission = stream(hashes[6])
    booking = stream(hashes[7])
    self.conditions = conditions ? stream(PatientStreams.conditionsHash) : nil
  }
}
