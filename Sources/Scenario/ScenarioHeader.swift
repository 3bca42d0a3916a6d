import Yams

/// The keys every scenario shares: version, name, model, replications and seed.
public enum ScenarioHeader {
  /// The only supported format version.
  public static let supportedVersion = 1

  static func version(_ top: MappingReader) throws -> Int {
    guard let version = try top.int("version") else {
      throw top.error("version", "is missing", allowed: "1")
    }
    guard version == supportedVersion else {
      throw top.error("version", "version \(version) is not supported", allowed: "1")
    }
    return version
  }

  static func name(_ top: MappingReader) throws -> String {
    let name = try top.requiredString("name", allowed: "a name of letters, digits, '-', '_' or '.'")
    let allowedCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    guard !name.isEmpty, name.allSatisfy(allowedCharacters.contains), !name.hasPrefix(".") else {
      throw top.error("name", "'\(name)' cannot name an output folder", allowed: "letters, digits, '-', '_' or '.'")
    }
    return name
  }

  static func replications(_ top: MappingReader) throws -> Int? {
    try top.int("replications", in: ScenarioLimits.replications)
  }

  static func seed(_ top: MappingReader) throws -> UInt64? {
    try top.int("seed", in: 0...Int.max).map { UInt64($0) }
  }

  /// The `model` key of a scenario tree.
  public static func model(of node: Node, file: String) throws -> ModelKind {
    let top = try MappingReader(node, file: file, path: "")
    let allowed = ModelKind.allCases.map(\.rawValue).joined(separator: ", ")
    let model = try top.requiredString("model", allowed: allowed)
    guard let kind = ModelKind(rawValue: model) else {
      throw top.error("model", "unknown model '\(model)'", allowed: allowed)
    }
    return kind
  }
}
