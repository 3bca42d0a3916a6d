import Population
import Presentation

extension CareReport {
  /// The title block: what was run, where, over which dates, how many replications, which seed
  /// and Stepwell version; then the contents.
  var titleBlock: String {
    let design = run.design
    let kicker = comparison == nil ? "Stepwell capacity projection" : "Stepwell paired comparison"
    let heading =
      comparison.map { OverrideNaming.title("\($0.altName) compared with \($0.baseName)", overrides: $0.overrides) }
      ?? "\(run.title): projected waits, beds and costs"
    let projectionEnd = design.warmupDays + Double(yearCount) * DayCount.perYear
    var facts: [(String, String)] =
      [
        ("Scenario", design.name)
      ] + (run.overrides.isEmpty ? [] : [("Overrides", run.overrides.map { "--set \($0)" }.joined(separator: " "))]) + [
        ("Area", run.area.title),
        ("Population", "\(ReportNumber.grouped(Double(run.area.population))) people"),
        ("Replications", String(run.replications.count)),
        ("Run starts", dates.long(days: 0)),
        ("Warm-up", "\(ReportDates.duration(design.warmupDays)), to \(dates.long(days: design.warmupDays))"),
        (
          "Projection",
          "\(yearCount) \(yearCount == 1 ? "year" : "years"), \(yearLabels.first ?? "") to \(yearLabels.last ?? "")"
        ),
        ("Run ends", dates.long(days: projectionEnd)),
        ("Seed", String(design.seed)),
        ("Stepwell version", RunManifest.version),
      ]
    if let costs = design.costs {
      facts.append(("Prices", costs.priceYear))
      facts.append(("Discount rate", "\(ReportNumber.fixed(costs.discountRate * 100, decimals: 1))% a year"))
    }
    if let comparison {
      facts.append(("Base design", comparison.baseName))
      facts.append(("Alternative design", comparison.altName))
    }
    let list = facts.map { fact in
      Markup.element("div", [], Markup.text("dt", [], fact.0) + Markup.text("dd", [], fact.1))
    }.joined(separator: "\n")
    let links = sections.map { section in
      Markup.element("li", [], Markup.text("a", [("href", "#\(section.rawValue)")], section.title))
    }.joined()
    let contents = Markup.element(
      "nav", [("class", "contents"), ("aria-label", "Contents")], "Contents" + Markup.element("ol", [], links))
    return Markup.element(
      "header", [("class", "title-block")],
      "\n" + Markup.text("p", [("class", "kicker")], kicker) + "\n" + Markup.text("h1", [], heading) + "\n"
        + Markup.element("dl", [("class", "meta")], "\n" + list + "\n") + "\n" + contents + "\n")
  }
}
