/// How a multi-run command treats its work items.
public enum ShardMode: Sendable, Equatable {
  /// Run every item in this process and write the outputs (no items folder).
  case whole
  /// Print the items, one per line, and write nothing.
  case list
  /// Run only these items into the items folder; write none of the merged files.
  case items([String])
  /// Run the items missing from the items folder, then merge.
  case resume
  /// Merge the items folder into the outputs; refuse when any item is missing.
  case merge

  /// True when the command reads or writes an items folder.
  public var usesItemsFolder: Bool {
    switch self {
    case .items, .resume, .merge: true
    case .whole, .list: false
    }
  }

  /// True when the command ends by writing its normal output folder.
  public var writesOutputs: Bool {
    switch self {
    case .whole, .resume, .merge: true
    case .list, .items: false
    }
  }
}
