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
