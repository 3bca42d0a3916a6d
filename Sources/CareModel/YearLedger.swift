import Population

/// What a replication counts per projection year: year k (0-based here) is the k-th
/// 365.25-day period after warm-up; anything before warm-up or after the last whole year is
/// left out. Amounts over time spans (bed days, caseload days, hazards) are split across years.
struct YearLedger {
  /// The quantities kept per year.
  enum Item: Int, CaseIterable {
    case referrals, newReferrals, gpConsultations, assessments, firstTreatments
    case firstTreatmentWaitDays, within18Weeks, finishedCourses, recoveries, crises
    case admissions, admissionsOutOfArea, bedDays, outOfAreaBedDays, cmhtDays, crisisDays
    case communityEpisodes, expectedSuicidesReferred, expectedSuicidesInContact, contactDays
    case purposefulDays, sampledSuicides
  }

  let warmup: Double
  let years: Int
  private(set) var values: [[Double]]
  /// Attended and missed (booked) sessions per service and year.
  private(set) var sessions: [[Double]]

  init(warmup: Double, years: Int, services: Int) {
    self.warmup = warmup
    self.years = years
    values = Array(repeating: Array(repeating: 0, count: years), count: Item.allCases.count)
    sessions = Array(repeating: Array(repeating: 0, count: years), count: services)
  }

  /// The year index of time `t`, or nil outside the projection years.
  func year(of t: Double) -> Int? {
    guard t >= warmup else { return nil }
    let year = Int((t - warmup) / DayCount.perYear)
    return year < years ? year : nil
  }

  mutating func add(_ item: Item, _ amount: Double = 1, at t: Double) {
    guard let year = year(of: t) else { return }
    values[item.rawValue][year] += amount
  }

  mutating func addSession(service: Int, at t: Double) {
    guard let year = year(of: t) else { return }
    sessions[service][year] += 1
  }

  /// Adds `perDay` for every day of [from, to), split over the years it spans.
  mutating func addSpan(_ item: Item, from: Double, to: Double, perDay: Double = 1) {
    var start = max(from, warmup)
    let end = min(to, warmup + Double(years) * DayCount.perYear)
    while start < end {
      let year = Int((start - warmup) / DayCount.perYear)
      let yearEnd = min(end, warmup + Double(year + 1) * DayCount.perYear)
      if year < years { values[item.rawValue][year] += (yearEnd - start) * perDay }
      start = yearEnd
    }
  }

  subscript(item: Item) -> [Double] { values[item.rawValue] }
}
