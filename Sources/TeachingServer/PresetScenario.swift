import Scenario
import Synchronization
import Yams

/// One preset's scenario, read from its file once and kept as a merged tree; each request's
/// overrides are applied to a copy of that tree, so a request reads no scenario file.
///
/// Copies of a Yams tree share its tag objects, and Yams resolves a tag lazily by writing into
/// that shared object the first time a node is compared; so the tree is used under a lock, one
/// request at a time. Applying overrides and validating take milliseconds; the simulation runs
/// outside the lock.
final class PresetScenario: Sendable {
  /// The scenario file it was read from (for messages).
  let path: String
  private let source: Mutex<Source>

  /// The merged tree and where each of its keys was written.
  private struct Source {
    let tree: Node
    let origins: ScenarioOrigins
  }

  /// Reads the scenario at `path` and every file it extends.
  init(path: String) throws {
    self.path = path
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    source = Mutex(Source(tree: tree, origins: origins))
  }

  /// The scenario with `overrides` applied, validated as `LoadedScenario.load(path:overrides:)`
  /// would validate it.
  func load(overrides: [SetOverride] = []) throws -> LoadedScenario {
    try source.withLock { source in
      try LoadedScenario.load(tree: source.tree, origins: source.origins, path: path, overrides: overrides)
    }
  }
}
