import CareModel

/// Little's law on the simulated list: the time-average number waiting L against lambda x W,
/// where lambda is the rate of starts and W their mean wait, each replication after warm-up.
///
/// On one replication the two differ only by edge effects (people already waiting at the end of
/// warm-up, or still waiting at the horizon), so they agree closely on any service.
public struct LittleCheck: Encodable, Sendable {
  /// lambda: starts per day, averaged over replications.
  @NullWhenMissing public var arrivalRatePerDay: Double?
  /// W: the mean wait of those starts (days), averaged over replications.
  @NullWhenMissing public var waitMeanDays: Double?
  /// lambda x W of each replication, averaged (people).
  @NullWhenMissing public var lambdaTimesWait: Double?
  /// L: the simulated time-average number waiting, averaged over replications (people).
  @NullWhenMissing public var waitingListMean: Double?

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
}
