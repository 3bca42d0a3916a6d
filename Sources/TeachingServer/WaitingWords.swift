import Projection

/// The sentences of the page's still-waiting headline and growing-list warnings.
enum WaitingWords {
  /// A service's name in words: `step3` becomes `step 3`; other ids are kept.
  static func serviceName(_ id: String) -> String {
    guard let firstDigit = id.firstIndex(where: \.isNumber), firstDigit > id.startIndex,
      id[firstDigit...].allSatisfy(\.isNumber), id[..<firstDigit].allSatisfy(\.isLetter)
    else { return id }
    return "\(id[..<firstDigit]) \(id[firstDigit...])"
  }

  /// "People still waiting: 538 (1.0% over 18 weeks); step 3's list grows by about 12 a year
  /// (95% interval -3 to 27)".
  ///
  /// - Parameters:
  ///   - waiting: people still waiting (people).
  ///   - over18Weeks: the share of them waiting over 18 weeks.
  ///   - service: the name of the service whose list growth is given.
  ///   - growth: that list's growth (people a year), with its interval if it has one; below half
  ///     a person either way the list "holds steady".
  static func headline(waiting: Double?, over18Weeks: Double?, service: String?, growth: MetricValue?) -> String {
    var text = "People still waiting: \(waiting.map(people) ?? "-")"
    if let over18Weeks { text += " (\(percent(over18Weeks)) over 18 weeks)" }
    guard let service, let growth, let perYear = growth.mean else { return text }
    let change =
      perYear >= 0.5
      ? "grows by about \(people(perYear)) a year"
      : perYear <= -0.5 ? "shrinks by about \(people(-perYear)) a year" : "holds steady"
    text += "; \(service)'s list \(change)"
    if let low = growth.ciLow, let high = growth.ciHigh {
      text += " (95% interval \(people(low)) to \(people(high)))"
    }
    return text
  }

  /// "Step 3's waiting list is still growing at the end of the run (about +412 people a year,
  /// 95% interval 388 to 436; utilisation 99.9%): ...".
  static func warning(_ growing: ListGrowthWarning) -> String {
    let name = serviceName(growing.service)
    let sign = growing.trendPerYear >= 0 ? "+" : "-"
    var figures = "about \(sign)\(people(abs(growing.trendPerYear))) people a year"
    if let low = growing.trendLow, let high = growing.trendHigh {
      figures += ", 95% interval \(people(low)) to \(people(high))"
    }
    if growing.utilisation.isFinite { figures += "; utilisation \(percent(growing.utilisation))" }
    return name.prefix(1).uppercased() + name.dropFirst()
      + "'s waiting list is still growing at the end of the run (\(figures)): its waits will keep rising, "
      + "so the waits measured here understate the waits to come."
  }

  /// A whole number of people with thousands separators (`1,234`; `-56`).
  static func people(_ value: Double) -> String {
    let rounded = value.rounded()
    guard rounded.isFinite, abs(rounded) < 1e15 else { return "-" }
    let digits = String(Int(rounded).magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return (rounded < 0 ? "-" : "") + grouped
  }

  /// A share as a percentage with one decimal (`12.5%`).
  static func percent(_ share: Double) -> String {
    guard share.isFinite else { return "-" }
    return "\((share * 1000).rounded() / 10)%"
  }
}
