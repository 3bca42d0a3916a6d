import Yams

/// Limits on the size of a YAML document, so that anchors and aliases cannot expand it without
/// bound (an "alias bomb") and deep nesting cannot exhaust the stack.
enum YAMLSize {
  /// Throws when `node` expands to more than `ScenarioLimits.maximumYAMLNodes` values (aliases
  /// counted at every place they are used) or nests deeper than `ScenarioLimits.maximumYAMLDepth`.
  ///
  /// The walk stops at the first value past the limit, so a document that would expand to
  /// billions of values is refused after counting a few hundred thousand.
  static func check(_ node: Node, file: String) throws {
    var pending: [(node: Node, depth: Int)] = [(node, 1)]
    var count = 0
    while let (current, depth) = pending.popLast() {
      count += 1
      guard count <= ScenarioLimits.maximumYAMLNodes else {
        throw tooLarge(
          file,
          "expands to more than \(ScenarioLimits.maximumYAMLNodes) values (anchors and aliases count at every use)")
      }
      guard depth <= ScenarioLimits.maximumYAMLDepth else {
        throw tooLarge(file, "nests mappings and lists more than \(ScenarioLimits.maximumYAMLDepth) deep")
      }
      switch current {
      case .mapping(let mapping):
        for (key, value) in mapping {
          pending.append((key, depth + 1))
          pending.append((value, depth + 1))
        }
      case .sequence(let sequence):
        for item in sequence { pending.append((item, depth + 1)) }
      default:
        break
      }
    }
  }

  /// Throws when `text` is longer than `ScenarioLimits.maximumFileBytes`.
  static func check(_ text: String, file: String) throws {
    let bytes = text.utf8.count
    guard bytes <= ScenarioLimits.maximumFileBytes else {
      throw tooLarge(file, "is \(bytes) bytes long")
    }
  }

  static func tooLarge(_ file: String, _ problem: String) -> ScenarioError {
    .invalid(
      file: file, keyPath: "", line: nil, problem: "the document \(problem)",
      allowed: "at most \(ScenarioLimits.maximumFileBytes) bytes, from 1 to \(ScenarioLimits.maximumYAMLNodes) values"
        + " and nesting from 1 to \(ScenarioLimits.maximumYAMLDepth) deep")
  }
}
