/// A published figure a scenario is calibrated to: the metric, the published value, the range
/// accepted as a match, and where the figure comes from. It changes nothing in the simulation.
public struct CalibrationTarget: Sendable, Equatable {
  /// The metric's name, e.g. `pathway.wait_first_treatment.median`.
  public var metric: String
  /// The published value, in the metric's unit.
  public var value: Double
  /// The accepted range, in the metric's unit (`low <= value <= high`).
  public var low: Double
  public var high: Double
  /// Where the figure comes from (a row of OBSERVED.md or PARAMETERS.md).
  public var source: String

  public init(metric: String, value: Double, low: Double, high: Double, source: String) {
    self.metric = metric
    self.value = value
    self.low = low
    self.high = high
    self.source = source
  }

  /// True when `modelled` lies in the accepted range.
  public func accepts(_ modelled: Double) -> Bool { modelled.isFinite && modelled >= low && modelled <= high }
}
