import SimCore

/// What one draw produced for one design: each replication's metric values (in the order of
/// `names`), the events handled, and the first replication that stopped at its event limit.
public struct PSADrawOutcome: Sendable, Codable {
  /// Metric names, in output order.
  let names: [String]
  /// values[r][m]: replication r of the draw, metric m.
  let values: [[Double]]
  /// Events over the draw's replications.
  let events: Int
  /// Events of each replication.
  let replicationEvents: [Int]
  /// The index (within the draw) of the first replication cut short by its event limit.
  let stopped: Int?

  /// Runs replications `range` of `design` on this thread, building its world once.
  static func run<Design: ModelDesign>(_ design: Design, replications range: Range<Int>, eventLimit: Int)
    -> PSADrawOutcome
  {
    let world = design.makeWorld()
    var names: [String] = []
    var values: [[Double]] = []
    var events: [Int] = []
    var stopped: Int?
    for replication in range {
      let outcome = design.runReplication(replication, in: world, records: false, eventLimit: eventLimit)
      if names.isEmpty { names = outcome.metrics.map(\.name) }
      values.append(outcome.metrics.map(\.value))
      events.append(outcome.events)
      if outcome.stoppedAtEventLimit, stopped == nil { stopped = replication - range.lowerBound }
    }
    return PSADrawOutcome(
      names: names, values: values, events: events.reduce(0, +), replicationEvents: events, stopped: stopped)
  }
}
