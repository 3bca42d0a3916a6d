extension SetOverride {
  /// An override made by an option rather than typed as `--set KEY=VALUE` (for example
  /// `--horizon 2y`, or BASE's seed imposed on ALT by `compare`): the key path and value are
  /// given apart, and `source` names what set it in messages.
  public init(path: [String], value: String, source: String) {
    self.path = path
    self.value = value
    self.source = source
    argument = "\(path.joined(separator: "."))=\(value)"
  }
}
