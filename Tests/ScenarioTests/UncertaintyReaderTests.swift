import Foundation
import Scenario
import Stochastics
import Testing

@Suite("The uncertainty section")
struct UncertaintyReaderTests {
  static let scenario = validTop + validNodes

  /// The section of the scenario at `path` with the files it names read, as `stepwell psa` reads it.
  static func spec(_ path: String) throws -> UncertaintySpec? {
    let (tree, _) = try ScenarioTree.loadTracingOrigins(path: path)
    return try UncertaintyReader.read(tree, path: path)
  }

  @Test("distributions in every form, with how they apply and their grades")
  func forms() throws {
    let folder = try makeTemporaryFolder()
    let path = try writeFile(
      UncertaintyReaderTests.scenario + """
        uncertainty:
          nodes.triage.servers: {distribution: triangular, min: 1, mode: 2, max: 4}
          nodes.triage.service.mean: {distribution: lognormal, interval: [1.2, 1.9], grade: D, reason: judgement}
          nodes.therapy.service.mean: {distribution: gamma, mean: 2, sd: 0.2, applies: multiplier}

        """, named: "s.yaml", in: folder)
    let spec = try #require(try UncertaintyReaderTests.spec(path))
    #expect(try LoadedScenario.load(path: path).uncertainty == spec, "no files named: the load reads the same")
    #expect(
      spec.inputs.map(\.key) == ["nodes.triage.servers", "nodes.triage.service.mean", "nodes.therapy.service.mean"])
    #expect(spec.inputs[0].distribution == .triangular(min: 1, mode: 2, max: 4))
    #expect(spec.inputs[1].grade == "D" && spec.inputs[1].reason == "judgement")
    #expect(spec.inputs[2].applies == .multiplier)
    #expect(!spec.usesDefaults)
  }

  @Test(
    "bad entries name the key path and what is allowed",
    arguments: [
      ("x.y: {distribution: weibull, mean: 1, sd: 1}", "uncertainty.x.y.distribution"),
      ("x.y: {distribution: beta, mean: 0.5, sd: 0.6}", "too wide"),
      ("x.y: {distribution: uniform, min: 3, max: 1}", "above max"),
      ("x.y: {distribution: gamma, mean: 1}", "uncertainty.x.y.sd"),
      ("x.y: {distribution: normal, mean: 1, sd: 1, applies: sometimes}", "uncertainty.x.y.applies"),
      ("x.y: {distribution: normal, mean: 1, sd: 1, spread: 2}", "unknown key 'spread'"),
      ("seed: {distribution: fixed, value: 3}", "cannot be uncertain"),
    ])
  func refusals(_ entry: String, _ expected: String) throws {
    let folder = try makeTemporaryFolder()
    let path = try writeFile(
      UncertaintyReaderTests.scenario + "uncertainty:\n  \(entry)\n", named: "s.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: path)
      Issue.record("\(entry) was accepted")
    } catch let error as ScenarioError {
      #expect(error.description.contains(expected), "\(error.description)")
      #expect(error.description.contains("allowed"), "\(error.description)")
    }
  }

  @Test("defaults come from Scenarios/uncertainty/defaults.yaml beside the areas; a named key replaces its default")
  func defaults() throws {
    let folder = try makeTemporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("areas"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("uncertainty"), withIntermediateDirectories: true)
    try writeFile(
      """
      version: 1
      inputs:
        nodes.triage.service.mean: {distribution: gamma, mean: 1.5, sd: 0.1, grade: D}
        nodes.therapy.service.mean: {distribution: gamma, mean: 2, sd: 0.2, grade: C}

      """, named: "uncertainty/defaults.yaml", in: folder)
    let plain = try writeFile(UncertaintyReaderTests.scenario + "uncertainty: defaults\n", named: "a.yaml", in: folder)
    let spec = try #require(try UncertaintyReaderTests.spec(plain))
    #expect(spec.usesDefaults && spec.inputs.count == 2 && spec.inputs.allSatisfy(\.fromDefaults))
    let mixed = try writeFile(
      UncertaintyReaderTests.scenario + """
        uncertainty:
          defaults: true
          nodes.therapy.service.mean: {distribution: fixed, value: 2}

        """, named: "b.yaml", in: folder)
    let both = try #require(try UncertaintyReaderTests.spec(mixed))
    #expect(both.inputs.map(\.key) == ["nodes.therapy.service.mean", "nodes.triage.service.mean"])
    #expect(both.inputs[0].distribution == .fixed(2) && !both.inputs[0].fromDefaults)
  }

  @Test("a draws table keeps each row whole and normalises its weights")
  func drawsTable() throws {
    let folder = try makeTemporaryFolder()
    try writeFile(
      "draw,nodes.triage.service.mean,weight\n1,1.4,1\n2,1.6,3\n", named: "posterior.csv", in: folder)
    let path = try writeFile(
      UncertaintyReaderTests.scenario + "uncertainty:\n  draws: posterior.csv\n", named: "s.yaml", in: folder)
    let table = try #require(try UncertaintyReaderTests.spec(path)?.tables.first)
    #expect(table.keys == ["nodes.triage.service.mean"] && table.weights == [0.25, 0.75])
    #expect(table.row(at: 0.2) == [1.4] && table.row(at: 0.3) == [1.6])
    #expect(abs(table.means[0] - 1.55) < 1e-12)
  }

  @Test("a scenario copied without the defaults file or its draws table still loads to run; a PSA read names the file")
  func runsWithoutTheFiles() throws {
    let folder = try makeTemporaryFolder()
    let path = try writeFile(
      UncertaintyReaderTests.scenario + "uncertainty:\n  defaults: true\n  draws: missing.csv\n", named: "s.yaml",
      in: folder)
    #expect(try LoadedScenario.load(path: path).uncertainty?.usesDefaults == true)
    do {
      _ = try UncertaintyReaderTests.spec(path)
      Issue.record("the missing table was not noticed")
    } catch let error as ScenarioError {
      #expect(error.description.contains("missing.csv") && error.description.contains("uncertainty.draws"))
    }
  }
}
