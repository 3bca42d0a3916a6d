/// A scenario's `uncertainty:` section, read: the inputs drawn one by one (from the scenario and,
/// with `defaults`, the shared defaults file) and any tables of joint draws.
public struct UncertaintySpec: Sendable, Equatable {
  /// Inputs drawn independently, in order: the scenario's own, then defaults it does not name.
  public let inputs: [UncertainInput]
  /// Tables of joint draws (`draws: FILE.csv`).
  public let tables: [InputDrawTable]
  /// True when the shared defaults file was used.
  public let usesDefaults: Bool
  /// The defaults file, when used.
  public let defaultsFile: String?

  public init(inputs: [UncertainInput], tables: [InputDrawTable], usesDefaults: Bool, defaultsFile: String?) {
    self.inputs = inputs
    self.tables = tables
    self.usesDefaults = usesDefaults
    self.defaultsFile = defaultsFile
  }

  /// Every key the section draws, inputs first, then table columns.
  public var keys: [String] { inputs.map(\.key) + tables.flatMap(\.keys) }
}
