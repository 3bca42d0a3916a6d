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

  /// - Parameter conditions: true to create the `conditions` stream.
  init(master: UInt64, replication: Int, key: UInt64, conditions: Bool = false) {
    let streams = PatientStreams.hashes.map {
      RandomStream(
        seed: StreamSeed.derive(
          master: master, replication: replication,
          purposeHash: $0 ^ StreamSeed.splitMix64(key)),
        algorithm: .taus2)
    }
    route = streams[0]
    course = streams[1]
    dna = streams[2]
    deterioration = streams[3]
    relapse = streams[4]
    suicide = streams[5]
    remission = streams[6]
    booking = streams[7]
    self.conditions =
      conditions
      ? RandomStream(
        seed: StreamSeed.derive(
          master: master, replication: replication,
          purposeHash: PatientStreams.conditionsHash ^ StreamSeed.splitMix64(key)),
        algorithm: .taus2) : nil
  }
}
