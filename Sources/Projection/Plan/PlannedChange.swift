import Yams

/// The plan's values applied as a dated change (`changes:`) rather than from the start, so the
/// scenario's starting list and caseloads stay as written (people holding places keep them when
/// capacity falls) and new capacity can arrive on a date of the commissioner's choosing.
struct PlannedChange: Sendable {
  /// The ISO date the values apply from.
  let date: String
  /// True when a rise in WTE arrives the service's recruitment lead after `date`
  /// (`recruited: true`); cuts apply on `date`.
  var recruited = false
  /// The scenario's own value of each varied key, to tell a rise from a cut.
  var current: [String: Double] = [:]

  /// `tree` with a change on `date` setting each `(key, value text)`, placed in date order; a
  /// change already on that date gains the values (unless this one is a recruited rise, which
  /// must stand alone). A recruited rise follows the changes of its date.
  func applied(to tree: Node, values: [(key: String, text: String)]) -> Node {
    guard case .mapping(var top) = tree else { return tree }
    let pairs = values.map { (Node($0.key), Node($0.text)) }
    let rises = recruited && values.allSatisfy { (Double($0.text) ?? 0) > (current[$0.key] ?? .infinity) }
    var items: [Node] = []
    if case .sequence(let existing)? = top[Node("changes")] { items = Array(existing) }
    let dates = items.map { $0.mapping?[Node("date")]?.string ?? "" }
    if !rises, let same = dates.firstIndex(of: date), case .mapping(var entry) = items[same],
      case .mapping(var set)? = entry[Node("set")]
    {
      for (key, value) in pairs { set[key] = value }
      entry[Node("set")] = .mapping(set)
      items[same] = .mapping(entry)
    } else {
      var fields = [(Node("date"), Node(date)), (Node("description"), Node("stepwell plan"))]
      if rises { fields.append((Node("recruited"), Node("true"))) }
      fields.append((Node("set"), .mapping(Node.Mapping(pairs))))
      let change = Node.mapping(Node.Mapping(fields))
      items.insert(change, at: dates.firstIndex { rises ? $0 > date : $0 >= date } ?? items.count)
    }
    top[Node("changes")] = .sequence(Node.Sequence(items))
    return .mapping(top)
  }
}
