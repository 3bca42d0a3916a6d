import Foundation
import Yams

/// One way ALT differs from BASE: a block of the scenario (a service, a pathway or policy entry,
/// or a top-level value) whose keys differ, with the weakest evidence grade written beside them.
public struct Lever: Sendable, Hashable {
  /// The block's key path, e.g. `services.step3`, `policies.dna`, `start_date`.
  public let name: String
  /// The leaf key paths that differ inside it.
  public let keys: [String]
  /// The weakest grade (A best, D worst) in the comments beside those keys in ALT's files;
  /// `ungraded` when none says.
  public let grade: String
  /// True when BASE has no such block at all (a service ALT adds).
  public let addsBlock: Bool
}

/// The levers by which ALT differs from BASE, and scenarios made of BASE with some of them
/// switched to ALT's values (`stepwell compare --decompose`). Run settings (`seed`,
/// `replications`, `horizon`, `warmup`) and labels (`name`, `description`, `targets`) are not
/// levers: every scenario made here keeps BASE's.
public struct LeverSet {
  /// Keys that are never levers.
  public static let notLevers = [
    "version", "name", "model", "description", "extends", "seed", "replications", "horizon", "warmup", "targets",
    "uncertainty",
  ]

  /// The levers in ALT's file order (then keys only BASE has).
  public let levers: [Lever]
  let baseTree: Node
  let altTree: Node
  let basePath: String

  /// Reads both scenarios with `overrides` applied to each.
  public init(base: String, alt: String, overrides: [SetOverride]) throws {
    let (_, baseTree) = try LoadedScenario.loadWithTree(path: base, overrides: overrides)
    let (_, altTree) = try LoadedScenario.loadWithTree(path: alt, overrides: overrides)
    let (_, origins) = try ScenarioTree.loadTracingOrigins(path: alt)
    self.baseTree = baseTree
    self.altTree = altTree
    basePath = base
    let altBlocks = LeverSet.blocks(altTree)
    let baseBlocks = LeverSet.blocks(baseTree)
    var names = altBlocks.map(\.name)
    for block in baseBlocks where !names.contains(block.name) { names.append(block.name) }
    var levers: [Lever] = []
    for name in names {
      let altNode = altBlocks.first { $0.name == name }?.node
      let baseNode = baseBlocks.first { $0.name == name }?.node
      let altLeaves = altNode.map { LeverSet.leaves($0, prefix: name) } ?? []
      let baseLeaves = baseNode.map { LeverSet.leaves($0, prefix: name) } ?? []
      var keys: [String] = []
      for leaf in altLeaves where baseLeaves.first(where: { $0.key == leaf.key })?.text != leaf.text {
        keys.append(leaf.key)
      }
      for leaf in baseLeaves where !altLeaves.contains(where: { $0.key == leaf.key }) { keys.append(leaf.key) }
      guard !keys.isEmpty else { continue }
      levers.append(
        Lever(
          name: name, keys: keys, grade: LeverSet.weakestGrade(keys, origins: origins), addsBlock: baseNode == nil))
    }
    self.levers = levers
  }

  /// BASE with the given levers switched to ALT's values, validated as a scenario.
  public func scenario(with chosen: [Lever]) throws -> LoadedScenario {
    var tree = baseTree
    for lever in chosen {
      let path = lever.name.split(separator: ".").map(String.init)
      tree = LeverSet.replacing(path[...], in: tree, with: LeverSet.node(at: path[...], in: altTree))
    }
    return try LoadedScenario.load(tree: tree, path: basePath)
  }

  /// The blocks of a scenario tree: each entry of a top-level map (`services.step3`,
  /// `policies.dna`), or the top-level value itself, without the keys that are not levers.
  static func blocks(_ tree: Node) -> [(name: String, node: Node)] {
    guard case .mapping(let top) = tree else { return [] }
    var blocks: [(name: String, node: Node)] = []
    for (key, value) in top {
      guard let name = key.string, !notLevers.contains(name) else { continue }
      if case .mapping(let inner) = value, name != "natural_history", name != "risk" {
        for (innerKey, innerValue) in inner {
          if let inner = innerKey.string { blocks.append(("\(name).\(inner)", innerValue)) }
        }
      } else {
        blocks.append((name, value))
      }
    }
    return blocks
  }

  /// Every leaf of `node` as a dotted key under `prefix`, with its YAML text.
  static func leaves(_ node: Node, prefix: String) -> [(key: String, text: String)] {
    if case .mapping(let mapping) = node {
      return mapping.flatMap { key, value in leaves(value, prefix: "\(prefix).\(key.string ?? "?")") }
    }
    let text = (try? Yams.serialize(node: node)) ?? ""
    return [(prefix, text)]
  }

  /// The node at `path`, or nil.
  static func node(at path: ArraySlice<String>, in tree: Node) -> Node? {
    guard let head = path.first else { return tree }
    guard case .mapping(let mapping) = tree, let child = mapping[Node(head)] else { return nil }
    return node(at: path.dropFirst(), in: child)
  }

  /// `tree` with the value at `path` replaced by `value` (removed when nil); missing maps on the
  /// way are made.
  static func replacing(_ path: ArraySlice<String>, in tree: Node, with value: Node?) -> Node {
    guard let head = path.first else { return value ?? tree }
    var mapping: Node.Mapping
    if case .mapping(let existing) = tree { mapping = existing } else { mapping = Node.Mapping([]) }
    if path.count == 1 {
      mapping[Node(head)] = value
    } else {
      let child = mapping[Node(head)] ?? .mapping(Node.Mapping([]))
      mapping[Node(head)] = replacing(path.dropFirst(), in: child, with: value)
    }
    return .mapping(mapping)
  }

  /// The weakest grade in the comments on the lines where ALT's files write `keys`:
  /// `(A)`, `(B/C)`, `A/B`-style marks, or `assumption` (D).
  static func weakestGrade(_ keys: [String], origins: ScenarioOrigins) -> String {
    var worst: Character?
    var texts: [String: [String]] = [:]
    for key in keys {
      guard let origin = origins.origin(of: key), let line = origin.line else { continue }
      if texts[origin.file] == nil {
        let text = (try? String(contentsOfFile: origin.file, encoding: .utf8)) ?? ""
        texts[origin.file] = text.components(separatedBy: "\n")
      }
      guard let lines = texts[origin.file], lines.indices.contains(line - 1),
        let hash = lines[line - 1].firstIndex(of: "#")
      else { continue }
      let comment = String(lines[line - 1][hash...])
      var grades = LeverSet.grades(in: comment)
      if comment.lowercased().contains("assumption") { grades.append("D") }
      for grade in grades where worst == nil || grade > worst! { worst = grade }
    }
    return worst.map(String.init) ?? "ungraded"
  }

  /// Grade letters in a comment: each A-D inside parentheses, alone or joined by `/`.
  static func grades(in comment: String) -> [Character] {
    var found: [Character] = []
    var depth = 0
    var inside = ""
    for character in comment {
      if character == "(" {
        depth += 1
        inside = ""
      } else if character == ")", depth > 0 {
        depth -= 1
        let parts = inside.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        if !parts.isEmpty, parts.allSatisfy({ $0.count == 1 && "ABCD".contains($0) }) {
          found += parts.compactMap(\.first)
        }
      } else if depth > 0 {
        inside.append(character)
      }
    }
    return found
  }
}
