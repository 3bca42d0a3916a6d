import StepwellMetrics

/// A ready scenario the teaching page can run, and which of its services the controls change.
public enum Preset: String, CaseIterable, Sendable {
  /// `Scenarios/teaching/one-step.yaml`: one therapy service, an M/M/c queue.
  case oneStep = "one-step"
  /// `Scenarios/teaching/weekly-sessions.yaml`: the same queue with courses of weekly sessions.
  case weeklySessions = "weekly-sessions"
  /// `Scenarios/sandwell-standard-2009.yaml`: standard practice about 2009.
  case sandwell2009 = "sandwell-standard-2009"
  /// `Scenarios/sandwell-hub.yaml`: the Sandwell Wellbeing Hub.
  case sandwellHub = "sandwell-hub"

  /// The scenario file, relative to the scenarios folder.
  public var file: String {
    switch self {
    case .oneStep: return "teaching/one-step.yaml"
    case .weeklySessions: return "teaching/weekly-sessions.yaml"
    case .sandwell2009: return "sandwell-standard-2009.yaml"
    case .sandwellHub: return "sandwell-hub.yaml"
    }
  }

  /// A short title for the page.
  public var title: String {
    switch self {
    case .oneStep: return "One step (an M/M/c queue)"
    case .weeklySessions: return "One step, weekly sessions"
    case .sandwell2009: return "Sandwell, standard practice (2009)"
    case .sandwellHub: return "Sandwell Wellbeing Hub"
    }
  }

  /// One sentence for the page.
  public var summary: String {
    switch self {
    case .oneStep:
      return "Referrals join one therapy list; each course holds a place for an exponential-like time, "
        + "so queueing theory (Erlang C) predicts the wait."
    case .weeklySessions:
      return "As one step, but a course is a mean of 8 weekly sessions (a place held about 7 weeks), "
        + "not 42 daily ones; Erlang C predicts the wait."
    case .sandwell2009:
      return "Triage, groups, step 2 and split step-3 lists, back to the GP after a failed course; "
        + "the staff control changes step 3."
    case .sandwellHub:
      return "One open door, link workers, call-backs, re-routing and one pooled step-3 list; "
        + "the staff control changes step 3."
    }
  }

  /// The therapy service whose staff and course length the controls change.
  public var mainService: String {
    switch self {
    case .oneStep, .weeklySessions: return "therapy"
    case .sandwell2009, .sandwellHub: return "step3"
    }
  }

  /// True when the main service alone is the whole pathway, so M/M/c theory applies.
  public var hasTheory: Bool { self == .oneStep || self == .weeklySessions }

  /// The wait the page leads with: the list wait of the one service, or referral to first treatment.
  public var waitMetric: MetricKey {
    hasTheory ? .service(mainService, .waitMean) : .waitFirstTreatmentMean
  }

  /// The 90th percentile of the same wait.
  public var waitP90Metric: MetricKey {
    hasTheory ? .service(mainService, .waitP90) : .waitFirstTreatmentP90
  }

  /// What the lead wait measures, in words.
  public var waitLabel: String {
    hasTheory ? "wait for a place on the therapy list" : "wait from referral to first treatment"
  }

  /// Replications and simulated years when the request gives none (small enough for about a second).
  public var defaultReplications: Int { hasTheory ? 5 : 3 }
  public var defaultYears: Int { hasTheory ? 5 : 3 }
}
