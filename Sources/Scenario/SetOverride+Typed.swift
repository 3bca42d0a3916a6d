extension SetOverride {
  /// An override made by an option rather than typed as `--set KEY=VALUE` (for example
  /// `--horizon 2y`, or BASE's seed imposed on ALT by `compare`): the key path and value are
  /// given apart, and `argument` names what the user typed for error messages.
  public init(path: [String], value: String, argument: String) {
    self.argument = argument
    self.path = path
    self.value = value
  }
}
