/// `GET /api/presets`: every preset's defaults and ranges, and the widest range of each control.
struct PresetList: Encodable {
  let presets: [PresetDefaults]
  let limits = ControlLimits(RequestLimits.widest)
}

/// The ranges of ``RequestLimits`` as `[low, high]` pairs, for the page's inputs.
public struct ControlLimits: Encodable, Sendable {
  let referralsPerWeek: [Double]
  let staffWte: [Double]
  let sessionsPerCourse: [Double]
  let dnaRate: [Double]
  let replications: [Int]
  let years: [Int]
  let maxBodyBytes = SimulationService.maxBodyBytes

  init(_ limits: RequestLimits) {
    referralsPerWeek = [limits.referralsPerWeek.lowerBound, limits.referralsPerWeek.upperBound]
    staffWte = [limits.staffWTE.lowerBound, limits.staffWTE.upperBound]
    sessionsPerCourse = [limits.sessionsPerCourse.lowerBound, limits.sessionsPerCourse.upperBound]
    dnaRate = [limits.dnaRate.lowerBound, limits.dnaRate.upperBound]
    replications = [limits.replications.lowerBound, limits.replications.upperBound]
    years = [limits.years.lowerBound, limits.years.upperBound]
  }
}

/// `GET /api/lessons`: the lessons in order and the ranges of a lesson request's values.
struct LessonList: Encodable {
  let lessons = LessonCatalog.all
  let limits: [String: [Double]] = [
    "arrivals_per_week": [LessonLimits.arrivalsPerWeek.lowerBound, LessonLimits.arrivalsPerWeek.upperBound],
    "servers": [Double(LessonLimits.servers.lowerBound), Double(LessonLimits.servers.upperBound)],
    "service_days": [LessonLimits.serviceDays.lowerBound, LessonLimits.serviceDays.upperBound],
    "missed_share": [LessonLimits.missedShare.lowerBound, LessonLimits.missedShare.upperBound],
    "visits": [LessonLimits.visits.lowerBound, LessonLimits.visits.upperBound],
    "backlog": [Double(LessonLimits.backlog.lowerBound), Double(LessonLimits.backlog.upperBound)],
    "relief_servers": [Double(LessonLimits.reliefServers.lowerBound), Double(LessonLimits.reliefServers.upperBound)],
    "relief_weeks": [LessonLimits.reliefWeeks.lowerBound, LessonLimits.reliefWeeks.upperBound],
    "weeks": [Double(LessonLimits.weeks.lowerBound), Double(LessonLimits.weeks.upperBound)],
    "replications": [Double(LessonLimits.replications.lowerBound), Double(LessonLimits.replications.upperBound)],
  ]
  let maxBookings = LessonRequest.maxBookings
}
