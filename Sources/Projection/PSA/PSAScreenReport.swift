import Presentation
import StepwellMetrics

/// What `stepwell psa` prints: the cost-effectiveness answer (with ALT), the inputs that move it
/// most, and each headline outcome's interval from noise alone beside the one with the inputs.
public struct PSAScreenReport {
  let run: PSARun

  public init(run: PSARun) { self.run = run }

  public var text: String {
    var lines = [
      "Probabilistic sensitivity analysis: " + run.names.reversed().joined(separator: " against "),
      "\(Plural.count(run.request.draws, "draw")) of \(Plural.count(run.sampling.columns.count, "uncertain input")) x \(Plural.count(run.request.replications, "replication")), seed \(run.seed), \(NumberFormat.screen(run.wallSeconds)) s",
      "",
    ]
    if let ce = run.costEffectiveness {
      let cost = run.summary(MetricKey.costDiscountedTotal.name, design: "alt_minus_base")
      let qaly = run.summary(MetricKey.qalyGainedDiscountedTotal.name, design: "alt_minus_base")
      lines += [
        "Cost-effectiveness of \(run.names[1]) (ALT minus BASE, discounted over the projection)",
        "  Incremental cost             \(pounds(ce.meanCost)) (95% of draws: \(pounds(cost?.low)) to \(pounds(cost?.high)))",
        "  QALYs gained                 \(NumberFormat.screen(ce.meanQALY)) (95% of draws: \(NumberFormat.screen(qaly?.low)) to \(NumberFormat.screen(qaly?.high)))",
        "  Probability cost-effective   \(share(ce.probabilityCostEffective(at: 20_000))) at £20,000 per QALY, \(share(ce.probabilityCostEffective(at: 30_000))) at £30,000",
        "  Value of perfect information \(pounds(ce.evpi(at: 20_000))) at £20,000 per QALY",
        "",
      ]
      if let tornado = run.tornado, !tornado.bars.isEmpty {
        lines.append("Inputs that move net monetary benefit most (at £20,000 per QALY)")
        for bar in tornado.bars.prefix(5) {
          lines.append(
            "  \(pad(bar.key, 48)) \(pounds(bar.netBenefitAtLow)) to \(pounds(bar.netBenefitAtHigh))\(bar.clear ? "" : " (no clear association)")"
          )
        }
        lines.append("")
      }
    }
    let design = run.names.count == 2 ? "alt_minus_base" : "scenario"
    lines.append(
      "\(pad(run.names.count == 2 ? "Outcome (ALT minus BASE)" : "Outcome", 36)) \(pad("mean", 12)) \(pad("noise only, 95%", 26)) \(pad("with inputs, 95%", 26)) from inputs"
    )
    for metric in run.outcomeMetrics {
      guard let s = run.summary(metric, design: design) else { continue }
      lines.append(
        "  \(pad(metric, 34)) \(pad(NumberFormat.screen(s.mean), 12)) \(pad(range(s.noiseLow, s.noiseHigh), 26)) \(pad(range(s.low, s.high), 26)) \(s.parameterShare.map(share) ?? "n/a")"
      )
    }
    return lines.joined(separator: "\n")
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  func range(_ low: Double?, _ high: Double?) -> String {
    guard let low, let high else { return "n/a" }
    return "\(NumberFormat.screen(low)) to \(NumberFormat.screen(high))"
  }

  func share(_ value: Double) -> String { NumberFormat.screen(value * 100) + "%" }

  func pounds(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "n/a" }
    let sign = value < 0 ? "-" : ""
    return sign + "£" + ReportNumber.grouped(abs(value).rounded())
  }
}
