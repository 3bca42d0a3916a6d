/// `GET /api/presets`: every preset's defaults and every control's range.
struct PresetList: Encodable {
  let presets: [PresetDefaults]
  let limits = ControlLimits()
}

/// The ranges of `SimulationRequest.Limits`, for the page's inputs.
struct ControlLimits: Encodable {
  let referralsPerWeek = [
    SimulationRequest.Limits.referralsPerWeek.lowerBound, SimulationRequest.Limits.referralsPerWeek.upperBound,
  ]
  let staffWte = [SimulationRequest.Limits.staffWTE.lowerBound, SimulationRequest.Limits.staffWTE.upperBound]
  let sessionsPerCourse = [
    SimulationRequest.Limits.sessionsPerCourse.lowerBound, SimulationRequest.Limits.sessionsPerCourse.upperBound,
  ]
  let dnaRate = [SimulationRequest.Limits.dnaRate.lowerBound, SimulationRequest.Limits.dnaRate.upperBound]
  let replications = [
    SimulationRequest.Limits.replications.lowerBound, SimulationRequest.Limits.replications.upperBound,
  ]
  let years = [SimulationRequest.Limits.years.lowerBound, SimulationRequest.Limits.years.upperBound]
  let maxBodyBytes = SimulationService.maxBodyBytes
}
