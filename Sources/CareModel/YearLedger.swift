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
    case communityEpisodes, expectedSuicidesReferred, expectedSuicidesInContact
    case purposefulDays, sampledSuicides, removedOtherThanTreatment, callbackMinutes, displacedGeneralHazard
  }

  let warmup: Double
  let years: Int
  private(set) var values: [[Double]]
  /// Attended and missed (booked) sessions per service and year.
  private(set) var sessions: [[Double]]
  /// People waiting for assessment or first treatment at the year's last month end (NaN for a
  /// year with no month end), and each service's list at that month end.
  private(set) var pathwayWaitingAtYearEnd: [Double]
  private(set) var serviceWaitingAtYearEnd: [[Double]]

  init(warmup: Double, years: Int, services: Int) {
    self.warmup = warmup
    self.years = years
    values = Array(repeating: Array(repeating: 0, count: years), count: Item.allCases.count)
    sessions = Array(repeating: Array(repeating: 0, count: years), count: services)
    pathwayWaitingAtYearEnd = Array(repeating: .nan, count: years)
    serviceWaitingAtYearEnd = Array(repeating: Array(repeating: .nan, count: years), count: services)
  }

  /// Keeps the counts of a month end at `t`: the last month end of a year stands for the year.
  mutating func recordMonthEnd(at t: Double, pathwayWaiting: Int, serviceWaiting: [Int]) {
    guard let year = year(of: t) else { return }
    pathwayWaitingAtYearEnd[year] = Double(pathwayWaiting)
    for (service, count) in serviceWaiting.enumerated() where service < serviceWaitingAtYearEnd.count {
      serviceWaitingAtYearEnd[service][year] = Double(count)
    }
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
