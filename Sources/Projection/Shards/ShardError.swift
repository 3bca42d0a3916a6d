/// Bad use of the work-item options or of an items folder: the command line prints the message
/// and exits with code 2, writing nothing.
public enum ShardError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--items` named an ID the command does not have.
  case unknownItems(ids: [String], example: String?)
  /// An item folder was written by a different command, scenario, option or Stepwell version.
  case fingerprintMismatch(folder: String)
  /// `--merge` found items missing from the items folder.
  case missingItems(ids: [String], folder: String)
  /// The items folder path is not a folder (or cannot hold one).
  case badItemsFolder(path: String, reason: String)
  /// An item folder's result could not be read back.
  case unreadableItem(folder: String, reason: String)
  /// `--items` named a plan evaluation whose values the scenario refuses.
  case refusedItem(id: String, reason: String)

  public var description: String {
    switch self {
    case .unknownItems(let ids, let example):
      let allowed = example.map { "IDs that --list-items prints, e.g. \($0)" } ?? "IDs that --list-items prints"
      return "--items \(ids.joined(separator: ",")): no such item (allowed: \(allowed))"
    case .fingerprintMismatch(let folder):
      return
        "\(folder): this item was run by a different command, scenario, option or Stepwell version (its fingerprint.txt differs); allowed: an items folder of this same command, or a new --items-dir"
    case .missingItems(let ids, let folder):
      let shown =
        ids.count > 20
        ? ids.prefix(20).joined(separator: ",") + ",... (\(ids.count) in all)" : ids.joined(separator: ",")
      return
        "--merge: \(folder) lacks \(ids.count == 1 ? "item" : "items") \(shown); allowed: run them with --items or use --resume"
    case .badItemsFolder(let path, let reason):
      return "--items-dir \(path): \(reason); allowed: a folder of item folders, or a path that does not exist yet"
    case .refusedItem(let id, let reason):
      return "--items \(id): the scenario refuses these values: \(reason)"
    case .unreadableItem(let folder, let reason):
      return
        "\(folder)/\(ItemStore.resultFile): cannot be read (\(reason)); allowed: remove the item folder and run it again"
    }
  }
}
