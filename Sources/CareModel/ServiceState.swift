import SimCore
import Stochastics

/// A ticket on a waiting list: valid while the patient's token matches.
struct CareTicket {
  var patient: Int32
  var token: UInt32
}

/// One service during a replication: places per provider, waiting lists, statistics.
struct ServiceState {
  let spec: ServiceSpec
  var pools: [ServerPool]
  var lists: [WaitingList<CareTicket>]
  /// Total people waiting across providers (whole run) and its integral at warm-up end.
  var waiting = TimeWeightedLevel()
  var waitingAreaAtWarmup = 0.0
  var series: LevelTimeSeries
  var waits = Tally(percentiles: true)
  var starts = 0
  /// Whole-run list counts: people who joined a list, left it for a place, or left it in crisis.
  var joined = 0
  var served = 0
  var cancelled = 0
  var withinStandard = 0
  var breaches = 0
  /// Group places offered and filled (group services).
  var groupPlacesOffered = 0
  var groupPlacesFilled = 0
  /// Out-of-area occupancy (beds) over the whole run and at warm-up end.
  var outOfArea = TimeWeightedLevel()
  var outOfAreaAtWarmup = 0.0
  var admissions = 0
  var admissionsOutOfArea = 0
  /// Local occupancy integral at warm-up end (beds: bed days).
  var occupancyAtWarmup = 0.0
  var warmupEnd = 0.0

  init(spec: ServiceSpec, horizon: Double) {
    self.spec = spec
    let unlimited = spec.isOpen || spec.kind == .group
    let total = unlimited ? Int(Int32.max) : spec.capacity.capacity(at: 0)
    let providers = max(1, spec.providers)
    pools = (0..<providers).map { ServerPool(capacity: ServiceState.share(total, of: providers, index: $0)) }
    lists = (0..<providers).map { _ in WaitingList(discipline: spec.discipline) }
    series = LevelTimeSeries(horizon: horizon, bins: max(1, Int((horizon / 7).rounded(.up))))
  }

  /// Provider `index`'s share of `total` places, spreading the remainder over the first ones.
  static func share(_ total: Int, of providers: Int, index: Int) -> Int {
    total / providers + (index < total % providers ? 1 : 0)
  }

  /// Sets the total capacity at `now`, spread over providers.
  mutating func setCapacity(_ total: Int, at now: Double) {
    for index in pools.indices {
      pools[index].setCapacity(ServiceState.share(total, of: pools.count, index: index), at: now)
    }
  }

  /// The total number waiting now.
  var waitingCount: Int { lists.reduce(0) { $0 + $1.count } }

  mutating func waitingChanged(at now: Double) {
    let count = Double(waitingCount)
    waiting.update(to: count, at: now)
    series.update(to: count, at: now)
  }

  /// Records a start after waiting `wait` days (post-warm-up statistics only when `counted`).
  mutating func recordStart(wait: Double, counted: Bool) {
    guard counted else { return }
    waits.record(wait)
    starts += 1
    if let standard = spec.standard {
      if wait <= standard + 1e-9 { withinStandard += 1 } else { breaches += 1 }
    }
  }

  mutating func endWarmup(at now: Double) {
    waitingAreaAtWarmup = waiting.integral(at: now)
    outOfAreaAtWarmup = outOfArea.integral(at: now)
    occupancyAtWarmup = pools.reduce(0) { $0 + $1.busyLevel.integral(at: now) }
    warmupEnd = now
    for index in pools.indices { pools[index].resetStatistics(at: now) }
    waits.reset()
    starts = 0
    withinStandard = 0
    breaches = 0
    groupPlacesOffered = 0
    groupPlacesFilled = 0
    admissions = 0
    admissionsOutOfArea = 0
  }

  /// Time-average number waiting after warm-up.
  func meanWaiting(at now: Double) -> Double {
    let span = now - warmupEnd
    return span > 0 ? (waiting.integral(at: now) - waitingAreaAtWarmup) / span : 0
  }

  /// Mean places held / mean places offered after warm-up (groups: places filled / offered).
  func utilisation(at now: Double) -> Double {
    if spec.kind == .group {
      return groupPlacesOffered > 0 ? Double(groupPlacesFilled) / Double(groupPlacesOffered) : 0
    }
    if spec.isOpen { return .nan }
    let busy = pools.reduce(0) { $0 + $1.busyLevel.mean(at: now) }
    let offered = pools.reduce(0) { $0 + $1.capacityLevel.mean(at: now) }
    return offered > 0 ? busy / offered : 0
  }

  /// Occupied place-days after warm-up (beds: local bed days).
  func occupiedDays(at now: Double) -> Double {
    pools.reduce(0) { $0 + $1.busyLevel.integral(at: now) }
  }

  /// Out-of-area bed days after warm-up.
  func outOfAreaDays(at now: Double) -> Double { outOfArea.integral(at: now) - outOfAreaAtWarmup }
}
