import CareModel
import Population
import Projection
import StepwellMetrics

/// The metrics the page shows, in order, from a care run's replications.
enum KeyMetrics {
  /// A metric to show: its key, words, unit, the run's metric and a scale factor.
  struct Spec {
    let key: String
    let label: String
    let unit: String
    let metric: MetricKey
    var scale = 1.0
  }

  static let perWeek = 7 / DayCount.perYear

  /// What to show for a preset.
  static func specs(_ preset: Preset) -> [Spec] {
    let main = preset.mainService
    var specs = [
      Spec(key: "wait_mean_days", label: "Mean \(preset.waitLabel)", unit: "days", metric: preset.waitMetric),
      Spec(key: "wait_p90_days", label: "90% waited at most", unit: "days", metric: preset.waitP90Metric),
      Spec(
        key: "utilisation", label: "Utilisation of \(preset.mainService) places", unit: "share",
        metric: .service(main, .utilisation)),
      Spec(
        key: "waiting_list_mean", label: "People waiting for \(preset.mainService) (time average)",
        unit: "people", metric: .service(main, .waitingListMean)),
    ]
    if !preset.hasTheory {
      specs.append(
        Spec(
          key: "service_wait_mean_days", label: "Mean wait for a \(preset.mainService) place", unit: "days",
          metric: .service(main, .waitMean)))
    }
    specs += [
      Spec(key: "within_6_weeks", label: "Treated within 6 weeks", unit: "share", metric: .within6Weeks),
      Spec(key: "within_18_weeks", label: "Treated within 18 weeks", unit: "share", metric: .within18Weeks),
      Spec(
        key: "referrals_per_week", label: "Referrals a week", unit: "referrals", metric: .referralsPerYear,
        scale: perWeek),
      Spec(
        key: "starts_per_week", label: "Starts a week at \(preset.mainService)", unit: "people",
        metric: .service(main, .startsPerYear), scale: perWeek),
      Spec(key: "dna_rate", label: "Sessions missed", unit: "share", metric: .dnaRate),
    ]
    if !preset.hasTheory {
      specs += [
        Spec(key: "recovery_rate", label: "Recovery rate", unit: "share", metric: .recoveryRate),
        Spec(key: "bed_days_per_year", label: "Bed days a year", unit: "days", metric: .bedDaysPerYear),
        Spec(key: "cost_total_per_year", label: "Total cost a year", unit: "pounds", metric: .costPerYear(.total)),
      ]
    }
    return specs
  }

  /// The values of each spec over `replications`.
  static func values(_ preset: Preset, replications: [CareReplicationResult]) -> [MetricValue] {
    specs(preset).map { spec in
      MetricValue(
        key: spec.key, label: spec.label, unit: spec.unit,
        values: replications.map { ($0.metric(spec.metric.name) ?? .nan) * spec.scale })
    }
  }
}
