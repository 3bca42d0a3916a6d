import Foundation
import Presentation
import StepwellMetrics

extension PlanRun {
  /// The values of a point as `key = value` phrases.
  func values(of point: PlanPoint) -> String {
    zip(axes, point.texts).map { "\($0.key) = \($1)" }.joined(separator: " and ")
  }

  /// How often a point met every target: `38 of 40 replications (95%)`.
  static func met(_ point: PlanPoint) -> String {
    "\(point.successes) of \(Plural.count(point.replications, "replication")) (\(percent(point.successShare)))"
  }

  /// Days as whole weeks when they are, otherwise days: `26 weeks`, `100 days`.
  static func weeks(_ days: Double) -> String {
    let whole = (days / 7).rounded()
    return abs(whole * 7 - days) < 1e-9 ? "\(Int(whole)) weeks" : "\(Int(days.rounded())) days"
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// `by 31 March 2027` or empty.
  var byPhrase: String { byDate.map { " by \(PlanRun.longDate($0))" } ?? "" }

  /// An ISO date in words: `31 March 2027`.
  static func longDate(_ iso: String) -> String {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
  }

  /// True when both verdicts either side of the boundary are clear of the confidence level.
  public var isClear: Bool {
    guard let answer else { return false }
    return answer.isClear(confidence) && (below?.isClear(confidence) ?? true)
  }

  /// The cash a year at the answer minus at the scenario's own values.
  public var costDifference: Double? {
    guard axes.allSatisfy(\.isCurrentOnGrid), let answer, let cost = answer.cost?.mean, let base = reference.cost?.mean
    else { return nil }
    return cost - base
  }

  /// The answer in one sentence.
  public var sentence: String {
    let level = "in at least \(PlanRun.percent(confidence)) of replications"
    guard let answer else {
      let top = points.max { $0.values.lexicographicallyPrecedes($1.values) } ?? reference
      var worst = ""
      if let index = top.targetSuccesses.indices.min(by: { top.targetSuccesses[$0] < top.targetSuccesses[$1] }) {
        worst =
          "; the target met least often is \(targets[index].phrase) (\(top.targetSuccesses[index]) of \(top.replications))"
      }
      return
        "No value tried up to \(values(of: top)) meets every target\(byPhrase) \(level): there they held in \(PlanRun.met(top))\(worst)."
    }
    if let floor {
      let start =
        "Every value tried down to \(values(of: answer)) meets every target\(byPhrase) \(level): at \(answer.texts.joined(separator: ", ")) they held in \(PlanRun.met(answer))"
      switch floor {
      case .refused(let below, let reason):
        return "\(start); the scenario refuses \(below) (\(reason))."
      case .gridStart where axes.contains(where: \.isExplicit):
        return "\(start), the lowest value of the range given: give a lower FROM to look further."
      case .gridStart:
        return
          "\(start), so \(axes.map(\.key).joined(separator: " and ")) \(axes.count == 1 ? "does" : "do") not limit these targets."
      }
    }
    let now = axes.map { "\($0.key) = \(NumberFormat.csv($0.current))" }.joined(separator: " and ")
    let from = fromDate.map { " from \(PlanRun.longDate($0))" } ?? ""
    var notes = ["the scenario has \(now)"]
    if let recruitment {
      var note = recruitment.phrase
      if recruitment.delayed, recruitment.answerWTE > recruitment.currentWTE {
        note += ", in post \(PlanRun.weeks(recruitment.leadDays)) after the decision"
      }
      notes.append(note)
    }
    var text =
      "To meet every target\(byPhrase) \(level), set \(values(of: answer))\(from) (\(notes.joined(separator: "; ")))"
    text += ": there they held in \(PlanRun.met(answer))"
    if let below {
      let step = below.texts.joined(separator: ", ")
      text += ", at \(step) in \(PlanRun.met(below))"
    }
    if let cost = answer.cost?.mean {
      text += ", for \(MetricUnit.pounds.screen(cost)) a year"
      if let difference = costDifference, abs(difference) >= 0.5 {
        text += " (\(difference > 0 ? "+" : "")\(MetricUnit.pounds.screen(difference)) against the scenario)"
      }
    }
    text +=
      isClear
      ? "; both verdicts are clear of \(PlanRun.percent(confidence)) at 95% confidence."
      : "; a close call: at the boundary the exact one-sided 95% bound does not clear \(PlanRun.percent(confidence)) after up to \(maximumReplications) replications."
    return text
  }
}
