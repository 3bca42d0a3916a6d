import CareModel

/// Little's law on the simulated list: the time-average number waiting L against lambda x W,
/// where lambda is the rate of starts and W their mean wait, each replication after warm-up.
///
/// On one replication the two differ only by edge effects (people already waiting at the end of
/// warm-up, or still waiting at the horizon), so they agree closely on any service.
public struct LittleCheck: Encodable, Sendable {
  /// lambda: starts per day, averaged over replications.
  public let arrivalRatePerDay: Double?
  /// W: the mean wait of those starts (days), averaged over replications.
  public let waitMeanDays: Double?
  /// lambda x W of each replication, averaged (people).
  public let lambdaTimesWait: Double?
  /// L: the simulated time-average number waiting, averaged over replications (people).
  public let waitingListMean: Double?

  /// Little's law on `service`'s list in every replication.
  init(service: String, replications: [CareReplicationResult]) {
    let lists = replications.compactMap { result in result.lists.first { $0.service == service } }
    func average(_ values: [Double]) -> Double? {
      values.isEmpty ? nil : Finite.value(values.reduce(0, +) / Double(values.count))
    }
    arrivalRatePerDay = average(lists.map(\.startsPerDay))
    waitMeanDays = average(lists.map(\.meanWait))
    lambdaTimesWait = average(lists.map { $0.startsPerDay * $0.meanWait })
    waitingListMean = average(lists.map(\.meanWaiting))
  }

  enum CodingKeys: String, CodingKey {
    case arrivalRatePerDay, waitMeanDays, lambdaTimesWait, waitingListMean
  }

  /// Writes every key, with null for a missing value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(arrivalRatePerDay, forKey: .arrivalRatePerDay)
    try container.encode(waitMeanDays, forKey: .waitMeanDays)
    try container.encode(lambdaTimesWait, forKey: .lambdaTimesWait)
    try container.encode(waitingListMean, forKey: .waitingListMean)
  }
}
