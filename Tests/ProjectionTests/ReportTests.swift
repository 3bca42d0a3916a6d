import CareModel
import Foundation
import Projection
import Scenario
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small real care run (the Sandwell hub, two years with one of warm-up, two replications),
/// made once and shared by the report tests.
enum ReportFixture {
  static let scenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scenarios/sandwell-hub.yaml").path

  static func run(threads: Int) throws -> CareRun {
    let overrides = try ["horizon=2y", "warmup=1y", "replications=2"].map { try SetOverride($0) }
    guard let setup = try LoadedScenario.load(path: scenario, overrides: overrides).design as? CareSetup
    else { throw FixtureError.notCare }
    var design = setup.design
    let area = setup.area
    // A target line changes nothing in the simulation; the report draws it.
    design.targets["recovery.rate"] = 0.5
    return CareRun(design: design, area: area, options: RunOptions(threads: threads))
  }

  static let shared: Result<CareRun, Error> = Result { try run(threads: 2) }

  static let comparison = ReportComparison(
    baseName: "sandwell-standard-2009", altName: "hub <with> \"call-backs\" & more",
    rows: [
      ("pathway.wait_first_treatment.mean", -3.1, -4.0, -2.2), ("beddays.per_year", -700, -950, -450),
      ("suicides.expected.per_year", -0.36, -0.5, -0.2), ("cost.total.per_year", 1.2e6, -0.3e6, 2.7e6),
      ("recovery.rate", 0.002, -0.01, 0.014), ("service.step9.wait.mean", 2, nil, nil),
    ],
    netImpact: [("Year 1", -2.1e6, -3.0e6, -1.2e6), ("Discounted total", -9.8e6, -13e6, -6.5e6)])

  enum FixtureError: Error { case notCare, noRoot }
}

@Suite("report.html")
struct ReportTests {
  /// The report parsed as XML: well-formed, so every tag is balanced and every attribute quoted.
  func parsed(_ html: String) throws -> XMLDocument {
    try XMLDocument(xmlString: html, options: [])
  }

  func texts(_ document: XMLDocument, _ xpath: String) throws -> [String] {
    try document.nodes(forXPath: xpath).map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  @Test("parses as XML and holds every section heading in page order")
  func sections() throws {
    let html = CareReport(run: try ReportFixture.shared.get()).html
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    let document = try parsed(html)
    let headings = try texts(document, "//section/h2")
    #expect(
      headings == [
        "Headline", "Waiting lists over time", "Waits against standards", "Costs by year", "Bed days", "Recovery",
        "Projection by year", "Waits and recovery by group", "STRESS-DES checklist",
      ])
    #expect(try texts(document, "//h1").count == 1)
    #expect(try document.nodes(forXPath: "//div[@class='headline-box']//div[starts-with(@class,'card')]").count >= 9)
  }

  @Test("the title block names scenario, area, dates, replications, seed and version")
  func titleBlock() throws {
    let run = try ReportFixture.shared.get()
    let document = try parsed(CareReport(run: run).html)
    let terms = try texts(document, "//header//dt")
    let values = try texts(document, "//header//dd")
    let facts = Dictionary(zip(terms, values), uniquingKeysWith: { first, _ in first })
    #expect(facts["Scenario"] == "sandwell-hub")
    #expect(facts["Area"] == "Sandwell, West Midlands (Census 2011)")
    #expect(facts["Population"] == "308,063 people")
    #expect(facts["Run starts"] == "1 April 2011")
    #expect(facts["Replications"] == "2")
    #expect(facts["Seed"] == String(run.design.seed))
    #expect(facts["Stepwell version"] == RunManifest.version)
    #expect(facts["Projection"]?.contains("2012/13") == true)
  }

  @Test("the STRESS-DES checklist has its six parts, filled from the run")
  func checklist() throws {
    let run = try ReportFixture.shared.get()
    let document = try parsed(CareReport(run: run).html)
    let parts = try texts(document, "//section[@id='stress-des']/h3")
    #expect(
      parts == ["1. Objectives", "2. Logic", "3. Data", "4. Experimentation", "5. Implementation", "6. Code access"])
    let text = try texts(document, "//section[@id='stress-des']").joined()
    #expect(text.contains("Scenarios/areas/sandwell-2011.yaml"))
    #expect(text.contains("docs/evidence.md"))
    #expect(text.contains("seed \(run.design.seed)"))
    #expect(text.contains("mt19937") && text.contains("taus2"))
    #expect(text.contains("warm-up 365.25 days"))
  }

  @Test("at least five accessible SVG charts")
  func charts() throws {
    let html = CareReport(run: try ReportFixture.shared.get()).html
    let document = try parsed(html)
    let charts = try document.nodes(forXPath: "//svg")
    #expect(charts.count >= 5)
    for chart in charts {
      guard let element = chart as? XMLElement else { continue }
      #expect(element.attribute(forName: "role")?.stringValue == "img")
      let id = element.attribute(forName: "id")?.stringValue ?? ""
      #expect(element.attribute(forName: "aria-labelledby")?.stringValue == "\(id)-title \(id)-desc")
      #expect(element.elements(forName: "title").first?.stringValue?.isEmpty == false)
      #expect(element.elements(forName: "desc").first?.stringValue?.isEmpty == false)
    }
    for id in [
      "chart-waits", "chart-costs", "chart-beds", "chart-recovery", "chart-breakdown-wait", "chart-list-step1",
    ] {
      #expect(try document.nodes(forXPath: "//svg[@id='\(id)']").count == 1, "missing \(id)")
    }
    let ids = try texts(document, "//@id")
    #expect(Set(ids).count == ids.count, "ids are unique")
  }

  @Test("nothing is fetched: no external address, no script")
  func selfContained() throws {
    let html = CareReport(run: try ReportFixture.shared.get(), comparison: ReportFixture.comparison).html
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("url("))
    let document = try parsed(html)
    for attribute in try document.nodes(forXPath: "//@src | //@href") {
      let value = attribute.stringValue ?? ""
      #expect(value.hasPrefix("#"), "external reference \(value)")
      #expect(!value.contains("//"))
    }
  }

  @Test("a comparison adds the forest plot and net impact, with inserted names escaped")
  func comparison() throws {
    let html = CareReport(run: try ReportFixture.shared.get(), comparison: ReportFixture.comparison).html
    #expect(!html.contains("<with>"))
    #expect(html.contains("hub &lt;with&gt; &quot;call-backs&quot; &amp; more"))
    let document = try parsed(html)
    #expect(try texts(document, "//section/h2").contains("Comparison of designs"))
    // One forest plot per unit (days, bed days, deaths, pounds, share), each on its own scale.
    let forest = try document.nodes(forXPath: "//section[@id='comparison']//svg[starts-with(@id,'chart-forest-')]")
    #expect(forest.count == 5)
    // One dot per difference, plus each plot's legend dot.
    #expect(try document.nodes(forXPath: "//svg[starts-with(@id,'chart-forest-')]/circle").count == 6 + 5)
    #expect(try document.nodes(forXPath: "//svg[@id='chart-forest-days']/circle").count == 2 + 1)
    #expect(try document.nodes(forXPath: "//svg[@id='chart-net-impact']").count == 1)
    let rows = try texts(document, "//section[@id='comparison']//tbody/tr/th")
    #expect(rows.contains("Mean wait to first treatment"))
    #expect(rows.contains("Discounted total"))
    #expect(try texts(document, "//h1").first?.contains("compared with sandwell-standard-2009") == true)
    #expect(try texts(document, "//section/h2").first == "The two designs side by side")
    let cheers = try document.nodes(forXPath: "//section[@id='cheers']//tbody/tr")
    #expect(cheers.count == 28, "CHEERS 2022 has 28 items")
  }

  /// The side-by-side table gives BASE, ALT, the difference and its interval for each measure
  /// both designs have, and the cost-effectiveness table the ICER and NMB.
  @Test("a comparison opens with both designs side by side and the cost-effectiveness result")
  func sideBySide() throws {
    var comparison = ReportFixture.comparison
    comparison.means = ["pathway.wait_first_treatment.mean": (30.0, 26.9), "cost.total.per_year": (4.0e7, 4.12e7)]
    comparison.costEffectiveness = [("icer", 61348, 47834, 87259), ("nmb.20000", -8.97e6, -1.0e7, -7.9e6)]
    let document = try parsed(CareReport(run: try ReportFixture.shared.get(), comparison: comparison).html)
    let cells = try texts(document, "(//section[@id='comparison-headline']//table)[1]/tbody/tr/td")
    #expect(cells.count == 2 * 4, "two measures, four numbers each: \(cells)")
    #expect(cells.first == "30.0 days" || cells.first?.hasPrefix("30") == true, "\(cells)")
    let effectiveness = try texts(document, "(//section[@id='comparison-headline']//table)[2]/tbody/tr/th")
    #expect(effectiveness == ["Incremental cost per QALY", "Net monetary benefit at £20000 per QALY"])
  }

  @Test("the recovery target is drawn and stated")
  func target() throws {
    let document = try parsed(CareReport(run: try ReportFixture.shared.get()).html)
    // One line in the legend and one across the plot.
    #expect(try document.nodes(forXPath: "//svg[@id='chart-recovery']/line[@class='target']").count == 2)
    let cards = try texts(document, "//div[starts-with(@class,'card')][span[@class='label']='Recovery rate']")
    #expect(cards.first?.contains("50.0% target") == true)
  }

  @Test("run writes report.html beside the CSV files")
  func written() throws {
    let run = try ReportFixture.shared.get()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-report-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = RunManifest(
      command: ["stepwell", "run"], scenarioFile: ReportFixture.scenario, seed: run.design.seed,
      replications: run.replications.count, threads: 2, wallSeconds: 1, events: run.totalEvents, precision: nil)
    try run.write(to: folder, effectiveYAML: "name: test\n", manifest: manifest, records: false)
    let written = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(written == CareReport(run: run).html)
  }

  @Test("the same report whatever the thread count")
  func deterministic() throws {
    let shared = CareReport(run: try ReportFixture.shared.get()).html
    let single = CareReport(run: try ReportFixture.run(threads: 1)).html
    #expect(shared == single)
  }
}
