import Yams

/// The plan's values applied as a dated change (`changes:`) rather than from the start, so the
/// scenario's starting list and caseloads stay as written (people holding places keep them when
/// capacity falls) and new capacity can arrive on a date of the commissioner's choosing.
struct PlannedChange: Sendable {
  /// The ISO date the values apply from.
  let date: String

  /// `tree` with a change on `date` setting each `(key, value text)`, placed in date order; a
  /// change already on that date gains the values.
  func applied(to tree: Node, values: [(key: String, text: String)]) -> Node {
    guard case .mapping(var top) = tree else { return tree }
    let pairs = values.map { (Node($0.key), Node($0.text)) }
    var items: [Node] = []
    if case .sequence(let existing)? = top[Node("changes")] { items = Array(existing) }
    let dates = items.map { $0.mapping?[Node("date")]?.string ?? "" }
    if let same = dates.firstIndex(of: date), case .mapping(var entry) = items[same],
      case .mapping(var set)? = entry[Node("set")]
    {
      for (key, value) in pairs { set[key] = value }
      entry[Node("set")] = .mapping(set)
      items[same] = .mapping(entry)
    } else {
      let change = Node.mapping(
        Node.Mapping([
          (Node("date"), Node(date)), (Node("description"), Node("stepwell plan")),
          (Node("set"), .mapping(Node.Mapping(pairs))),
        ]))
      items.insert(change, at: dates.firstIndex { $0 > date } ?? items.count)
    }
    top[Node("changes")] = .sequence(Node.Sequence(items))
    return .mapping(top)
  }
}
