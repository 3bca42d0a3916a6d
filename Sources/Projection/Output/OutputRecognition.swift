import Foundation

/// Recognises an earlier Stepwell output folder: a real folder (not a link) whose
/// `manifest.json` was written by Stepwell for the same command, holding only entries that
/// command writes (at the top, `<folder-name>.xlsx` among them).
enum OutputRecognition {
  /// Nil when nothing is at `url` or it is a replaceable output of `kind`; otherwise why not.
  static func problem(at url: URL, kind: OutputKind) -> String? {
    guard let type = entryType(url) else { return nil }
    switch type {
    case .typeSymbolicLink: return "is a symbolic link"
    case .typeDirectory: break
    case .typeRegular: return "is a file"
    default: return "is not a folder (a device, socket or pipe)"
    }
    guard let manifestKind = manifestKind(in: url) else {
      return "is a folder without a Stepwell manifest.json"
    }
    guard manifestKind == kind.rawValue else {
      return "is the output of `stepwell \(manifestKind)`, not of `stepwell \(kind.rawValue)`"
    }
    return foreignEntry(in: url, kind: kind).map { "holds \($0), which Stepwell did not write" }
  }

  /// The file type at `url` without following a link, or nil when nothing is there.
  static func entryType(_ url: URL) -> FileAttributeType? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
    return attributes[.type] as? FileAttributeType ?? .typeUnknown
  }

  /// The command named by the folder's `manifest.json` (`output_of`, or the subcommand in
  /// `command` for outputs written before that field), or nil when there is no such manifest.
  static func manifestKind(in folder: URL) -> String? {
    let manifest = folder.appendingPathComponent("manifest.json")
    guard entryType(manifest) == .typeRegular,
      let data = FileManager.default.contents(atPath: manifest.path), data.count < 1 << 20,
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      object["stepwell_version"] is String
    else { return nil }
    if let kind = object["output_of"] as? String { return kind }
    if let command = object["command"] as? [String], command.count > 1 { return command[1] }
    return nil
  }

  /// The first entry (sorted, as a path relative to `folder`) that a `kind` output does not hold.
  static func foreignEntry(in folder: URL, kind: OutputKind, prefix: String = "") -> String? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return "\(prefix)(an unreadable folder)"
    }
    for name in names.sorted() {
      let entry = folder.appendingPathComponent(name)
      let type = entryType(entry)
      if type == .typeRegular, kind.files.contains(name) { continue }
      if type == .typeRegular, prefix.isEmpty, name == WorkbookWriter.fileName(forFolder: folder) { continue }
      if type == .typeDirectory, let inner = kind.folders[name] {
        if let foreign = foreignEntry(in: entry, kind: inner, prefix: "\(prefix)\(name)/") { return foreign }
        continue
      }
      return "\(prefix)\(name)"
    }
    return nil
  }
}
