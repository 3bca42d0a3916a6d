import Yams

/// Reads a number from a scenario tree at a dotted key path, walking maps by key and lists by
/// their elements' `name`, as `--set` addresses them.
enum ScenarioNumber {
  /// The number at `key` in `tree`, or nil when the path is absent or not a number.
  static func at(_ key: String, in tree: Node) -> Double? {
    var node = tree
    for part in key.split(separator: ".").map(String.init) {
      switch node {
      case .mapping(let mapping):
        guard let next = mapping[Node(part)] else { return nil }
        node = next
      case .sequence(let sequence):
        guard let next = sequence.first(where: { $0.mapping?[Node("name")]?.string == part }) else { return nil }
        node = next
      default:
        return nil
      }
    }
    return node.scalar.flatMap { Double($0.string) }
  }
}
