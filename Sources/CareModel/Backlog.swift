import Stochastics

/// People on a service's list when the run starts, and how long each has waited so far.
public struct Backlog: Sendable {
  /// How the waits so far are given.
  public enum Ages: Sendable {
    /// Each person's wait so far (days) is drawn from a distribution.
    case drawn(Distribution)
    /// A current list: `count` people have each waited `days` so far (a `waited_days,count` CSV).
    case listed([(days: Double, count: Int)])
  }

  /// How many are waiting.
  public var count: Int
  /// How long they have waited so far.
  public var ages: Ages
  /// The share with severe common mental disorder (the rest mild to moderate), 0...1.
  public var severeShare: Double

  /// People whose waits so far are drawn from `ageOfWait` (days).
  public init(count: Int, ageOfWait: Distribution, severeShare: Double = 0) {
    self.count = count
    ages = .drawn(ageOfWait)
    self.severeShare = severeShare
  }

  /// A current list: rows of (days waited so far, people).
  public init(rows: [(days: Double, count: Int)], severeShare: Double = 0) {
    count = rows.reduce(0) { $0 + $1.count }
    ages = .listed(rows)
    self.severeShare = severeShare
  }

  /// The days waited so far by each of the `count` people, in list order (drawn ones use
  /// `stream`, one draw each, cut at zero).
  func waitsSoFar(_ stream: RandomStream) -> [Double] {
    switch ages {
    case .drawn(let distribution):
      return (0..<count).map { _ in max(0, distribution.sample(stream)) }
    case .listed(let rows):
      return rows.flatMap { row in [Double](repeating: max(0, row.days), count: row.count) }
    }
  }
}

/// People already holding places in a service when the run starts.
public struct StartingOccupants: Sendable {
  /// How many hold a place (people). In beds, those beyond the local beds are out of area.
  public var count: Int
  /// The share with severe common mental disorder (the rest mild to moderate), 0...1; used by
  /// therapy and caseload services whose occupants go on along the pathway.
  public var severeShare: Double

  public init(count: Int, severeShare: Double = 0) {
    self.count = count
    self.severeShare = severeShare
  }
}
