/// An `--out` path Stepwell will not write to: invalid input, exit code 2, nothing written.
public struct OutputRefusal: Error, CustomStringConvertible, Sendable {
  /// One line naming the option, the path and what is allowed.
  public let description: String

  init(option: String, path: String, reason: String, kind: OutputKind) {
    let shown = path.isEmpty ? "\"\"" : path
    description =
      "\(option) \(shown): \(reason); allowed: a new folder, or an earlier `stepwell \(kind.rawValue)` "
      + "output folder to replace"
  }
}
