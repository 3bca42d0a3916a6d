import Foundation
import QueueingNetwork
import Scenario
import Testing

@Suite("extends")
struct ExtendsTests {
  @Test("A child inherits its parent's values and overrides its own")
  func chainMerges() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeFile(network(), named: "parent.yaml", in: folder)
    try writeFile(
      "extends: parent.yaml\nname: middle\nseed: 99\n", named: "middle.yaml", in: folder)
    let child = try writeFile(
      "extends: middle.yaml\nname: child\nhorizon: 2000\n", named: "child.yaml", in: folder)
    let loaded = try LoadedScenario.load(path: child)
    guard let scenario = loaded.design as? NetworkDesign else { return }
    #expect(scenario.name == "child")
    #expect(scenario.seed == 99)
    #expect(scenario.horizon == 2000)
    #expect(scenario.warmup == 100)
    #expect(scenario.nodes.map(\.name) == ["triage", "therapy"])
    #expect(!loaded.effectiveYAML.contains("extends:"))
  }

  @Test("extends naming a missing file is an error at 'extends'")
  func missingParent() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let child = try writeFile(
      "extends: nowhere.yaml\nname: child\n", named: "child.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: child)
      Issue.record("a missing parent was accepted")
    } catch let error as ScenarioError {
      expectInvalid(error, file: child, keyPath: "extends")
      #expect(error.description.contains("nowhere.yaml"))
    }
  }

  @Test("A cycle of extends is an error at 'extends'")
  func circular() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeFile("extends: b.yaml\nname: a\n", named: "a.yaml", in: folder)
    try writeFile("extends: c.yaml\nname: b\n", named: "b.yaml", in: folder)
    try writeFile("extends: a.yaml\nname: c\n", named: "c.yaml", in: folder)
    let start = folder.appendingPathComponent("a.yaml").path
    do {
      _ = try LoadedScenario.load(path: start)
      Issue.record("a cycle was accepted")
    } catch let error as ScenarioError {
      #expect(error.keyPath == "extends")
      guard case .invalid(let file, _, _, let problem, _) = error else {
        Issue.record("expected .invalid, got \(error)")
        return
      }
      #expect(file.hasSuffix(".yaml"))
      #expect(problem.contains("cycle"))
      #expect(error.description.hasPrefix(file + ": extends"))
    }
  }

  @Test("A file extending itself is an error at 'extends'")
  func selfExtends() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try writeFile("extends: self.yaml\nname: me\n", named: "self.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: path)
      Issue.record("a self-extending file was accepted")
    } catch let error as ScenarioError {
      expectInvalid(error, file: path, keyPath: "extends")
    }
  }

  @Test("A child without a name is an error at 'name' (names are never inherited)")
  func childWithoutName() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeFile(network(), named: "parent.yaml", in: folder)
    let child = try writeFile("extends: parent.yaml\nseed: 3\n", named: "child.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: child)
      Issue.record("a nameless child was accepted")
    } catch let error as ScenarioError {
      expectInvalid(error, file: child, keyPath: "name")
    }
  }

  @Test("An error inherited from a parent names the file that was loaded")
  func errorInParentValue() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeFile(network(), named: "parent.yaml", in: folder)
    let child = try writeFile(
      "extends: parent.yaml\nname: child\nwarmup: 4000\n", named: "child.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: child)
      Issue.record("warmup above horizon was accepted")
    } catch let error as ScenarioError {
      expectInvalid(error, file: child, keyPath: "warmup")
    }
  }
}

@Suite("--set overrides")
struct OverrideTests {
  @Test("--set addresses a node by its name")
  func nodeByName() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try writeFile(network(), named: "scenario.yaml", in: folder)
    let overrides = try [
      "nodes.therapy.servers=5", "nodes.triage.routing.therapy=0.5", "seed=42",
      "nodes.therapy.service={distribution: fixed, value: 3}",
    ].map(SetOverride.init)
    let loaded = try LoadedScenario.load(path: path, overrides: overrides)
    guard let scenario = loaded.design as? NetworkDesign else { return }
    let therapy = try #require(scenario.index(ofNode: "therapy"))
    let triage = try #require(scenario.index(ofNode: "triage"))
    #expect(scenario.nodes[therapy].servers.capacity(at: 0) == 5)
    #expect(scenario.nodes[therapy].service.mean == 3)
    #expect(scenario.nodes[triage].servers.capacity(at: 0) == 2)
    #expect(scenario.nodes[triage].routing.map(\.probability) == [0.5])
    #expect(scenario.seed == 42)
    // The effective scenario carries the overrides and loads to the same values.
    let effective = try writeFile(loaded.effectiveYAML, named: "effective.yaml", in: folder)
    guard let again = try LoadedScenario.load(path: effective).design as? NetworkDesign else { return }
    #expect(again.nodes[therapy].servers.capacity(at: 0) == 5)
    #expect(again.seed == 42)
  }

  @Test(
    "--set through an unknown intermediate key is a bad override naming the argument",
    arguments: ["nodes.ghost.servers=3", "bogus.inner=1", "horizon.inner=1"])
  func unknownIntermediate(_ argument: String) throws {
    let (_, error) = try loadFailure(network(), overrides: [argument])
    guard case .badOverride(let reported, let problem, let allowed) = try #require(error) else {
      Issue.record("expected .badOverride, got \(String(describing: error))")
      return
    }
    #expect(reported == argument)
    #expect(!problem.isEmpty)
    #expect(!allowed.isEmpty)
    let message = try #require(error).description
    #expect(message.hasPrefix("--set \(argument): "))
    #expect(!message.contains("\n"))
  }

  @Test("The allowed names of a missing node are listed")
  func listsNodeNames() throws {
    let (_, error) = try loadFailure(network(), overrides: ["nodes.ghost.servers=3"])
    guard case .badOverride(_, _, let allowed) = try #require(error) else {
      Issue.record("expected .badOverride, got \(String(describing: error))")
      return
    }
    #expect(allowed.contains("triage") && allowed.contains("therapy"))
  }

  @Test("A --set without '=' or with an empty key is rejected", arguments: ["seed", "=4", "a..b=1"])
  func malformed(_ argument: String) {
    #expect(throws: ScenarioError.self) { try SetOverride(argument) }
    do {
      _ = try SetOverride(argument)
    } catch let error as ScenarioError {
      guard case .badOverride(let reported, _, _) = error else {
        Issue.record("expected .badOverride, got \(error)")
        return
      }
      #expect(reported == argument)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}

@Suite("Shipped scenarios")
struct ShippedScenarioTests {
  /// Scenarios/queueing, found from this file: Tests/ScenarioTests/ -> package root.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scenarios/queueing")

  @Test("Every scenario under Scenarios/queueing loads")
  func allLoad() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names.count >= 3, "found \(names)")
    for name in names {
      let path = Self.folder.appendingPathComponent(name).path
      let loaded = try LoadedScenario.load(path: path)
      guard let scenario = loaded.design as? NetworkDesign else { continue }
      #expect(!scenario.nodes.isEmpty)
      #expect(scenario.warmup < scenario.horizon)
    }
  }
}
