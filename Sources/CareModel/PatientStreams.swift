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

  static let purposes = ["route", "course", "dna", "deterioration", "relapse", "suicide", "remission", "booking"]
  static let hashes = purposes.map { StreamSeed.fnv1a("person.\($0)") }

  init(master: UInt64, replication: Int, key: UInt64) {
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
  }
}
