import Foundation
import Yams

/// A scenario file read into a YAML tree with its `extends` chain resolved.
///
/// `extends` (an absolute path, or relative to the folder of the file that writes it) deep-merges maps and replaces lists; chains are allowed,
/// cycles and missing files are errors. Data files a parent names stay the parent's (`ExtendedFilePaths`). `name` is required in every file and never inherited.
public enum ScenarioTree {
  /// Loads `path` and every file it extends, merged, without the `extends` key.
  public static func load(path: String) throws -> Node {
    var origins = ScenarioOrigins()
    return try load(path: path, visiting: [], origins: &origins)
  }

  /// Loads `path` as `load(path:)` does, and where each key of the result was written.
  public static func loadTracingOrigins(path: String) throws -> (Node, ScenarioOrigins) {
    var origins = ScenarioOrigins()
    let node = try load(path: path, visiting: [], origins: &origins)
    return (node, origins)
  }

  static func load(path: String, visiting: [String], origins: inout ScenarioOrigins) throws -> Node {
    let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
    let node = try YAMLSource.load(path: path)
    origins.add(file: path, node: node)
    let top = try MappingReader(node, file: path, path: "")
    guard let parentName = try top.string("extends") else { return node }
    let parentPath = resolve(parentName, from: path)
    if visiting.contains(parentPath) || parentPath == canonical {
      throw top.error(
        "extends", "'\(parentName)' extends itself through a cycle", allowed: "a chain of files without cycles")
    }
    guard FileManager.default.fileExists(atPath: parentPath) else {
      throw top.error(
        "extends", "'\(parentName)' does not exist (looked for \(parentPath))",
        allowed: "a scenario file: an absolute path, or a path relative to this file's folder")
    }
    guard try top.string("name") != nil else {
      throw top.error("name", "is missing (names are never inherited)", allowed: "a name in every file")
    }
    let parent = try load(path: parentPath, visiting: visiting + [canonical], origins: &origins)
    let rebased = ExtendedFilePaths.rebasing(
      parent, from: folder(of: parentPath), to: folder(of: URL(fileURLWithPath: path).standardizedFileURL.path))
    return merge(rebased, withChild: removingKey("extends", from: node))
  }

  /// The file an `extends` value names: an absolute path as written (`~` is the home folder),
  /// a relative one from the folder of the file that writes it.
  public static func resolve(_ parentName: String, from path: String) -> String {
    let expanded = NSString(string: parentName).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
    return URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent(parentName).standardizedFileURL.path
  }

  /// The standardised folder holding the file at `path`.
  static func folder(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
  }

  /// Deep-merges maps (child wins); lists and single values are replaced by the child's.
  public static func merge(_ parent: Node, withChild child: Node) -> Node {
    guard case .mapping(var merged) = parent, case .mapping(let overlay) = child else { return child }
    for (key, value) in overlay {
      if let existing = merged[key] {
        merged[key] = merge(existing, withChild: value)
      } else {
        merged[key] = value
      }
    }
    return .mapping(merged)
  }

  static func removingKey(_ key: String, from node: Node) -> Node {
    guard case .mapping(let mapping) = node else { return node }
    let kept = mapping.filter { $0.key.string != key }
    return .mapping(Node.Mapping(kept.map { ($0.key, $0.value) }))
  }
}
