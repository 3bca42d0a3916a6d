import Foundation
import Yams

/// Reads YAML files into `Yams.Node` trees, turning every failure into a `ScenarioError`.
public enum YAMLSource {
  /// Parses the file at `path`. An empty document is an error.
  public static func load(path: String) throws -> Node {
    try parse(try text(path: path), file: path)
  }

  /// The text of the file at `path`.
  public static func text(path: String) throws -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      let reason = FileManager.default.fileExists(atPath: path) ? "not readable as UTF-8 text" : "no such file"
      throw ScenarioError.unreadable(file: path, reason: reason)
    }
  }

  /// Parses YAML text; `file` names it in messages. The text and the tree it expands to are
  /// limited in size (`YAMLSize`).
  public static func parse(_ text: String, file: String) throws -> Node {
    try YAMLSize.check(text, file: file)
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw ScenarioError.invalid(
          file: file, keyPath: "", line: nil, problem: "the file is empty",
          allowed: "a YAML mapping with version, name and model")
      }
      try YAMLSize.check(node, file: file)
      return node
    } catch let error as YamlError {
      throw syntaxError(error, file: file)
    }
  }

  static func syntaxError(_ error: YamlError, file: String) -> ScenarioError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
        .joined(separator: ": ")
      return .syntax(file: file, line: mark.line, column: mark.column, problem: text)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .syntax(
        file: file, line: context.mark.line, column: context.mark.column,
        problem: "duplicated keys \(duplicates.joined(separator: ", "))")
    default:
      return .syntax(file: file, line: nil, column: nil, problem: "\(error)")
    }
  }
}
