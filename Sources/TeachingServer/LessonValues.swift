/// The values a learner can set in a lesson; each lesson starts from its own.
public struct LessonValues: Encodable, Sendable, Equatable {
  /// All arrivals a week (people per week).
  public var arrivalsPerWeek: Double
  /// Places over every list.
  public var servers: Int
  /// Mean days a booking holds a place.
  public var serviceDays: Double
  /// The share of bookings missed without reminder call-backs.
  public var missedShare = 0.0
  /// Mean sessions per course (each booked on its own where the lesson says so).
  public var visits = 1.0
  /// People waiting on day 0.
  public var backlog = 0
  /// Extra places from day 0, and for how many weeks.
  public var reliefServers = 0
  public var reliefWeeks = 0.0
  /// Simulated weeks per replication, warm-up included.
  public var weeks: Int
  public var replications: Int
  public var seed = 1
}

/// The ranges of each value a lesson request may set. They bound a request's work together with
/// ``LessonRequest/maxBookings``.
public enum LessonLimits {
  public static let arrivalsPerWeek = 0.1...60.0
  public static let servers = 1...40
  public static let serviceDays = 0.1...120.0
  public static let missedShare = 0.0...0.5
  public static let visits = 1.0...20.0
  public static let backlog = 0...400
  public static let reliefServers = 0...20
  public static let reliefWeeks = 0.0...104.0
  public static let weeks = 4...2080
  public static let replications = 1...50
  public static let seed = 0...2_147_483_647
}
