import Scenario

/// The points of a sweep: one or two swept keys crossed into a full grid, plus the plain
/// `--set` overrides every point shares.
public struct SweepGrid: Sendable {
  /// One point: a value per swept key and the overrides that set them.
  public struct Point: Sendable, Equatable {
    /// The value of each swept key, as `--set` text, in axis order.
    public let texts: [String]
    /// The same values as numbers.
    public let values: [Double]
    /// `KEY=value` for each swept key.
    public let overrides: [SetOverride]
  }

  /// The swept keys (one or two), in command-line order.
  public let axes: [SweepAxis]
  /// Every point: the first key's values outermost, then the second key's.
  public let points: [Point]

  /// The most points a sweep runs.
  public static let maximumPoints = 400

  /// Builds the grid from every `--set` argument: ranges become axes, the rest must be plain
  /// `KEY=VALUE` on other keys.
  public init(arguments: [String]) throws(SweepError) {
    var axes: [SweepAxis] = []
    var keys: [String: String] = [:]
    for argument in arguments {
      let key = SweepGrid.key(of: argument)
      if let key, keys[key] != nil { throw .repeatedKey(argument: argument, key: key) }
      if let key { keys[key] = argument }
      guard SweepAxis.isRange(argument) else { continue }
      guard axes.count < 2 else { throw .tooManyRanges(argument: argument) }
      axes.append(try SweepAxis(argument))
    }
    guard !axes.isEmpty else { throw .noRange }
    let count = axes.reduce(1) { $0 * $1.values.count }
    guard count <= SweepGrid.maximumPoints else { throw .tooManyPoints(count: count) }
    self.axes = axes
    points = SweepGrid.cross(axes)
  }

  static func cross(_ axes: [SweepAxis]) -> [Point] {
    var combinations: [[Int]] = [[]]
    for axis in axes {
      combinations = combinations.flatMap { prefix in axis.values.indices.map { prefix + [$0] } }
    }
    return combinations.compactMap { indices in
      let texts = zip(axes, indices).map { $0.texts[$1] }
      let overrides = zip(axes, texts).compactMap { try? SetOverride("\($0.key)=\($1)") }
      guard overrides.count == axes.count else { return nil }
      return Point(texts: texts, values: zip(axes, indices).map { $0.values[$1] }, overrides: overrides)
    }
  }

  /// The dotted key of `KEY=...`, or nil when there is no `=`.
  static func key(of argument: String) -> String? {
    argument.firstIndex(of: "=").map { String(argument[..<$0]) }
  }

  /// The `--set` arguments that are not ranges (plain overrides).
  public static func plainArguments(_ arguments: [String]) -> [String] {
    arguments.filter { !SweepAxis.isRange($0) }
  }
}
