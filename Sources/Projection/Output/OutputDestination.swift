import Foundation

/// Decides, before any work, whether a command may write its output folder at a path.
///
/// A path may name a folder that does not exist yet (its parents are created), or a folder that
/// is recognisably an earlier Stepwell output of the same command, which is then replaced
/// atomically. Anything else is refused: an empty path, `.` or `..`, the working folder or one of
/// its parents, the root, a file, a device, a symbolic link, or a folder with other content.
public enum OutputDestination {
  /// The folder to write, after the checks above.
  ///
  /// - Parameters:
  ///   - path: the `--out` value, or nil for the default.
  ///   - defaultPath: the command's default folder, e.g. `Output/<name>`.
  ///   - kind: the command writing it.
  ///   - option: the option's name, for the message.
  /// - Throws: `OutputRefusal`.
  public static func checked(
    _ path: String?, defaultPath: String, kind: OutputKind, option: String = "--out"
  ) throws -> URL {
    let text = path ?? defaultPath
    func refuse(_ reason: String) -> OutputRefusal {
      OutputRefusal(option: option, path: text, reason: reason, kind: kind)
    }
    if text.trimmingCharacters(in: .whitespaces).isEmpty { throw refuse("an empty path names the working folder") }
    let last = text.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    if last == "." || last == ".." || last.isEmpty {
      throw refuse("names a folder by '.', '..' or '/', not a folder of its own")
    }
    let url = URL(fileURLWithPath: text).standardizedFileURL
    if url.path == "/" { throw refuse("is the root folder") }
    let resolvedTarget = resolved(url)
    let workingFolder = resolved(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    if workingFolder == resolvedTarget || workingFolder.hasPrefix(resolvedTarget + "/") {
      throw refuse("is the working folder or one of its parents")
    }
    if let reason = OutputRecognition.problem(at: url, kind: kind) { throw refuse(reason) }
    try checkAncestors(of: url, refuse: refuse)
    return url
  }

  /// The path with symbolic links resolved (as far as it exists).
  static func resolved(_ url: URL) -> String {
    url.resolvingSymlinksInPath().standardizedFileURL.path
  }

  /// The nearest existing ancestor must be a folder, so the parents can be created.
  static func checkAncestors(of url: URL, refuse: (String) -> OutputRefusal) throws {
    var parent = url.deletingLastPathComponent()
    while parent.path != "/" {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder) {
        if !isFolder.boolValue { throw refuse("its parent \(parent.path) is not a folder") }
        return
      }
      parent = parent.deletingLastPathComponent()
    }
  }
}
