import Presentation
import StepwellMetrics

extension CareReport {
  /// One headline figure: label, value, interval, a note, and a tone for its border.
  struct Card {
    var label: String
    var value: PlotValue?
    var kind: ReportNumber.Kind
    var note: String?
    var tone: String?
    /// True for a difference (signed, not cut at zero).
    var signed = false

    var markup: String {
      let interval = value.map { ReportNumber.interval($0.low, $0.high, kind, signed: signed) } ?? ""
      var content = Markup.text("span", [("class", "label")], label)
      content += Markup.text("span", [("class", "value")], ReportNumber.format(value?.mean, kind, signed: signed))
      content += Markup.text("span", [("class", "ci")], interval)
      if let note { content += Markup.text("span", [("class", "note")], note) }
      return Markup.element("div", [("class", "card" + (tone.map { " " + $0 } ?? ""))], content)
    }
  }

  /// The headline box: a short paragraph and the key figures with their 95% intervals.
  var headlineSection: String {
    let cards = headlineCards.map(\.markup).joined(separator: "\n")
    let box = Markup.element(
      "div", [("class", "headline-box")],
      "\n" + paragraph(inBrief, className: "in-brief") + "\n" + growingListsNote + warmupNote
        + Markup.element("div", [("class", "cards")], "\n" + cards + "\n")
        + "\n"
        + paragraph(
          "Figures are means a year over the projection years after warm-up, with their 95% intervals over \(Plural.count(run.replications.count, "replication")).",
          className: "note-text"))
    return ReportSection.headline.wrap(box)
  }

  /// A warning paragraph naming every list still growing at the end of the run (empty when none).
  var growingListsNote: String {
    let growing = ListGrowthWarning.find(in: run.tables.summaries)
    guard !growing.isEmpty else { return "" }
    let names = growing.map { warning in
      "\(ReportLabels.service(warning.service)) (\(warning.trendPerYear >= 0 ? "+" : "")\(MetricUnit.peoplePerYear.screen(warning.trendPerYear)) people a year, utilisation \(MetricUnit.share.screen(warning.utilisation)))"
    }
    return paragraph(
      "Warning: waiting lists still growing at the end of the run: \(names.joined(separator: "; ")). Their waits will keep rising; read the waits below as a lower bound.",
      className: "in-brief") + "\n"
  }

  /// A warning paragraph when the warm-up looks too short (empty otherwise).
  var warmupNote: String {
    let check = run.warmupCheck
    guard !check.isAdequate else { return "" }
    let names = check.findings.filter(\.warmupTooShort).map { finding in
      ReportLabels.service(SeriesKey(finding.series).waitingListService ?? finding.series)
    }
    return paragraph(
      "Warning: the warm-up of \(ReportNumber.compact(run.design.warmupDays)) days looks too short: the waiting lists of \(names.joined(separator: ", ")) settle only from day \(ReportNumber.compact(check.settledFrom)) (MSER-5). Figures include part of the start-up; lengthen the warm-up or start from a current state.",
      className: "in-brief") + "\n"
  }

  /// The headline figures, in reading order.
  var headlineCards: [Card] {
    var cards = [
      Card(label: "Referrals a year", value: value(.referralsPerYear), kind: .count, note: newReferralsNote),
      Card(
        label: "Mean wait to first treatment", value: value(.waitFirstTreatmentMean), kind: .days,
        note: "referral to first session, any step"),
      Card(
        label: "90th percentile wait", value: value(.waitFirstTreatmentP90), kind: .days,
        note: "nine in ten start sooner"),
      targetCard(
        "First treatment within 6 weeks", metric: .within6Weeks, kind: .share, higherIsBetter: true),
      targetCard(
        "First treatment within 18 weeks", metric: .within18Weeks, kind: .share, higherIsBetter: true),
      targetCard("Recovery rate", metric: .recoveryRate, kind: .share, higherIsBetter: true),
      Card(
        label: "Bed days a year (local)", value: value(.bedDaysPerYear), kind: .count,
        note: value(.admissionsPerYear).map { "\(ReportNumber.format($0.mean, .count)) admissions a year" }
      ),
      Card(
        label: "Out-of-area bed days a year", value: value(.bedDaysOutOfAreaPerYear), kind: .count,
        note: value(.admissionsOutOfAreaPerYear).map {
          "\(ReportNumber.format($0.mean, .count)) placements a year"
        }, tone: (value(.bedDaysOutOfAreaPerYear)?.mean ?? 0) > 0 ? "alert" : nil),
      Card(
        label: "Expected suicides a year", value: value(.suicidesExpectedPerYear), kind: .count,
        note: "among people referred (integrated risk)"),
    ]
    cards.insert(
      Card(
        label: "Referrals reaching treatment", value: value(.treatmentEnteredShare), kind: .share,
        note: value(.dnaRate).map { "missed appointments \(ReportNumber.format($0.mean, .share))" }), at: 3)
    cards.append(
      Card(label: "Total cost a year", value: value(.costPerYear(.total)), kind: .pounds, note: costNote))
    if comparison == nil {
      cards.append(
        Card(
          label: "Talking-therapies cost per recovery", value: value(.costPerRecovery), kind: .pounds,
          note: "the talking-therapies commissioner's cost / recoveries")
      )
    }
    if let nmb = comparison?.costEffectiveness.first(where: { $0.metric.hasPrefix("nmb.") }) {
      let threshold = String(nmb.metric.dropFirst("nmb.".count))
      let pounds = Double(threshold).map { ReportNumber.format($0, .pounds) } ?? threshold
      cards.insert(
        Card(
          label: "Net monetary benefit at \(pounds) per QALY",
          value: PlotValue(mean: nmb.mean, low: nmb.low, high: nmb.high),
          kind: .pounds,
          note: nmb.mean > 0
            ? "above zero: worth its extra cost at \(pounds) per QALY"
            : "below zero: not worth its extra cost at \(pounds) per QALY",
          tone: nmb.mean > 0 ? "good" : "alert", signed: true), at: 0)
    }
    return cards
  }

  /// A card that states its metric's target from `design.targets`, when set, and whether the
  /// interval is on the right side of it.
  func targetCard(_ label: String, metric: MetricKey, kind: ReportNumber.Kind, higherIsBetter: Bool) -> Card {
    let summary = value(metric)
    guard let target = run.design.targets[metric.name] else { return Card(label: label, value: summary, kind: kind) }
    let targetText = ReportNumber.format(target, kind)
    guard let bounds = summary?.bounds else {
      return Card(label: label, value: summary, kind: kind, note: "target \(targetText)")
    }
    let meets = higherIsBetter ? bounds.low >= target : bounds.high <= target
    let misses = higherIsBetter ? bounds.high < target : bounds.low > target
    let verdict = meets ? "meets the" : misses ? "short of the" : "interval spans the"
    return Card(
      label: label, value: summary, kind: kind, note: "\(verdict) \(targetText) target",
      tone: meets ? "good" : misses ? "alert" : nil)
  }

  var newReferralsNote: String? {
    value(.newReferralsPerYear).map { "\(ReportNumber.format($0.mean, .count)) of them new episodes" }
  }

  var costNote: String? {
    guard let costs = run.design.costs else { return "no costs in this scenario" }
    let name = YearMetricKey.costTotal.name
    let total = MetricSummary(name: name, values: run.discountedTotals(name))
    return
      "\(costs.priceYear) prices; \(ReportNumber.format(total.mean, .pounds)) discounted over \(Plural.count(yearCount, "year"))"
  }

  /// Three or four sentences a reader can quote.
  var inBrief: String {
    var sentences: [String] = []
    let first = yearLabels.first ?? ""
    if let referrals = value(.referralsPerYear) {
      sentences.append(
        "Over \(yearCount) projection \(yearCount == 1 ? "year" : "years") from \(first), \(run.design.name) in \(run.area.title) receives about \(ReportNumber.format(referrals.mean, .count)) referrals a year."
      )
    }
    if let wait = value(.waitFirstTreatmentMean), let within = value(.within18Weeks) {
      sentences.append(
        "People wait on average \(ReportNumber.format(wait.mean, .days)) from referral to their first treatment, and \(ReportNumber.format(within.mean, .share)) start within 18 weeks."
      )
    }
    if let recovery = value(.recoveryRate) {
      let target =
        run.design.targets[MetricKey.recoveryRate.name].map { " (target \(ReportNumber.format($0, .share)))" } ?? ""
      sentences.append("\(ReportNumber.format(recovery.mean, .share)) of those finishing a course recover\(target).")
    }
    if let beds = value(.bedDaysPerYear), let away = value(.bedDaysOutOfAreaPerYear) {
      sentences.append(
        "Inpatient care uses \(ReportNumber.format(beds.mean, .count)) local and \(ReportNumber.format(away.mean, .count)) out-of-area bed days a year."
      )
    }
    if let cost = value(.costPerYear(.total)), let costs = run.design.costs {
      sentences.append(
        "The modelled services cost \(ReportNumber.format(cost.mean, .pounds)) a year at \(costs.priceYear) prices.")
    }
    if let comparison, let net = comparison.netImpact.last {
      let interval = ReportNumber.interval(net.low, net.high, .pounds, signed: true)
      sentences.append(
        "Against \(comparison.baseName), the net impact (\(net.label.lowercased())) is \(ReportNumber.format(net.mean, .pounds, signed: true)) (\(interval)); negative is a saving."
      )
    }
    return sentences.joined(separator: " ")
  }
}
