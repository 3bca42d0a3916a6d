import Yams

/// One `--set KEY=VALUE` override, applied to the scenario tree before validation.
///
/// The key is dotted through maps; list elements are addressed by their `name`
/// (`nodes.triage.servers`) and map entries by their key (`services.step3.wte`). The value is
/// read as YAML, so `--set nodes.a.servers=[{from: 0, servers: 2}]` works too.
public struct SetOverride: Sendable, Hashable {
  /// The argument as typed.
  public let argument: String
  /// The key path's components.
  public let path: [String]
  /// The value text.
  public let value: String
  /// How messages name where the value came from: `--set KEY=VALUE`, or the option that set it.
  public let source: String
  /// The value given typed (`init(path:value:source:)` with a `Value`), written into the tree as
  /// is; nil when `value` is YAML text to parse.
  let typedValue: Value?
  /// True when the path may create any missing map on its way (an uncertain input's value in a
  /// section the scenario leaves to its defaults), except a service or an open door the
  /// scenario does not have, whose other keys would be missing.
  public internal(set) var createsSections = false

  /// Top-level keys an override may not set: they say which file and model a scenario is, so
  /// changing them from the command line would describe a different scenario than the one loaded.
  public static let refusedKeys = ["extends", "name", "model", "version"]

  /// Parses `KEY=VALUE`.
  public init(_ argument: String) throws { try self.init(argument, source: nil) }

  /// Parses `KEY=VALUE`; `source` names it in messages (nil: `--set KEY=VALUE`).
  public init(_ argument: String, source: String?) throws {
    guard let equals = argument.firstIndex(of: "=") else {
      throw ScenarioError.badOverride(
        argument: argument, problem: "no '=' found", allowed: "KEY=VALUE, e.g. nodes.triage.servers=4")
    }
    let key = String(argument[..<equals])
    let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard !key.isEmpty, !path.contains(where: \.isEmpty) else {
      throw ScenarioError.badOverride(
        argument: argument, problem: "'\(key)' is not a dotted key path",
        allowed: "KEY=VALUE with KEY like nodes.triage.servers")
    }
    if let first = path.first, SetOverride.refusedKeys.contains(first) {
      throw ScenarioError.badOverride(
        argument: argument, problem: "'\(first)' cannot be set from the command line",
        allowed: "any key except \(SetOverride.refusedKeys.joined(separator: ", ")); edit the file instead")
    }
    self.argument = argument
    self.source = source ?? "--set \(argument)"
    self.path = path
    value = String(argument[argument.index(after: equals)...])
    typedValue = nil
  }

  /// The dotted key path.
  public var key: String { path.joined(separator: ".") }

  /// Returns `root` with the override applied.
  public func apply(to root: Node) throws -> Node {
    let node = try typedValue?.node ?? parsedValue()
    return try SetOverride.replacing(path[...], in: root, with: node, creating: createsSections) { problem, allowed in
      ScenarioError.badOverride(argument: argument, problem: problem, allowed: allowed)
    }
  }

  /// The value text read as YAML.
  func parsedValue() throws -> Node {
    do {
      let composed = try Yams.compose(yaml: value) ?? Node("")
      try YAMLSize.check(composed, file: "--set \(argument)")
      return SetOverride.withoutMark(composed)
    } catch let error as ScenarioError {
      throw ScenarioError.badOverride(argument: argument, problem: "the value is too large", allowed: error.allowedText)
    } catch {
      throw ScenarioError.badOverride(
        argument: argument, problem: "the value is not valid YAML", allowed: "a number, text or YAML value")
    }
  }

  /// A value from the command line has no line in the scenario file, so its marks are dropped.
  static func withoutMark(_ node: Node) -> Node {
    switch node {
    case .scalar(let scalar):
      return .scalar(Node.Scalar(scalar.string, scalar.tag, scalar.style))
    case .mapping(let mapping):
      let pairs = mapping.map { (withoutMark($0.key), withoutMark($0.value)) }
      return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style))
    case .sequence(let sequence):
      return .sequence(Node.Sequence(sequence.map(withoutMark), sequence.tag, sequence.style))
    default:
      return node
    }
  }

  /// Optional sections a key path may create on its way when the scenario has none, so that
  /// their keys can be set, swept and changed without writing the section first (`*` is any
  /// service id the scenario has).
  public static let creatableSections: [[String]] = [
    ["workforce"], ["workforce", "seasonal"], ["services", "*", "workforce"],
    ["services", "*", "workforce", "seasonal"], ["referrals"], ["referrals", "seasonality"],
  ]

  /// True when the section at `path` may be created on the way to a key inside it.
  static func isCreatable(_ path: [String], creating: Bool = false) -> Bool {
    let listed = creatableSections.contains { pattern in
      pattern.count == path.count && zip(pattern, path).allSatisfy { $0 == "*" || $0 == $1 }
    }
    return listed || (creating && !neverCreated.contains { path.starts(with: $0) })
  }

  /// Sections never created on the way to a key, even by an uncertain input: their other keys
  /// are required.
  static let neverCreated: [[String]] = [["referrals", "open_door"], ["changes"], ["services"]]

  /// `node` with the value at `path` replaced by `value`. Maps are walked by key and lists by
  /// their elements' `name`; a key may be added at the last step (so a default can be set), and
  /// on the way only as one of the `creatableSections`. `failure(problem, allowed)` makes the
  /// error for a path that does not fit.
  static func replacing(
    _ path: ArraySlice<String>, in node: Node, with value: Node, walked: [String] = [], creating: Bool = false,
    failure: (String, String) -> Error
  ) throws -> Node {
    guard let head = path.first else { return value }
    let here = walked.isEmpty ? "the top level" : "'\(walked.joined(separator: "."))'"
    switch node {
    case .mapping(var mapping):
      if let existing = mapping[Node(head)] {
        mapping[Node(head)] = try replacing(
          path.dropFirst(), in: existing, with: value, walked: walked + [head], creating: creating, failure: failure)
        return .mapping(mapping)
      }
      if path.count > 1, isCreatable(walked + [head], creating: creating) {
        mapping[Node(head)] = try replacing(
          path.dropFirst(), in: .mapping(Node.Mapping([])), with: value, walked: walked + [head], creating: creating,
          failure: failure)
        return .mapping(mapping)
      }
      guard path.count == 1 else {
        throw failure("no key '\(head)' under \(here)", mapping.keys.compactMap(\.string).joined(separator: ", "))
      }
      mapping[Node(head)] = value
      return .mapping(mapping)
    case .sequence(var sequence):
      let names = sequence.map { $0.mapping?[Node("name")]?.string ?? "" }
      guard let index = names.firstIndex(of: head) else {
        throw failure("no element named '\(head)' under \(here)", names.filter { !$0.isEmpty }.joined(separator: ", "))
      }
      sequence[index] = try replacing(
        path.dropFirst(), in: sequence[index], with: value, walked: walked + [head], creating: creating,
        failure: failure)
      return .sequence(sequence)
    default:
      throw failure(
        "\(here) holds a single value, so '\(head)' cannot be inside it", "a key path that ends at a single value")
    }
  }
}
