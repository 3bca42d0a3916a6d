import Foundation
import Scenario
import Testing

/// Limits checked at load: both ends of every range in the message, the file where a key was
/// written, overrides that may not be set, and YAML that expands without bound.
@Suite("Limits")
struct LimitTests {
  /// Loads `child` (extending `parent`) from a temporary folder and returns the error.
  func childFailure(parent: String, child: String, overrides: [String] = []) throws -> (
    parent: String, child: String, error: ScenarioError?
  ) {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let parentPath = try writeFile(parent, named: "parent.yaml", in: folder)
    let childPath = try writeFile(child, named: "child.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: childPath, overrides: try overrides.map(SetOverride.init))
      return (parentPath, childPath, nil)
    } catch let error as ScenarioError {
      return (parentPath, childPath, error)
    }
  }

  @Test("An error about an inherited key names the parent file and the key's line there")
  func inheritedKeyNamesParent() throws {
    let parent = network(nodes: validNodes.replacingOccurrences(of: "servers: 1\n", with: "servers: 5000000\n"))
    let lineInParent = parent.components(separatedBy: "\n").firstIndex { $0.contains("servers: 5000000") }.map {
      $0 + 1
    }
    let result = try childFailure(parent: parent, child: "version: 1\nextends: parent.yaml\nname: child\nseed: 9\n")
    expectInvalid(result.error, file: result.parent, keyPath: "nodes.therapy.servers")
    guard case .invalid(_, _, let line, _, _) = result.error else { return }
    #expect(line == lineInParent)
  }

  @Test("An error about a key the child sets names the child")
  func childKeyNamesChild() throws {
    let result = try childFailure(
      parent: network(), child: "version: 1\nextends: parent.yaml\nname: child\nhorizon: 2e9\n")
    expectInvalid(result.error, file: result.child, keyPath: "horizon")
  }

  @Test("An error about a key set on the command line names the --set argument")
  func overrideNamesSet() throws {
    let result = try childFailure(
      parent: network(), child: "version: 1\nextends: parent.yaml\nname: child\n",
      overrides: ["nodes.triage.backlog=-1"])
    expectInvalid(result.error, file: "--set nodes.triage.backlog=-1", keyPath: "nodes.triage.backlog")
  }

  @Test(
    "Out-of-range numbers are refused with both ends of the range",
    arguments: [
      ("horizon: 1000\n", "horizon: 1e308\n", "horizon", "1000000000"),
      ("horizon: 1000\n", "horizon: 4.9e-324\n", "horizon", "1e-09"),
      ("seed: 7\n", "seed: -1\n", "seed", "9223372036854775807"),
      ("replications: 3\n", "replications: 0\n", "replications", "10000"),
    ])
  func outOfRange(old: String, new: String, keyPath: String, upperEnd: String) throws {
    let (path, error) = try loadFailure(validScenario(replacing: old, with: new))
    expectInvalid(error, file: path, keyPath: keyPath)
    #expect(error?.description.contains(upperEnd) == true, "\(String(describing: error))")
  }

  @Test("Distribution parameters beyond 1e9 are refused", arguments: ["1e19", "1e300", "-1e300"])
  func distributionParameter(value: String) throws {
    let yaml = validScenario(
      replacing: "service: {distribution: exponential, mean: 2}",
      with: "service: {distribution: poisson, mean: \(value)}")
    let (path, error) = try loadFailure(yaml)
    expectInvalid(error, file: path, keyPath: "nodes.therapy.service.mean")
  }

  @Test("--set refuses the keys that say which file and model a scenario is", arguments: SetOverride.refusedKeys)
  func refusedOverride(key: String) {
    #expect(throws: ScenarioError.self) { try SetOverride("\(key)=x") }
    #expect(throws: ScenarioError.self) { try SetOverride("\(key).inner=x") }
  }

  @Test("An alias bomb is refused after counting a bounded number of values")
  func aliasBomb() throws {
    var levels = ["&a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1...8 {
      levels.append("&a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
    }
    let yaml = network() + "description: [" + levels.joined(separator: ", ") + "]\n"
    let started = Date()
    let (path, error) = try loadFailure(yaml)
    expectInvalid(error, file: path, keyPath: "")
    #expect(error?.description.contains("\(ScenarioLimits.maximumYAMLNodes)") == true)
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test("A few aliases within the limit still load")
  func smallAliases() throws {
    let yaml = validScenario(
      replacing: "arrivals: {distribution: exponential, mean: 1}",
      with: "arrivals: &gap {distribution: exponential, mean: 1}"
    ).replacingOccurrences(
      of: "service: {distribution: exponential, mean: 2}", with: "service: *gap")
    let (_, error) = try loadFailure(yaml)
    #expect(error == nil, "\(String(describing: error))")
  }

  @Test(
    "Dates outside 1900 to 2200 are not dates",
    arguments: ["0000-01-01", "1899-12-31", "2201-01-01", "2011-02-30", "2011--1-01"])
  func outOfRangeDates(text: String) {
    #expect(DurationText.parseDate(text) == nil)
  }

  @Test("Dates inside 1900 to 2200 are dates", arguments: ["1900-01-01", "2011-04-01", "2200-12-31"])
  func dates(text: String) {
    #expect(DurationText.parseDate(text) != nil)
  }

  @Test("Durations that overflow to infinity are not durations", arguments: ["1e308y", "1e308w", "2e308"])
  func overflowingDurations(text: String) {
    #expect(DurationText.days(text) == nil)
  }
}
