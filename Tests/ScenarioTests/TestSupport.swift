import Foundation
import Scenario
import Testing

/// A fresh, empty folder under the system's temporary directory for one test.
func makeTemporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("stepwell-scenario-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Writes `text` to `name` inside `folder` and returns the file's path.
@discardableResult
func writeFile(_ text: String, named name: String, in folder: URL) throws -> String {
  let url = folder.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

/// The top-level keys of a small valid network scenario, without `nodes`.
let validTop = """
  version: 1
  name: base
  model: network
  horizon: 1000
  warmup: 100
  replications: 3
  seed: 7

  """

/// The `nodes` list of a small valid network scenario: triage feeds therapy.
let validNodes = """
  nodes:
    - name: triage
      servers: 2
      arrivals: {distribution: exponential, mean: 1}
      service: {distribution: exponential, mean: 1.5}
      routing: {therapy: 0.3}
    - name: therapy
      servers: 1
      service: {distribution: exponential, mean: 2}

  """

/// A network scenario made of the given top-level text and node list.
func network(top: String = validTop, nodes: String = validNodes) -> String { top + nodes }

/// What loading `yaml` (written to a temporary file) threw, with the file's path.
func loadFailure(_ yaml: String, overrides: [String] = []) throws -> (
  path: String, error: ScenarioError?
) {
  let folder = try makeTemporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let path = try writeFile(yaml, named: "scenario.yaml", in: folder)
  do {
    let sets = try overrides.map(SetOverride.init)
    _ = try LoadedScenario.load(path: path, overrides: sets)
    return (path, nil)
  } catch let error as ScenarioError {
    return (path, error)
  }
}

/// Checks that `error` is an `.invalid` error about `file` at `keyPath`, and that its message
/// is one line naming both the file and the key path.
func expectInvalid(
  _ error: ScenarioError?, file: String, keyPath: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let error else {
    Issue.record("expected a ScenarioError at \(keyPath), got none", sourceLocation: sourceLocation)
    return
  }
  guard case .invalid(let errorFile, let errorKeyPath, _, _, let allowed) = error else {
    Issue.record("expected .invalid, got \(error)", sourceLocation: sourceLocation)
    return
  }
  #expect(errorFile == file, sourceLocation: sourceLocation)
  #expect(errorKeyPath == keyPath, "\(error)", sourceLocation: sourceLocation)
  #expect(!allowed.isEmpty, sourceLocation: sourceLocation)
  let message = error.description
  #expect(message.hasPrefix(file + ": "), "\(message)", sourceLocation: sourceLocation)
  let named = keyPath.isEmpty ? "top level" : keyPath
  #expect(message.contains(": \(named)"), "\(message)", sourceLocation: sourceLocation)
  #expect(message.contains("allowed: "), "\(message)", sourceLocation: sourceLocation)
  #expect(!message.contains("\n"), "\(message)", sourceLocation: sourceLocation)
}
