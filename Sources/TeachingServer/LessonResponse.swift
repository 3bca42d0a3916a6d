/// The body of a successful `POST /api/lesson` (docs/teaching-api.md describes every field).
public struct LessonResponse: Encodable, Sendable {
  public let lesson: String
  public let title: String
  /// The values run.
  public let inputs: LessonValues
  /// Simulated days per replication and the warm-up (days).
  public let horizonDays: Double
  public let warmupDays: Double
  /// The set-ups, in the lesson's order.
  public let setups: [LessonSetUpResult]
  public let prediction: LessonPrediction
}

/// What one set-up of a lesson gave.
public struct LessonSetUpResult: Encodable, Sendable {
  public let label: String
  public let lists: Int
  public let serversPerList: Int
  /// Extra places over every list and for how many weeks.
  public let reliefServers: Int
  public let reliefWeeks: Double
  public let fixedLength: Bool
  public let missedShare: Double
  public let visits: Double
  public let serviceDays: Double
  /// Key figures over replications, with 95% intervals.
  public let metrics: [MetricValue]
  @NullWhenMissing public var theory: LessonTheory?
  /// False when the list has not settled: utilisation at or above 0.95, or a list still growing.
  public let settled: Bool
  /// Why it has not settled, in words; null when it has.
  @NullWhenMissing public var settledNote: String?
  /// The people waiting over every list, week by week (week 0 first).
  public let waitingList: WeeklyBand
  /// The event log of replication 1's first weeks; null unless asked for.
  @NullWhenMissing public var animation: Animation?
  /// Events handled over every replication.
  public let events: Int
}

/// A weekly series over replications: the mean and 95% interval of each week.
public struct WeeklyBand: Encodable, Sendable {
  public let weekStartDays: [Double]
  public let mean: [Double?]
  public let ciLow: [Double?]
  public let ciHigh: [Double?]
}

/// The real event sequence of the start of replication 1, for the page to replay.
public struct Animation: Encodable, Sendable {
  /// Events up to this day are included.
  public let untilDays: Double
  /// True when the count limit cut the log before `until_days`.
  public let truncated: Bool
  /// The most places each list has at any time (relief included).
  public let placesPerList: [Int]
  /// The events in time order; people of a backlog arrive at day 0.
  public let events: [AnimationEvent]
}

/// One logged event: `arrival` (joins a list), `start` (takes a place), `end` (leaves it).
public struct AnimationEvent: Encodable, Sendable, Equatable {
  /// Day of the event.
  public let t: Double
  public let kind: String
  /// The person's number (from 1).
  public let person: Int
  /// The list (0-based).
  public let list: Int
  /// The place on that list (0-based) for start and end; null for arrivals.
  @NullWhenMissing public var place: Int?
}
