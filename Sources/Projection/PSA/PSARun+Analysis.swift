import StepwellMetrics

extension PSARun {
  /// Summaries of every metric per design, the paired difference of the metrics both designs
  /// have, and the cost-effectiveness of ALT when both report discounted cost and QALYs gained.
  static func analyse(names: [[String]], values: [[[[Double]]]], paired: Bool) -> (
    [PSAMetricSummary], PSACostEffectiveness?
  ) {
    let labels = paired ? ["base", "alt"] : ["scenario"]
    var summaries: [PSAMetricSummary] = []
    for (position, label) in labels.enumerated() {
      for (m, name) in names[position].enumerated() {
        summaries.append(
          PSAMetricSummary(design: label, metric: name, values: values[position].map { draw in draw.map { $0[m] } }))
      }
    }
    guard paired else { return (summaries, nil) }
    let altIndex = Dictionary(names[1].enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    for (m, name) in names[0].enumerated() {
      guard let a = altIndex[name] else { continue }
      summaries.append(
        PSAMetricSummary(
          design: "alt_minus_base", metric: name, values: difference(values, base: m, alt: a)))
    }
    let cost = MetricKey.costDiscountedTotal.name
    let qaly = MetricKey.qalyGainedDiscountedTotal.name
    guard let bc = names[0].firstIndex(of: cost), let ac = altIndex[cost], let bq = names[0].firstIndex(of: qaly),
      let aq = altIndex[qaly]
    else { return (summaries, nil) }
    let mean = { (draws: [[Double]]) in draws.map { $0.reduce(0, +) / Double(max(1, $0.count)) } }
    return (
      summaries,
      PSACostEffectiveness(
        incrementalCost: mean(difference(values, base: bc, alt: ac)),
        incrementalQALY: mean(difference(values, base: bq, alt: aq)))
    )
  }

  /// ALT minus BASE per draw and replication for metric `base` of BASE and `alt` of ALT.
  static func difference(_ values: [[[[Double]]]], base: Int, alt: Int) -> [[Double]] {
    zip(values[0], values[1]).map { b, a in zip(b, a).map { $1[alt] - $0[base] } }
  }

  /// The mean over draw d's replications of metric `name` for design `position` (nil when the
  /// design lacks it).
  func drawMeans(_ name: String, design position: Int) -> [Double]? {
    guard let m = metricNames[position].firstIndex(of: name) else { return nil }
    return values[position].map { draw in draw.map { $0[m] }.reduce(0, +) / Double(max(1, draw.count)) }
  }

  /// The summary of a metric for `design` (`base`, `alt`, `alt_minus_base` or `scenario`).
  public func summary(_ metric: String, design: String) -> PSAMetricSummary? {
    summaries.first { $0.metric == metric && $0.design == design }
  }

  /// The outcomes `psa.csv` shows per draw: for care, the headline metrics; for a network, every
  /// metric.
  var outcomeMetrics: [String] {
    guard isCare else { return metricNames[0] }
    let wanted = [
      "pathway.wait_first_treatment.mean", "pathway.within_18_weeks", "pathway.waiting.count", "recovery.rate",
      "beddays.per_year", "suicides.expected.per_year", "cost.total.per_year", "qaly.per_year",
      MetricKey.costDiscountedTotal.name, MetricKey.qalyGainedDiscountedTotal.name,
    ]
    return wanted.filter { name in metricNames.allSatisfy { $0.contains(name) } }
  }
}

extension PSARun {
  /// Every replication's value of `metric` for design `position` (0 BASE, 1 ALT), by draw then
  /// replication; nil when the design lacks the metric.
  public func replicationValues(_ metric: String, design position: Int) -> [[Double]]? {
    guard let m = metricNames[position].firstIndex(of: metric) else { return nil }
    return values[position].map { draw in draw.map { $0[m] } }
  }
}
