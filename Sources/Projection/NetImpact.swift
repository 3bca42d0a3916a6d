/// The net impact of ALT against BASE, in price-year pounds, per projection year and as a
/// discounted total, each with a paired 95% interval over replications.
///
/// For one replication and year:
///
///     net = ΔC - V_s × (-ΔS) - ΔP
///
/// where ΔC is ALT minus BASE total service cost (every category, bed days included), ΔS is ALT
/// minus BASE expected suicides over the whole population (deaths), V_s the value of a suicide
/// prevented (pounds), so `V_s × (-ΔS)` is the value of suicides prevented, and ΔP is ALT minus
/// BASE value of purposeful (recovered) years (pounds). Negative is a saving: ALT costs less
/// once prevented deaths and recovered time are valued. The discounted total sums each year's
/// amount times the Green Book factor 1 / (1 + r)^(k - 1) of year k.
public struct NetImpact: Sendable {
  /// One period's parts and their net (pounds).
  public struct Parts: Sendable, Equatable {
    /// ALT minus BASE total service cost (pounds).
    public var serviceCost: Double
    /// Value of suicides prevented: -(ALT minus BASE expected suicides) x suicide value (pounds).
    public var suicidesPreventedValue: Double
    /// ALT minus BASE value of purposeful years (pounds).
    public var purposefulValue: Double

    /// Net impact (pounds): service cost minus the two valued gains; negative is a saving.
    public var net: Double { serviceCost - suicidesPreventedValue - purposefulValue }

    /// The parts from the three differences.
    ///
    /// - Parameters:
    ///   - costDifference: ALT minus BASE total service cost (pounds).
    ///   - suicideDifference: ALT minus BASE expected population suicides (deaths).
    ///   - purposefulValueDifference: ALT minus BASE value of purposeful years (pounds).
    ///   - suicideValue: the value of one suicide prevented (pounds, >= 0).
    public init(
      costDifference: Double, suicideDifference: Double, purposefulValueDifference: Double,
      suicideValue: Double
    ) {
      serviceCost = costDifference
      suicidesPreventedValue = -suicideDifference * suicideValue
      purposefulValue = purposefulValueDifference
    }
  }

  /// One design's yearly amounts, indexed [replication][year - 1].
  public struct Series: Sendable {
    /// Total service cost per year (pounds, undiscounted).
    public var serviceCost: [[Double]]
    /// Expected suicides over the whole population per year (deaths).
    public var expectedSuicides: [[Double]]
    /// Value of purposeful years per year (pounds, undiscounted).
    public var purposefulValue: [[Double]]

    public init(serviceCost: [[Double]], expectedSuicides: [[Double]], purposefulValue: [[Double]]) {
      self.serviceCost = serviceCost
      self.expectedSuicides = expectedSuicides
      self.purposefulValue = purposefulValue
    }

    /// The amounts of replication `replication`, year index `year` (0-based), or nil if absent.
    func amounts(_ replication: Int, _ year: Int) -> (cost: Double, suicides: Double, purposeful: Double)? {
      guard replication < serviceCost.count, replication < expectedSuicides.count,
        replication < purposefulValue.count, year < serviceCost[replication].count,
        year < expectedSuicides[replication].count, year < purposefulValue[replication].count
      else { return nil }
      return (
        serviceCost[replication][year], expectedSuicides[replication][year], purposefulValue[replication][year]
      )
    }
  }

  /// The paired summaries of one period over replications (pounds).
  public struct Period: Sendable {
    /// Projection year (1-based), or nil for the discounted total.
    public let year: Int?
    public let serviceCost: MetricSummary
    public let suicidesPreventedValue: MetricSummary
    public let purposefulValue: MetricSummary
    public let net: MetricSummary

    init(year: Int?, parts: [Parts]) {
      self.year = year
      let name = year.map { "year \($0)" } ?? "discounted total"
      serviceCost = MetricSummary(name: name, values: parts.map(\.serviceCost))
      suicidesPreventedValue = MetricSummary(name: name, values: parts.map(\.suicidesPreventedValue))
      purposefulValue = MetricSummary(name: name, values: parts.map(\.purposefulValue))
      net = MetricSummary(name: name, values: parts.map(\.net))
    }
  }

  /// One period per projection year, in order.
  public let years: [Period]
  /// The discounted sum over the years.
  public let discountedTotal: Period
  /// The value of a suicide prevented used (pounds).
  public let suicideValue: Double
  /// The discount factor of each projection year, year 1 first.
  public let discountFactors: [Double]

  /// Pairs BASE and ALT replication by replication (the common prefix when counts differ).
  ///
  /// - Parameters:
  ///   - suicideValue: pounds per suicide prevented.
  ///   - discountFactors: one factor per projection year (year 1 first); their count sets
  ///     the number of years.
  public init(base: Series, alt: Series, suicideValue: Double, discountFactors: [Double]) {
    self.suicideValue = suicideValue
    self.discountFactors = discountFactors
    let replications = min(base.serviceCost.count, alt.serviceCost.count)
    var yearly = Array(repeating: [Parts](), count: discountFactors.count)
    var discounted: [Parts] = []
    for replication in 0..<replications {
      var total = Parts(costDifference: 0, suicideDifference: 0, purposefulValueDifference: 0, suicideValue: 0)
      for (year, factor) in discountFactors.enumerated() {
        guard let parts = NetImpact.parts(base, alt, replication, year, suicideValue: suicideValue) else { continue }
        yearly[year].append(parts)
        total.serviceCost += parts.serviceCost * factor
        total.suicidesPreventedValue += parts.suicidesPreventedValue * factor
        total.purposefulValue += parts.purposefulValue * factor
      }
      discounted.append(total)
    }
    years = yearly.enumerated().map { Period(year: $0.offset + 1, parts: $0.element) }
    discountedTotal = Period(year: nil, parts: discounted)
  }

  /// One replication's parts in one year (0-based), or nil when either side lacks the year.
  public static func parts(
    _ base: Series, _ alt: Series, _ replication: Int, _ year: Int, suicideValue: Double
  ) -> Parts? {
    guard let b = base.amounts(replication, year), let a = alt.amounts(replication, year) else { return nil }
    return Parts(
      costDifference: a.cost - b.cost, suicideDifference: a.suicides - b.suicides,
      purposefulValueDifference: a.purposeful - b.purposeful, suicideValue: suicideValue)
  }
}
