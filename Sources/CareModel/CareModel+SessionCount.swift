extension CareModel {
  /// The most sessions one course can have (sessions); the loader keeps the mean of a sessions
  /// distribution at or below it (`ScenarioLimits.maximumSessions`), and rarer larger draws are cut to it.
  static let maximumSessionsPerCourse = 1_000

  /// A drawn number of sessions as a count from 1 to `maximumSessionsPerCourse`; a draw that is
  /// not a number counts as one session.
  static func sessionCount(_ drawn: Double) -> Int {
    guard drawn >= 1 else { return 1 }
    return drawn < Double(maximumSessionsPerCourse) ? Int(drawn) : maximumSessionsPerCourse
  }
}
