import Yams

/// Where each key of a merged scenario was written: which file of the `extends` chain, or which
/// `--set` override, so that messages name the file (and line) where the key really is.
public struct ScenarioOrigins: Sendable {
  /// One file of the chain and the line of every key path it writes itself.
  struct Source: Sendable {
    let file: String
    let lines: [String: Int?]
  }

  /// The files of the chain, the scenario itself first, then its parent, and so on.
  var sources: [Source] = []
  /// The overrides applied after the chain was merged, in order.
  var overrides: [SetOverride] = []

  /// Records a file of the chain (call in order: the scenario itself first, then its parents).
  mutating func add(file: String, node: Node) {
    var lines: [String: Int?] = [:]
    ScenarioOrigins.collect(node, path: "", into: &lines)
    sources.append(Source(file: file, lines: lines))
  }

  /// Records an override applied after the merge.
  mutating func add(_ override: SetOverride) { overrides.append(override) }

  /// The file (or `--set` argument) and line where `keyPath` was written, or nil when it cannot
  /// be told (a key that no file or override writes). A section no file writes belongs to the
  /// override that created it on the way to a key inside it.
  func origin(of keyPath: String) -> (file: String, line: Int?)? {
    let parts = keyPath.split(separator: ".").map(String.init)
    guard !parts.isEmpty else { return nil }
    for override in overrides.reversed() where parts.starts(with: override.path) {
      return (override.source, nil)
    }
    if !sources.contains(where: { $0.lines[keyPath] != nil }),
      let creator = overrides.last(where: { $0.path.starts(with: parts) })
    {
      return (creator.source, nil)
    }
    for length in stride(from: parts.count, through: 1, by: -1) {
      let prefix = parts[..<length].joined(separator: ".")
      if let source = sources.first(where: { $0.lines[prefix] != nil }) {
        return (source.file, source.lines[prefix] ?? nil)
      }
    }
    return nil
  }

  /// `error` with its file and line replaced by where its key was written, when the error is
  /// about `file` (the scenario) and the key came from another file or an override.
  func relocate(_ error: ScenarioError, scenario file: String) -> ScenarioError {
    guard case .invalid(let errorFile, let keyPath, let line, let problem, let allowed) = error,
      errorFile == file, let origin = origin(of: keyPath), origin.file != file
    else { return error }
    _ = line
    return .invalid(file: origin.file, keyPath: keyPath, line: origin.line, problem: problem, allowed: allowed)
  }

  /// Every key path under `node` with the line of its value; list elements by index and, when
  /// they have one, by `name`.
  static func collect(_ node: Node, path: String, into lines: inout [String: Int?]) {
    func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard let name = key.string else { continue }
        lines[join(name)] = value.mark?.line ?? key.mark?.line
        collect(value, path: join(name), into: &lines)
      }
    case .sequence(let sequence):
      for (index, item) in sequence.enumerated() {
        var paths = [join(String(index))]
        if let name = item.mapping?[Node("name")]?.string { paths.append(join(name)) }
        for itemPath in paths {
          lines[itemPath] = item.mark?.line
          collect(item, path: itemPath, into: &lines)
        }
      }
    default:
      break
    }
  }
}
