import Yams

extension SetOverride {
  /// An override made by an option rather than typed as `--set KEY=VALUE` (for example
  /// `--horizon 2y`, or BASE's seed imposed on ALT by `compare`): the key path and value are
  /// given apart, and `source` names what set it in messages.
  public init(path: [String], value: String, source: String) {
    self.path = path
    self.value = value
    self.source = source
    argument = "\(path.joined(separator: "."))=\(value)"
    typedValue = nil
  }

  /// An override of the key at `path` to a typed value, for a program that sets scenario keys
  /// from values it already holds: nothing is parsed. `source` names it in messages (nil:
  /// `--set KEY=VALUE`, with the value written as `Value.text`).
  public init(path: [String], value: Value, source: String? = nil) {
    self.path = path
    self.value = value.text
    argument = "\(path.joined(separator: "."))=\(value.text)"
    self.source = source ?? "--set \(argument)"
    typedValue = value
  }

  /// A typed override value. It enters the tree as the single YAML value its `text` would be
  /// read as, so a typed override and `--set KEY=<text>` load the same scenario.
  public enum Value: Sendable, Hashable {
    /// A number (`services.step3.wte`, `policies.dna.rate`).
    case number(Double)
    /// A whole number (`replications`, `seed`).
    case integer(Int)
    /// true or false (`policies.dna.callbacks`).
    case flag(Bool)
    /// A duration in days (`warmup`), written `<days>d`.
    case days(Double)
    /// A duration in whole years (`horizon`), written `<years>y`.
    case years(Int)

    /// The value as `--set` would take it: `20.0`, `3`, `true`, `91.3125d`, `3y`.
    public var text: String {
      switch self {
      case .number(let number): return "\(number)"
      case .integer(let integer): return "\(integer)"
      case .flag(let flag): return "\(flag)"
      case .days(let days): return "\(days)d"
      case .years(let years): return "\(years)y"
      }
    }

    /// The single YAML value written into the tree.
    var node: Node { Node(text, .implicit, .plain) }
  }
}

extension SetOverride {
  /// An uncertain input's drawn value for the key at `path`: a number that may create the maps
  /// on its way when the scenario leaves that section to its defaults (never a service or an
  /// open door the scenario lacks). `source` names the input and draw in messages.
  public init(uncertainPath path: [String], value: Double, source: String) {
    self.init(path: path, value: .number(value), source: source)
    createsSections = true
  }
}
