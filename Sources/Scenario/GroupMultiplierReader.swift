import Population

/// Reads multipliers by IMD quintile (a list of five, most deprived first) and by ethnic group
/// (a map of Census groups; groups left out are 1), each checked against a range whose both ends
/// the message states.
enum GroupMultiplierReader {
  /// Five multipliers of `key`, or nil when the key is absent.
  ///
  /// - Parameter noun: what one value is, e.g. "an odds ratio".
  static func quintiles(_ reader: MappingReader, _ key: String, range: ClosedRange<Double>, noun: String) throws
    -> [Double]?
  {
    guard reader.has(key) else { return nil }
    let allowed =
      "a list of 5 values, most deprived quintile first, each "
      + ScenarioLimits.range(
        range.lowerBound, range.upperBound, noun)
    let values = try DistributionReader.numberList(reader, key)
    guard values.count == 5 else {
      throw reader.error(key, "has \(values.count) values", allowed: allowed)
    }
    for (index, value) in values.enumerated() where !range.contains(value) {
      throw ScenarioError.invalid(
        file: reader.file, keyPath: "\(reader.keyPath(key)).\(index)", line: reader.node(key)?.mark?.line,
        problem: "\(ScenarioLimits.text(value)) is out of range", allowed: allowed)
    }
    return values
  }

  /// Multipliers of `key` in `Ethnicity.allCases` order (1 for groups left out), or nil when the
  /// key is absent.
  static func ethnicGroups(_ reader: MappingReader, _ key: String, range: ClosedRange<Double>, noun: String) throws
    -> [Double]?
  {
    guard let table = try reader.mapping(key) else { return nil }
    try table.rejectUnknownGroups(Ethnicity.allCases.map(\.rawValue))
    let allowed = ScenarioLimits.range(range.lowerBound, range.upperBound, noun)
    return try Ethnicity.allCases.map { try table.double($0.rawValue, in: range, allowed: allowed) ?? 1 }
  }
}
