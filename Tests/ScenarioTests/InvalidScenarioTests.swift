import Foundation
import Scenario
import Testing

/// One bad scenario and the key path its error must name.
struct BadScenario: Sendable, CustomTestStringConvertible {
  let label: String
  let yaml: String
  let keyPath: String
  var overrides: [String] = []
  /// Where the message says the key was written, when not the scenario file (a `--set`).
  var writtenIn: String? = nil

  var testDescription: String { label }
}

/// Replaces the first occurrence of `old` in the valid scenario with `new`.
func validScenario(replacing old: String, with new: String) -> String {
  let text = network()
  precondition(text.contains(old), "the valid scenario has no '\(old)'")
  guard let range = text.range(of: old) else { return text }
  return text.replacingCharacters(in: range, with: new)
}

let badScenarios: [BadScenario] = [
  BadScenario(
    label: "unknown top-level key", yaml: network(top: validTop + "horizn: 5\n"),
    keyPath: "horizn"),
  BadScenario(
    label: "unknown key inside a node",
    yaml: validScenario(replacing: "servers: 1", with: "servers: 1\n    serverz: 2"),
    keyPath: "nodes.therapy.serverz"),
  BadScenario(
    label: "unknown key inside a distribution",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 2}",
      with: "{distribution: exponential, mean: 2, sigma: 1}"),
    keyPath: "nodes.therapy.service.sigma"),
  BadScenario(
    label: "text where a number belongs",
    yaml: validScenario(replacing: "horizon: 1000", with: "horizon: forever"),
    keyPath: "horizon"),
  BadScenario(
    label: "a list where a single value belongs",
    yaml: validScenario(replacing: "seed: 7", with: "seed: [1, 2]"), keyPath: "seed"),
  BadScenario(
    label: "text where a server count belongs",
    yaml: validScenario(replacing: "servers: 2", with: "servers: many"),
    keyPath: "nodes.triage.servers"),
  BadScenario(
    label: "a single value where a distribution belongs",
    yaml: validScenario(
      replacing: "service: {distribution: exponential, mean: 2}", with: "service: 2"),
    keyPath: "nodes.therapy.service"),
  BadScenario(
    label: "a mapping where the node list belongs",
    yaml: network(nodes: "nodes: {triage: 1}\n"), keyPath: "nodes"),
  BadScenario(
    label: "zero servers", yaml: validScenario(replacing: "servers: 2", with: "servers: 0"),
    keyPath: "nodes.triage.servers"),
  BadScenario(
    label: "negative servers", yaml: validScenario(replacing: "servers: 1", with: "servers: -3"),
    keyPath: "nodes.therapy.servers"),
  BadScenario(
    label: "a fractional server count",
    yaml: validScenario(replacing: "servers: 1", with: "servers: 1.5"),
    keyPath: "nodes.therapy.servers"),
  BadScenario(
    label: "negative service mean",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 2}",
      with: "{distribution: exponential, mean: -2}"),
    keyPath: "nodes.therapy.service.mean"),
  BadScenario(
    label: "zero arrival mean",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 1}",
      with: "{distribution: exponential, mean: 0}"),
    keyPath: "nodes.triage.arrivals.mean"),
  BadScenario(
    label: "inter-arrival times that are all zero (a run would never advance)",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 1}", with: "{distribution: fixed, value: 0}"),
    keyPath: "nodes.triage.arrivals"),
  BadScenario(
    label: "inter-arrival times shifted below zero",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 1}",
      with: "{distribution: exponential, mean: 1, shift: -2}"),
    keyPath: "nodes.triage.arrivals"),
  BadScenario(
    label: "zero horizon", yaml: validScenario(replacing: "horizon: 1000", with: "horizon: 0"),
    keyPath: "horizon"),
  BadScenario(
    label: "routing probabilities above 1",
    yaml: validScenario(
      replacing: "routing: {therapy: 0.3}", with: "routing: {therapy: 0.7, triage: 0.4}"),
    keyPath: "nodes.triage.routing"),
  BadScenario(
    label: "a routing probability above 1",
    yaml: validScenario(replacing: "routing: {therapy: 0.3}", with: "routing: {therapy: 1.2}"),
    keyPath: "nodes.triage.routing.therapy"),
  BadScenario(
    label: "routing to an unknown node",
    yaml: validScenario(replacing: "routing: {therapy: 0.3}", with: "routing: {theraphy: 0.3}"),
    keyPath: "nodes.triage.routing.theraphy"),
  BadScenario(
    label: "a node nothing can reach",
    yaml: validScenario(replacing: "routing: {therapy: 0.3}", with: "routing: {}"),
    keyPath: "nodes.therapy"),
  BadScenario(
    label: "duplicate node names",
    yaml: validScenario(replacing: "- name: therapy", with: "- name: triage"),
    keyPath: "nodes.1.name"),
  BadScenario(
    label: "warmup equal to horizon",
    yaml: validScenario(replacing: "warmup: 100", with: "warmup: 1000"), keyPath: "warmup"),
  BadScenario(
    label: "warmup above horizon",
    yaml: validScenario(replacing: "warmup: 100", with: "warmup: 5000"), keyPath: "warmup"),
  BadScenario(
    label: "negative warmup",
    yaml: validScenario(replacing: "warmup: 100", with: "warmup: -1"), keyPath: "warmup"),
  BadScenario(
    label: "unknown distribution",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 2}", with: "{distribution: expo, mean: 2}"),
    keyPath: "nodes.therapy.service.distribution"),
  BadScenario(
    label: "a distribution without its parameters",
    yaml: validScenario(
      replacing: "{distribution: exponential, mean: 2}", with: "{distribution: exponential}"),
    keyPath: "nodes.therapy.service"),
  BadScenario(
    label: "unknown discipline",
    yaml: validScenario(replacing: "servers: 1", with: "servers: 1\n    discipline: lifo"),
    keyPath: "nodes.therapy.discipline"),
  BadScenario(
    label: "a schedule whose first step is not at 0",
    yaml: validScenario(
      replacing: "servers: 1", with: "servers: [{from: 5, servers: 1}]\n    cycle: 10"),
    keyPath: "nodes.therapy.servers.0.from"),
  BadScenario(
    label: "missing horizon", yaml: validScenario(replacing: "horizon: 1000\n", with: ""),
    keyPath: "horizon"),
  BadScenario(
    label: "missing name", yaml: validScenario(replacing: "name: base\n", with: ""),
    keyPath: "name"),
  BadScenario(
    label: "missing version", yaml: validScenario(replacing: "version: 1\n", with: ""),
    keyPath: "version"),
  BadScenario(
    label: "missing model", yaml: validScenario(replacing: "model: network\n", with: ""),
    keyPath: "model"),
  BadScenario(label: "missing nodes", yaml: validTop, keyPath: "nodes"),
  BadScenario(
    label: "missing service",
    yaml: validScenario(
      replacing: "    service: {distribution: exponential, mean: 2}\n", with: ""),
    keyPath: "nodes.therapy.service"),
  BadScenario(
    label: "missing servers",
    yaml: validScenario(replacing: "    servers: 1\n", with: ""),
    keyPath: "nodes.therapy.servers"),
  BadScenario(
    label: "missing node name",
    yaml: validScenario(replacing: "- name: therapy\n    servers: 1", with: "- servers: 1"),
    keyPath: "nodes.1.name"),
  BadScenario(
    label: "unsupported version", yaml: validScenario(replacing: "version: 1", with: "version: 2"),
    keyPath: "version"),
  BadScenario(
    label: "--set makes a node invalid", yaml: network(), keyPath: "nodes.therapy.servers",
    overrides: ["nodes.therapy.servers=0"], writtenIn: "--set nodes.therapy.servers=0"),
  BadScenario(
    label: "--set adds an unknown key to a node", yaml: network(),
    keyPath: "nodes.triage.bogus", overrides: ["nodes.triage.bogus=1"], writtenIn: "--set nodes.triage.bogus=1"),
]

@Suite("Invalid scenarios")
struct InvalidScenarioTests {
  @Test("The valid base scenario loads")
  func baseLoads() throws {
    let (path, error) = try loadFailure(network())
    #expect(error == nil, "\(String(describing: error))")
    #expect(path.hasSuffix("scenario.yaml"))
  }

  @Test("Each bad input gives one error naming the file and the key path", arguments: badScenarios)
  func badInput(_ bad: BadScenario) throws {
    let (path, error) = try loadFailure(bad.yaml, overrides: bad.overrides)
    expectInvalid(error, file: bad.writtenIn ?? path, keyPath: bad.keyPath)
  }

  @Test("--set putting the horizon before the warm-up names the --set and the key it conflicts with")
  func setConflict() throws {
    let (path, error) = try loadFailure(network(), overrides: ["horizon=50"])
    guard case .conflict(let source, let keyPath, let place, _, _) = try #require(error) else {
      Issue.record("expected .conflict, got \(String(describing: error))")
      return
    }
    #expect(source == "--set horizon=50")
    #expect(keyPath == "warmup")
    #expect(place.hasPrefix(path))
  }

  @Test("An empty file is an error about the top level")
  func emptyFile() throws {
    let (path, error) = try loadFailure("# nothing here\n")
    expectInvalid(error, file: path, keyPath: "")
    #expect(error?.description.contains("top level") == true)
  }

  @Test("A YAML syntax error names the file and its line")
  func syntaxError() throws {
    // Line 6 opens a flow mapping that is never closed.
    let yaml = """
      version: 1
      name: broken
      model: network
      horizon: 100
      nodes:
        - {name: a, servers: 1
        - name: b

      """
    let (path, error) = try loadFailure(yaml)
    guard case .syntax(let file, let line, _, let problem) = try #require(error) else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(file == path)
    #expect(!problem.isEmpty)
    let reported = try #require(line)
    #expect((6...7).contains(reported), "reported line \(reported)")
    let message = try #require(error).description
    #expect(message.hasPrefix("\(path):\(reported)"))
    #expect(!message.contains("\n"))
  }

  @Test("A bad indentation is reported at its line")
  func indentationError() throws {
    let yaml = "version: 1\nname: x\n  model: network\n"
    let (path, error) = try loadFailure(yaml)
    guard case .syntax(let file, let line, _, _) = try #require(error) else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(file == path)
    #expect(line == 3)
  }

  @Test("A missing file is reported as unreadable, naming it")
  func missingFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("absent.yaml").path
    #expect(throws: ScenarioError.unreadable(file: path, reason: "no such file")) {
      try LoadedScenario.load(path: path)
    }
  }
}
