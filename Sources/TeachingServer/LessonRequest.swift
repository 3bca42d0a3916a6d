import Foundation

/// The body of `POST /api/lesson`, parsed and checked: a lesson and the learner's values, each
/// absent value kept at the lesson's own.
///
/// Unknown keys, wrong JSON types and values out of range are refused (HTTP 400), as is a request
/// whose work is too large: more than ``maxBookings`` bookings over every set-up and replication.
public struct LessonRequest: Sendable {
  /// The lesson run.
  public let lesson: Lesson
  /// The values run: the request's, or the lesson's where it gives none.
  public let values: LessonValues
  /// True to return the event log of a short stretch of replication 1 of each set-up.
  public let animate: Bool

  /// The most bookings (arrivals x bookings per person x weeks x replications, summed over the
  /// set-ups) one request may ask for: about 1.2 million events, well under a second in release.
  public static let maxBookings = 400_000.0

  /// The keys a request may hold.
  public static let keys = [
    "lesson", "arrivals_per_week", "servers", "service_days", "missed_share", "visits", "backlog",
    "relief_servers", "relief_weeks", "weeks", "replications", "seed", "animate",
  ]

  /// Parses and checks a JSON body.
  public init(json: Data) throws(TeachingError) {
    let fields: [String: JSONField]
    do {
      fields = try JSONDecoder().decode([String: JSONField].self, from: json)
    } catch {
      throw .badRequest("the body is not a JSON object: send {\"lesson\": \"utilisation\", ...}")
    }
    if let unknown = fields.keys.sorted().first(where: { !LessonRequest.keys.contains($0) }) {
      throw .badRequest("unknown key '\(unknown)' (allowed: \(LessonRequest.keys.joined(separator: ", ")))")
    }
    let reader = FieldReader(fields: fields)
    let names = LessonCatalog.all.map(\.id).joined(separator: ", ")
    guard let id = try reader.string("lesson") else { throw .badRequest("lesson is missing (allowed: \(names))") }
    guard let lesson = LessonCatalog.lesson(id) else {
      throw .badRequest("lesson '\(id)' is unknown (allowed: \(names))")
    }
    var values = lesson.defaults
    values.arrivalsPerWeek =
      try reader.number("arrivals_per_week", in: LessonLimits.arrivalsPerWeek) ?? values.arrivalsPerWeek
    values.servers = try reader.integer("servers", in: LessonLimits.servers) ?? values.servers
    values.serviceDays = try reader.number("service_days", in: LessonLimits.serviceDays) ?? values.serviceDays
    values.missedShare = try reader.number("missed_share", in: LessonLimits.missedShare) ?? values.missedShare
    values.visits = try reader.number("visits", in: LessonLimits.visits) ?? values.visits
    values.backlog = try reader.integer("backlog", in: LessonLimits.backlog) ?? values.backlog
    values.reliefServers = try reader.integer("relief_servers", in: LessonLimits.reliefServers) ?? values.reliefServers
    values.reliefWeeks = try reader.number("relief_weeks", in: LessonLimits.reliefWeeks) ?? values.reliefWeeks
    values.weeks = try reader.integer("weeks", in: LessonLimits.weeks) ?? values.weeks
    values.replications = try reader.integer("replications", in: LessonLimits.replications) ?? values.replications
    values.seed = try reader.integer("seed", in: LessonLimits.seed) ?? values.seed
    let animated = try reader.bool("animate") ?? false
    try self.init(lesson: lesson, values: values, animate: animated)
  }

  /// A request for `lesson` with `values`; throws when the values do not fit the lesson.
  public init(lesson: Lesson, values: LessonValues, animate: Bool = false) throws(TeachingError) {
    if let split = lesson.variants.map(\.lists).max(), split > 1, values.servers % split != 0 {
      throw .badRequest(
        "servers: \(values.servers) cannot be split evenly between \(split) lists (allowed: a multiple of \(split) "
          + "from \(split) to \(LessonLimits.servers.upperBound))")
    }
    guard values.weeks > lesson.warmupWeeks else {
      throw .badRequest(
        "weeks: \(values.weeks) is not allowed for this lesson (allowed: a whole number from "
          + "\(lesson.warmupWeeks + 1) to \(LessonLimits.weeks.upperBound), more than its \(lesson.warmupWeeks) weeks of warm-up)"
      )
    }
    var bookings = 0.0
    for variant in lesson.variants {
      let setUp = variant.setUp(values)
      let people: Double = setUp.arrivalsPerWeek * Double(values.weeks) + Double(setUp.backlog)
      bookings += people * setUp.bookingsPerPerson * Double(values.replications)
    }
    guard bookings <= LessonRequest.maxBookings else {
      throw .badRequest(
        "these values ask for about \(Int(bookings.rounded())) bookings (allowed: at most "
          + "\(Int(LessonRequest.maxBookings)); lower arrivals_per_week, visits, weeks or replications)")
    }
    self.lesson = lesson
    self.values = values
    self.animate = animate
  }
}
