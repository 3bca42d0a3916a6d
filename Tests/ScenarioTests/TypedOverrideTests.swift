import Foundation
import QueueingNetwork
import Scenario
import Testing

@Suite("Typed overrides")
struct TypedOverrideTests {
  @Test(
    "A typed value is written as --set would take it",
    arguments: [
      (SetOverride.Value.number(20), "20.0"), (.number(0.125), "0.125"), (.integer(3), "3"), (.flag(true), "true"),
      (.days(91.3125), "91.3125d"), (.years(3), "3y"),
    ])
  func text(_ example: (value: SetOverride.Value, text: String)) {
    let override = SetOverride(path: ["a", "b"], value: example.value)
    #expect(override.value == example.text)
    #expect(override.argument == "a.b=\(example.text)")
    #expect(override.source == "--set a.b=\(example.text)")
    #expect(override.key == "a.b")
  }

  @Test("Typed overrides load the same scenario as the same --set arguments")
  func sameAsText() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try writeFile(network(), named: "scenario.yaml", in: folder)
    let typed = [
      SetOverride(path: ["nodes", "therapy", "servers"], value: .integer(5)),
      SetOverride(path: ["nodes", "triage", "routing", "therapy"], value: .number(0.5)),
      SetOverride(path: ["seed"], value: .integer(42)),
    ]
    let texts = try ["nodes.therapy.servers=5", "nodes.triage.routing.therapy=0.5", "seed=42"].map(SetOverride.init)
    let fromTyped = try LoadedScenario.load(path: path, overrides: typed)
    let fromText = try LoadedScenario.load(path: path, overrides: texts)
    #expect(fromTyped.effectiveYAML == fromText.effectiveYAML)
    let design = try #require(fromTyped.design as? NetworkDesign)
    let therapy = try #require(design.index(ofNode: "therapy"))
    #expect(design.nodes[therapy].servers.capacity(at: 0) == 5)
    #expect(design.seed == 42)
  }

  @Test("A tree read once loads again with other overrides after its file is gone")
  func treeReadOnce() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try writeFile(network(), named: "scenario.yaml", in: folder)
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    try FileManager.default.removeItem(atPath: path)
    for servers in [3, 4] {
      let overrides = [SetOverride(path: ["nodes", "therapy", "servers"], value: .integer(servers))]
      let loaded = try LoadedScenario.load(tree: tree, origins: origins, path: path, overrides: overrides)
      let design = try #require(loaded.design as? NetworkDesign)
      let therapy = try #require(design.index(ofNode: "therapy"))
      #expect(design.nodes[therapy].servers.capacity(at: 0) == servers)
      #expect(design.seed == 7, "the file's own values are kept")
    }
  }

  @Test("A typed value out of range is reported against its override")
  func badValueNamesTheOverride() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try writeFile(network(), named: "scenario.yaml", in: folder)
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    let overrides = [SetOverride(path: ["replications"], value: .integer(0))]
    do {
      _ = try LoadedScenario.load(tree: tree, origins: origins, path: path, overrides: overrides)
      Issue.record("0 replications were accepted")
    } catch let error as ScenarioError {
      #expect(error.keyPath == "replications")
      #expect(error.description.hasPrefix("--set replications=0: "), "\(error)")
    }
  }
}
