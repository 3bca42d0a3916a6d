/// A staged lesson a trainer can run: a question, what the learner sets, the set-ups run side by
/// side, what to predict and what to notice. Lessons are data (``LessonCatalog``): the numbers
/// the learner sees come from real simulation runs.
public struct Lesson: Encodable, Sendable {
  /// A stable key (`utilisation`, `pooling`, ...).
  public let id: String
  public let number: Int
  public let title: String
  /// The question the learner answers with a prediction.
  public let question: String
  /// What the learner sets, in words.
  public let sets: String
  /// What the learner sees, in words.
  public let sees: String
  /// What to notice once the run is back.
  public let notice: String
  /// The request keys the page shows as controls, in order.
  public let controls: [String]
  /// The lesson's starting values (the page's reset goes back to them).
  public let defaults: LessonValues
  /// Weeks of warm-up (statistics start after them; 0 when the lesson starts from a backlog).
  public let warmupWeeks: Int
  /// Weeks of replication 1 the page replays as an animation.
  public let animationWeeks: Int
  /// The set-ups run side by side.
  public let variants: [LessonVariant]
  /// What the learner predicts.
  public let prediction: LessonPrediction
}

/// One set-up of a lesson: the lesson's values with a few of them fixed.
public struct LessonVariant: Encodable, Sendable {
  public let label: String
  /// Separate lists (1 = one pooled list).
  public var lists = 1
  /// Every booking the same length rather than exponential.
  public var fixedLength = false
  /// A missed share that replaces the learner's (reminder call-backs: 0.04); nil keeps it.
  public var missedShare: Double?
  /// Without the relief places.
  public var withoutRelief = false
  /// The place is held for the whole course (one booking of `visits` x `service_days`), instead
  /// of each session booked on its own.
  public var wholeCourse = false

  /// The set-up this variant runs with the learner's `values`.
  func setUp(_ values: LessonValues) -> LessonSetUp {
    LessonSetUp(
      label: label, arrivalsPerWeek: values.arrivalsPerWeek, servers: values.servers,
      serviceDays: wholeCourse ? values.serviceDays * values.visits : values.serviceDays,
      fixedLength: fixedLength, lists: lists, missedShare: missedShare ?? values.missedShare,
      visits: wholeCourse ? 1 : values.visits, backlog: values.backlog,
      reliefServers: withoutRelief ? 0 : values.reliefServers, reliefWeeks: values.reliefWeeks)
  }
}

/// What the learner predicts: one metric of one set-up.
public struct LessonPrediction: Encodable, Sendable {
  /// The set-up's index in `variants`.
  public let setup: Int
  /// The metric's key in each set-up's `metrics`.
  public let metric: String
  /// The words of the prompt ("mean wait for a place").
  public let label: String
  public let unit: String
}
