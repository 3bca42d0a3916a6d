import Population
import SimCore
import Stochastics

/// A ticket on a waiting list: valid while the patient's token matches.
struct CareTicket {
  var patient: Int32
  var token: UInt32
}

/// One service during a replication: places per provider, waiting lists, statistics.
struct ServiceState {
  /// The service as the design in force describes it (a dated change replaces it).
  var spec: ServiceSpec
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
  /// Everyone who left the list after warm-up (for a place or untreated, background people
  /// included) and the days they spent on it after warm-up.
  var leavers = 0
  var leaversDaysOnList = 0.0
  /// Month ends counted after warm-up and the sum of the list sizes at them.
  var monthEnds = 0
  var monthEndWaiting = 0

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

  /// Records a start after waiting `wait` days on the list, judged against the standard on
  /// `standardWait` days (the list wait unless the standard counts from the referral);
  /// post-warm-up statistics only when `counted`.
  mutating func recordStart(wait: Double, standardWait: Double, counted: Bool) {
    guard counted else { return }
    waits.record(wait)
    starts += 1
    if let standard = spec.standard {
      if StandardOrigin.isWithin(wait: standardWait, standard: standard) { withinStandard += 1 } else { breaches += 1 }
    }
  }

  mutating func endWarmup(at now: Double) {
    waitingAreaAtWarmup = waiting.integral(at: now)
    outOfAreaAtWarmup = outOfArea.integral(at: now)
    occupancyAtWarmup = pools.reduce(0) { $0 + $1.busyLevel.integral(at: now) }
    warmupEnd = now
    for index in pools.indices { pools[index].resetStatistics(at: now) }
    waits.reset()
    leavers = 0
    leaversDaysOnList = 0
    starts = 0
    withinStandard = 0
    breaches = 0
    groupPlacesOffered = 0
    groupPlacesFilled = 0
    admissions = 0
    admissionsOutOfArea = 0
  }

  /// Records someone leaving the list at `now` after joining it at `since`: their days on the
  /// list after warm-up.
  mutating func recordLeaving(since: Double, at now: Double) {
    leavers += 1
    leaversDaysOnList += max(0, now - max(since, warmupEnd))
  }

  /// Adds the list size at a month end after warm-up.
  mutating func recordMonthEnd(waiting count: Int) {
    monthEnds += 1
    monthEndWaiting += count
  }

  /// Mean list size over the month ends after warm-up (NaN without any).
  var meanMonthEndWaiting: Double { monthEnds > 0 ? Double(monthEndWaiting) / Double(monthEnds) : .nan }

  /// Least-squares slope of the weekly list (people a year) over the bins after warm-up, or NaN
  /// with fewer than two of them.
  func listTrendPerYear(closingAt end: Double) -> Double {
    let means = series.binMeans(closingAt: end)
    let points = zip(series.binStarts, means).filter { $0.0 >= warmupEnd - 1e-9 }
    guard points.count >= 2 else { return .nan }
    let n = Double(points.count)
    let meanX = points.reduce(0) { $0 + $1.0 } / n
    let meanY = points.reduce(0) { $0 + $1.1 } / n
    let sxy = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
    let sxx = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.0 - meanX) }
    return sxx > 0 ? sxy / sxx * DayCount.perYear : .nan
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
