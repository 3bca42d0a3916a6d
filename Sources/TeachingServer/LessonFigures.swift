import QueueingNetwork
import StepwellMetrics

/// The figures of one replication of a lesson set-up, over every list.
struct LessonFigures {
  /// Mean waits of people who entered after warm-up and left by the horizon (days): before
  /// their first booking, and over all their bookings.
  let firstWait: Double
  let totalWait: Double
  /// Mean wait per booking after warm-up, over every list (days).
  let bookingWait: Double
  /// Mean utilisation of the lists' places after warm-up.
  let utilisation: Double
  /// Time-average people waiting after warm-up, and at the horizon.
  let listMean: Double
  let waitingAtEnd: Double
  /// People waiting in each week (time average over the week), summed over lists.
  let weeklyList: [Double]
  /// The least-squares slope of the weekly list after warm-up (people a year).
  let growthPerYear: Double
  /// The first week (counted from 1) whose list is at most the usual list; NaN when none is.
  let clearWeeks: Double

  init(_ result: NetworkReplicationResult, design: NetworkDesign, usualList: Double?) {
    let people = result.customerRecords.filter { $0.outcome == .departed && $0.entered >= design.warmup }
    let count = Double(people.count)
    firstWait = people.isEmpty ? .nan : people.reduce(0) { $0 + $1.firstWait } / count
    totalWait = people.isEmpty ? .nan : people.reduce(0) { $0 + $1.totalWait } / count
    func metric(_ node: String, _ kind: NodeMetric) -> Double {
      result.metrics.first { $0.name == MetricKey.node(node, kind).name }?.value ?? .nan
    }
    let names = design.nodes.map(\.name)
    let completions = names.map { metric($0, .completions) }
    let served = completions.reduce(0, +)
    bookingWait =
      served > 0 ? zip(names, completions).reduce(0) { $0 + metric($1.0, .waitMean) * $1.1 } / served : .nan
    utilisation = names.map { metric($0, .utilisation) }.reduce(0, +) / Double(max(1, names.count))
    listMean = names.map { metric($0, .queueLengthMean) }.reduce(0, +)
    waitingAtEnd = Double(result.waitingAtEnd.reduce(0, +))
    var weekly = [Double](repeating: 0, count: result.binStarts.count)
    for (_, values) in result.series {
      for (week, value) in values.enumerated() where week < weekly.count { weekly[week] += value }
    }
    weeklyList = weekly
    let measured = zip(result.binStarts, weekly).filter { $0.0 >= design.warmup }
    growthPerYear = LessonFigures.slope(measured) * 365.25
    if let usualList, design.nodes.contains(where: { $0.backlog > 0 }) {
      let first = weekly.firstIndex { $0 <= max(1, usualList) }
      clearWeeks = first.map { Double($0 + 1) } ?? .nan
    } else {
      clearWeeks = .nan
    }
  }

  /// The least-squares slope of y on x (y per unit of x); 0 with fewer than two points.
  static func slope(_ points: [(Double, Double)]) -> Double {
    guard points.count > 1 else { return 0 }
    let n = Double(points.count)
    let meanX = points.reduce(0) { $0 + $1.0 } / n
    let meanY = points.reduce(0) { $0 + $1.1 } / n
    let sxy = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
    let sxx = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.0 - meanX) }
    return sxx > 0 ? sxy / sxx : 0
  }
}
