import CareModel
import Population
import Projection

/// The metrics the page shows, in order, from a care run's replications.
enum KeyMetrics {
  /// A metric to show: its key, words, unit, the run's metric name and a scale factor.
  struct Spec {
    let key: String
    let label: String
    let unit: String
    let metric: String
    var scale = 1.0
  }

  static let perWeek = 7 / DayCount.perYear

  /// What to show for a preset.
  static func specs(_ preset: Preset) -> [Spec] {
    let main = "service.\(preset.mainService)"
    var specs = [
      Spec(key: "wait_mean_days", label: "Mean \(preset.waitLabel)", unit: "days", metric: preset.waitMetric),
      Spec(key: "wait_p90_days", label: "90% waited at most", unit: "days", metric: preset.waitP90Metric),
      Spec(
        key: "utilisation", label: "Utilisation of \(preset.mainService) places", unit: "share",
        metric: "\(main).utilisation"),
      Spec(
        key: "waiting_list_mean", label: "People waiting for \(preset.mainService) (time average)",
        unit: "people", metric: "\(main).waiting_list.mean"),
    ]
    if !preset.hasTheory {
      specs.append(
        Spec(
          key: "service_wait_mean_days", label: "Mean wait for a \(preset.mainService) place", unit: "days",
          metric: "\(main).wait.mean"))
    }
    specs += [
      Spec(key: "within_6_weeks", label: "Treated within 6 weeks", unit: "share", metric: "pathway.within_6_weeks"),
      Spec(key: "within_18_weeks", label: "Treated within 18 weeks", unit: "share", metric: "pathway.within_18_weeks"),
      Spec(
        key: "referrals_per_week", label: "Referrals a week", unit: "referrals", metric: "referrals.per_year",
        scale: perWeek),
      Spec(
        key: "starts_per_week", label: "Starts a week at \(preset.mainService)", unit: "people",
        metric: "\(main).starts.per_year", scale: perWeek),
      Spec(key: "dna_rate", label: "Sessions missed", unit: "share", metric: "dna.rate"),
    ]
    if !preset.hasTheory {
      specs += [
        Spec(key: "recovery_rate", label: "Recovery rate", unit: "share", metric: "recovery.rate"),
        Spec(key: "bed_days_per_year", label: "Bed days a year", unit: "days", metric: "beddays.per_year"),
        Spec(key: "cost_total_per_year", label: "Total cost a year", unit: "pounds", metric: "cost.total.per_year"),
      ]
    }
    return specs
  }

  /// The values of each spec over `replications`.
  static func values(_ preset: Preset, replications: [CareReplicationResult]) -> [MetricValue] {
    specs(preset).map { spec in
      MetricValue(
        key: spec.key, label: spec.label, unit: spec.unit,
        values: replications.map { ($0.metric(spec.metric) ?? .nan) * spec.scale })
    }
  }
}
