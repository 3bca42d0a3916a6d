import Foundation
import Projection
import Scenario
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Sweeps of the M/M/c clinic (short runs), for the sweep tests.
enum ClinicSweep {
  static func run(_ arguments: [String], threads: Int = 2) throws -> SweepRun {
    let grid = try SweepGrid(arguments: arguments)
    let overrides = try ["horizon=3000", "warmup=300", "replications=3"].map { try SetOverride($0) }
    let scenarios = try SweepRun.load(path: ClinicPair.file, grid: grid, overrides: overrides)
    return SweepRun(file: ClinicPair.file, scenarios: scenarios, grid: grid, options: RunOptions(threads: threads))
  }
}

/// Collects XML parse errors.
final class XMLCheck: NSObject, XMLParserDelegate {
  var elements: [String] = []
  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(name)
  }

  /// The element names, or nil when the text is not well-formed XML.
  static func elements(of text: String) -> [String]? {
    let parser = XMLParser(data: Data(text.utf8))
    let check = XMLCheck()
    parser.delegate = check
    return parser.parse() ? check.elements : nil
  }
}

@Suite("Sweep runs")
struct SweepRunTests {
  @Test("sweep.csv has every metric at every point; waits fall as servers rise")
  func servers() throws {
    let run = try ClinicSweep.run(["nodes.clinic.servers=3...5"])
    let lines = run.sweepCSV.split(separator: "\n").map(String.init)
    #expect(lines[0] == "nodes.clinic.servers,metric,mean,ci_low,ci_high")
    let perPoint = run.results[0].summaries.count
    #expect(lines.count == 1 + 3 * perPoint)
    let waits = run.results.compactMap { $0.summary("node.clinic.wait.mean")?.mean }
    #expect(waits.count == 3 && waits[0] > waits[1] && waits[1] > waits[2])
    #expect(lines[1].hasPrefix("3,"))
    #expect(lines.last?.hasPrefix("5,") == true)
  }

  @Test("sweep.svg is well-formed XML with a line and a band per series")
  func svgParses() throws {
    let run = try ClinicSweep.run(["nodes.clinic.servers=3...5"])
    let svg = SweepChart(run: run).svg
    let elements = try #require(XMLCheck.elements(of: svg))
    #expect(elements.first == "svg")
    #expect(elements.filter { $0 == "polyline" }.count == 1)
    #expect(elements.filter { $0 == "polygon" }.count == 1)
    #expect(!svg.contains("http://") || svg.components(separatedBy: "http://").count == 2)
  }

  @Test("two keys: one panel per wait with one line per value of the second key")
  func twoKeys() throws {
    let run = try ClinicSweep.run(["nodes.clinic.servers=3...4", "nodes.clinic.service.mean=1...1.2:0.1"])
    #expect(run.results.count == 6)
    let panels = SweepChart(run: run).panels
    #expect(panels.map(\.title) == ["Node clinic: wait, mean (days)"])
    #expect(panels.map(\.unit) == ["days"])
    #expect(
      panels[0].lines.map(\.label) == [
        "nodes.clinic.service.mean = 1", "nodes.clinic.service.mean = 1.1", "nodes.clinic.service.mean = 1.2",
      ])
    #expect(panels[0].lines.allSatisfy { $0.points.map(\.x) == [3, 4] })
    #expect(XMLCheck.elements(of: SweepChart(run: run).svg) != nil)
  }

  @Test("one key: the waits panel is titled and its lines labelled from the metric catalogue, from zero")
  func catalogueLabels() throws {
    let run = try ClinicSweep.run(["nodes.clinic.servers=3...5"])
    let chart = SweepChart(run: run)
    #expect(chart.panels.map(\.title) == ["Mean waits (days)"])
    #expect(chart.panels[0].lines.map(\.label) == ["Node clinic: wait, mean"])
    let svg = chart.svg
    #expect(!svg.contains(">node.clinic.wait.mean<"))
    let yTicks = svg.matches(of: /text-anchor="end"[^>]*>([^<]*)</).map { String($0.output.1) }
    #expect(yTicks.first.flatMap(Double.init) == 0, "the wait axis starts at zero: \(yTicks)")
    #expect(svg.contains(">clinic servers (people serving at once): nodes.clinic.servers<"))
  }

  @Test("a swept key's axis label says what it sets and in what unit, and keeps the key")
  func keyLabels() {
    #expect(SweepKeyLabel.text("services.step3.wte", timeUnit: "days") == "step3 staff (WTE): services.step3.wte")
    #expect(
      SweepKeyLabel.text("referrals.per_year", timeUnit: "days")
        == "referrals a year (people a year): referrals.per_year")
    #expect(
      SweepKeyLabel.text("nodes.desk.service.mean", timeUnit: "hours")
        == "desk service mean (hours): nodes.desk.service.mean")
    #expect(SweepKeyLabel.text("policies.dna_rate", timeUnit: "days") == "dna rate (share, 0 to 1): policies.dna_rate")
    #expect(
      SweepKeyLabel.text("services.triage.booking_lead.median", timeUnit: "days")
        == "triage booking lead median (days): services.triage.booking_lead.median")
    #expect(SweepKeyLabel.text("seed", timeUnit: "days") == "seed")
  }

  @Test("sweep files and comparison files are byte-identical on one thread and on two")
  func threadCountInvariance() throws {
    let one = try ClinicSweep.run(["nodes.clinic.servers=3...4"], threads: 1)
    let two = try ClinicSweep.run(["nodes.clinic.servers=3...4"], threads: 2)
    #expect(one.sweepCSV == two.sweepCSV)
    #expect(SweepChart(run: one).svg == SweepChart(run: two).svg)
    let pairOne = PairedComparison(
      base: try ClinicPair.run(servers: 3, threads: 1).tables, alt: try ClinicPair.run(servers: 4, threads: 1).tables)
    let pairTwo = PairedComparison(
      base: try ClinicPair.run(servers: 3, threads: 2).tables, alt: try ClinicPair.run(servers: 4, threads: 2).tables)
    #expect(pairOne.comparisonCSV == pairTwo.comparisonCSV)
  }

  @Test("a range over a key the scenario does not have is refused before anything runs")
  func badKey() throws {
    let grid = try SweepGrid(arguments: ["nodes.desk.servers=1...3"])
    #expect {
      _ = try SweepRun.load(path: ClinicPair.file, grid: grid, overrides: [])
    } throws: { error in
      guard let error = error as? ScenarioError, case .badOverride(let argument, _, _) = error else { return false }
      return argument == "nodes.desk.servers=1...3"
    }
  }
}
