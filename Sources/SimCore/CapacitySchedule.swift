/// How many servers (or beds, or places) are on duty over time: a step function, optionally
/// repeating every `cycle` time units.
///
/// A schedule `[(0, 3), (40, 1)]` with cycle 100 means 3 servers from 0 to 40, 1 from 40 to 100,
/// then again 3 from 100. Without a cycle the last step lasts for ever.
public struct CapacitySchedule: Sendable, Hashable {
  /// One step: from time `from` (>= 0, within the cycle) the capacity is `capacity` (>= 0).
  public struct Step: Sendable, Hashable {
    public let from: SimTime
    public let capacity: Int
    public init(from: SimTime, capacity: Int) {
      self.from = from
      self.capacity = capacity
    }
  }

  /// The steps, sorted by `from`; the first starts at 0.
  public let steps: [Step]
  /// The period after which the steps repeat, if any.
  public let cycle: SimTime?

  /// A constant capacity.
  public init(constant capacity: Int) {
    steps = [Step(from: 0, capacity: capacity)]
    cycle = nil
  }

  /// A step schedule. Steps must be sorted, start at 0, and lie inside the cycle when given;
  /// the scenario loader checks this and reports the key path.
  public init(steps: [Step], cycle: SimTime?) {
    precondition(!steps.isEmpty && steps[0].from == 0, "a schedule starts at time 0")
    self.steps = steps
    self.cycle = cycle
  }

  /// True when capacity never changes.
  public var isConstant: Bool { steps.count == 1 }

  /// The largest capacity the schedule ever offers.
  public var peak: Int { steps.map(\.capacity).max() ?? 0 }

  /// The capacity in force at time `t`.
  public func capacity(at t: SimTime) -> Int {
    let local = localTime(t)
    var result = steps[0].capacity
    for step in steps where step.from <= local { result = step.capacity }
    return result
  }

  /// The first time strictly after `t` at which the capacity may change, or nil if never.
  public func nextChange(after t: SimTime) -> SimTime? {
    if let step = steps.first(where: { $0.from > t }), cycle == nil { return step.from }
    guard let cycle else { return nil }
    let base = (t / cycle).rounded(.down) * cycle
    let local = t - base
    if let step = steps.first(where: { $0.from > local }) { return base + step.from }
    return base + cycle
  }

  /// The time-average capacity over one cycle (or the last step's capacity without a cycle).
  public var averageCapacity: Double {
    guard let cycle else { return Double(steps[steps.count - 1].capacity) }
    var total = 0.0
    for (index, step) in steps.enumerated() {
      let end = index + 1 < steps.count ? steps[index + 1].from : cycle
      total += Double(step.capacity) * (end - step.from)
    }
    return total / cycle
  }

  func localTime(_ t: SimTime) -> SimTime {
    guard let cycle else { return t }
    return t - (t / cycle).rounded(.down) * cycle
  }
}
