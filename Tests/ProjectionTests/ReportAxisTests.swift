import Foundation
import Projection
import Testing

/// Every chart of a real report, checked for axes that could mislead a reader.
@Suite("report.html axes")
struct ReportAxisTests {
  /// Each chart's id, title and value tick labels (class `tick scale`).
  func charts(_ html: String) -> [(id: String, title: String, ticks: [String])] {
    html.matches(of: /<svg[^>]* id="([^"]*)"[^>]*>(.*?)<\/svg>/.dotMatchesNewlines()).map { match in
      let body = String(match.output.2)
      let title = body.firstMatch(of: /<title[^>]*>([^<]*)</).map { String($0.output.1) } ?? ""
      let ticks = body.matches(of: /class="tick scale"[^>]*>([^<]*)</).map { String($0.output.1) }
      return (String(match.output.1), title, ticks)
    }
  }

  /// A tick label as a number (£, %, m, commas and the typographic minus read).
  func number(_ label: String) -> Double? {
    var text = label.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: "")
    text = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: "%", with: "")
    let millions = text.hasSuffix("m")
    if millions { text.removeLast() }
    return Double(text).map { millions ? $0 * 1e6 : $0 }
  }

  @Test("every value axis reaches zero unless its title says it does not")
  func axesReachZero() throws {
    let run = try ReportFixture.shared.get()
    for html in [CareReport(run: run).html, CareReport(run: run, comparison: ReportFixture.comparison).html] {
      let drawn = charts(html).filter { !$0.ticks.isEmpty }
      #expect(drawn.count >= 8)
      for chart in drawn where !chart.title.contains("axis does not start at zero") {
        let numbers = chart.ticks.compactMap(number)
        #expect(numbers.count == chart.ticks.count, "\(chart.id): unreadable ticks \(chart.ticks)")
        #expect(numbers.contains(0), "\(chart.id) (\(chart.title)) zooms: \(chart.ticks)")
      }
    }
  }

  @Test("people waiting, a count, is labelled in whole numbers on every list's chart")
  func countTicks() throws {
    let lists = charts(CareReport(run: try ReportFixture.shared.get()).html).filter { $0.id.hasPrefix("chart-list-") }
    #expect(!lists.isEmpty)
    for chart in lists {
      let numbers = chart.ticks.compactMap(number)
      #expect(numbers.allSatisfy { $0 == $0.rounded() }, "\(chart.id): \(chart.ticks)")
      #expect(Set(zip(numbers.dropFirst(), numbers).map { $0 - $1 }).count == 1, "\(chart.id): \(chart.ticks)")
    }
  }

  @Test("every table sits in a wrapper that scrolls sideways on a narrow page")
  func tablesFit() throws {
    let html = CareReport(run: try ReportFixture.shared.get()).html
    let tables = html.components(separatedBy: "<table").count - 1
    #expect(tables > 0)
    #expect(html.components(separatedBy: "<div class=\"table-wrap\"><table").count - 1 == tables)
    #expect(html.contains(".table-wrap { max-width: 100%; overflow-x: auto;"))
  }
}
