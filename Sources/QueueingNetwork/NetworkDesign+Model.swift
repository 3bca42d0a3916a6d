import SimCore

extension NetworkDesign: ModelDesign {
  /// Every node's mean wait and the mean time in the system.
  public var keyMetrics: [String] { nodes.map { "node.\($0.name).wait.mean" } + ["system.sojourn.mean"] }

  public var validationSummary: String { "valid network scenario '\(name)' with \(nodes.count) nodes" }

  public func makeWorld() -> EmptyWorld { EmptyWorld() }

  /// With `records`, every wait is kept (exact percentiles) and replication 0 keeps one record
  /// per customer.
  public func runReplication(_ replication: Int, in world: EmptyWorld, records: Bool, eventLimit: Int)
    -> NetworkReplicationResult
  {
    NetworkSimulation.run(
      self, replication: replication, exactPercentiles: records, customerRecords: records && replication == 0,
      eventLimit: eventLimit)
  }
}

extension NetworkReplicationResult: ReplicationOutcome {}
