import Presentation
import StepwellMetrics

/// `report.html` of a national run: the national headline with targets, how national values are
/// formed, and one row per board.
struct NationalReport {
  let run: NationalRun

  var html: String {
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(XMLEscape.strict(run.name)): national run</title>
      <style>body{font-family:sans-serif;max-width:72em;margin:2em auto;color:#222}
      table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}
      td:first-child,th:first-child{text-align:left}</style></head><body>

      """
    out += "<h1>\(XMLEscape.strict(run.name)): \(run.boards.count) boards</h1>\n"
    out +=
      "<p>\(run.population) people; \(run.replicationCount) replications. National values sum each replication's board results (counts, costs, people waiting); waits, percentiles and shares are the referral-weighted mean of the boards', then every value is summarised over replications (mean and 95% interval).</p>\n"
    out +=
      "<h2>National totals</h2>\n<table><tr><th>metric</th><th>mean</th><th>95% interval</th><th>target</th></tr>\n"
    for name in run.headline {
      guard let summary = run.tables.summary(name) else { continue }
      let row = ScreenRow(summary)
      let target = run.targets[name].map { MetricCatalogue.screenValue($0, of: name) } ?? ""
      out +=
        "<tr><td>\(XMLEscape.strict(row.label))</td><td>\(XMLEscape.strict(row.mean))</td><td>\(XMLEscape.strict(row.interval))</td><td>\(XMLEscape.strict(target))</td></tr>\n"
    }
    out += "</table>\n<h2>Boards</h2>\n"
    let shown = ["referrals.per_year", "pathway.wait_first_treatment.mean", "pathway.waiting.count", "recovery.rate"]
      .filter(run.headline.contains)
    out += "<table><tr><th>board</th><th>code</th><th>people</th><th>capacity scale</th>"
    for name in shown { out += "<th>\(XMLEscape.strict(MetricCatalogue.screenLabel(name)))</th>" }
    out += "</tr>\n"
    for board in run.boards {
      let plan = board.plan
      out +=
        "<tr><td>\(XMLEscape.strict(plan.title))</td><td>\(plan.code)</td><td>\(plan.population)</td><td>\(NumberFormat.screen(plan.capacityScale))</td>"
      for name in shown {
        let summary = MetricSummary(name: name, values: board.values(name) ?? [])
        out += "<td>\(XMLEscape.strict(MetricCatalogue.screenValue(summary.mean, of: name)))</td>"
      }
      out += "</tr>\n"
    }
    out += "</table>\n</body></html>\n"
    return out
  }
}
