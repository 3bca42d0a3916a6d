import Foundation
import Scenario

/// A national run: the boards' results merged, replication by replication, into national
/// totals, in board order. Building it runs nothing, so results computed anywhere (threads,
/// processes, Dask workers) merge into the same bytes.
public struct NationalRun: Sendable {
  /// The national scenario's name.
  public let name: String
  /// Each board's result, in the scenario's board order.
  public let boards: [BoardResult]
  /// The national metrics and series of every replication, and their summaries.
  public let tables: ReplicationTables
  /// The national targets (metric name to value) from the scenario's `targets`.
  public let targets: [String: Double]
  /// Wall-clock seconds for the boards (set by the runner; 0 for a merge of stored results).
  public var wallSeconds: Double = 0

  /// Merges board results (all with the same replications, metrics and bins).
  public init(name: String, boards: [BoardResult], targets: [String: Double] = [:]) {
    self.name = name
    self.boards = boards
    self.targets = targets
    tables = NationalRun.merged(boards)
  }

  /// Replications in every board (the fewest, should a board have fewer).
  public var replicationCount: Int { boards.map(\.metrics.count).min() ?? 0 }

  /// Events over every board's replications.
  public var totalEvents: Int { boards.reduce(0) { $0 + $1.events } }

  /// Residents over all boards.
  public var population: Int { boards.reduce(0) { $0 + $1.plan.population } }

  /// The first board whose replication stopped at its event limit, if any.
  public var stoppedBoard: BoardResult? { boards.first { $0.stoppedReplication != nil } }

  /// National metrics and series: for each replication, each metric combined over the boards by
  /// its `NationalMetricRule`; each series summed.
  static func merged(_ boards: [BoardResult]) -> ReplicationTables {
    guard let first = boards.first else { return ReplicationTables(metrics: [], series: [], binStarts: []) }
    let replications = boards.map(\.metrics.count).min() ?? 0
    var names = first.metricNames
    var known = Set(names)
    for board in boards.dropFirst() {
      for name in board.metricNames where !known.contains(name) {
        names.append(name)
        known.insert(name)
      }
    }
    let rules = names.map(NationalMetricRule.rule(for:))
    let indices = boards.map { board in
      Dictionary(board.metricNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let weightIndex = indices.map { $0[NationalMetricRule.weightMetric] }
    var metrics: [[(name: String, value: Double)]] = []
    for r in 0..<replications {
      let weights = boards.indices.map { b in weightIndex[b].map { boards[b].metrics[r][$0] } ?? 0 }
      metrics.append(
        names.enumerated().map { m, name in
          var values: [Double] = []
          var used: [Double] = []
          for b in boards.indices {
            guard let index = indices[b][name] else { continue }
            values.append(boards[b].metrics[r][index])
            used.append(weights[b])
          }
          return (name, rules[m].combine(values, weights: used))
        })
    }
    let bins = first.binStarts
    let sameBins = boards.allSatisfy { $0.binStarts == bins && $0.seriesNames == first.seriesNames }
    var series: [[(name: String, values: [Double])]] = []
    for r in 0..<replications where sameBins {
      series.append(
        first.seriesNames.indices.map { s in
          var total = [Double](repeating: 0, count: bins.count)
          for board in boards {
            for (bin, value) in board.series[r][s].enumerated() { total[bin] += value }
          }
          return (first.seriesNames[s], total)
        })
    }
    return ReplicationTables(metrics: metrics, series: series, binStarts: sameBins ? bins : [])
  }
}
