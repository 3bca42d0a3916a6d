/// The natural course of a common-mental-disorder episode without treatment (assumptions).
public struct EpisodeInputs: Sendable, Hashable {
  /// Mean duration of an untreated episode (days, > 0). Incidence per person-year is derived as
  /// prevalence / (duration in years): prevalence = incidence x duration in a steady state.
  public var meanDurationDays: Double
  /// Mean time from the start of an episode to seeking help, for someone who will (days, >= 0).
  /// Both times are exponential, so an episode ends before help is sought (untreated) with
  /// probability delay / (duration + delay).
  public var helpSeekingDelayDays: Double

  public init(meanDurationDays: Double, helpSeekingDelayDays: Double) {
    self.meanDurationDays = meanDurationDays
    self.helpSeekingDelayDays = helpSeekingDelayDays
  }

  /// Probability that someone who would seek help does so before the episode ends (0...1).
  public var helpBeforeRemission: Double {
    meanDurationDays / (meanDurationDays + helpSeekingDelayDays)
  }
}
