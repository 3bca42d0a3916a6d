extension MetricCatalogue {
  /// Network metrics, one value per replication, in the order a run writes them (`engine.events`
  /// is shared with care and listed there).
  static let network: [MetricDefinition] =
    NodeMetric.allCases.map(nodeDefinition) + [
      MetricDefinition(
        MetricKey.systemSojournMean.name, label: "Time in the network, mean", unit: .time, aggregation: .mean,
        definition: "Mean time in the network of customers who left after warm-up", models: [.network])
    ]

  /// The definition of one per-node metric.
  static func nodeDefinition(_ metric: NodeMetric) -> MetricDefinition {
    let name = MetricKey.node("<name>", metric).name
    let (label, unit, aggregation, definition): (String, MetricUnit, MetricAggregation, String) =
      switch metric {
      case .waitMean:
        ("Node <name>: wait, mean", .time, .mean, "Joining the queue to starting service, over customers served")
      case .waitP90:
        (
          "Node <name>: wait, 90th percentile", .time, .percentile90,
          "90th percentile of the same waits (nearest rank; log-linear histogram, exact with --records)"
        )
      case .queueLengthMean:
        ("Node <name>: queue length, mean", .customers, .timeAverage, "Number waiting, excluding those in service")
      case .utilisation:
        ("Node <name>: utilisation", .share, .timeAverage, "Busy servers / servers on duty")
      case .completions:
        ("Node <name>: completions", .customers, .count, "Service completions")
      case .lost:
        ("Node <name>: lost", .customers, .count, "Arrivals turned away by a full queue (`capacity`)")
      case .reneged:
        ("Node <name>: reneged", .customers, .count, "Customers who left the queue out of patience")
      }
    return MetricDefinition(
      name, label: label, unit: unit, aggregation: aggregation, definition: definition, models: [.network])
  }
}
