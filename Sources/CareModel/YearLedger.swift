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
    case communityEpisodes, expectedSuicidesReferred
    case purposefulDays, sampledSuicides, removedOtherThanTreatment, callbackMinutes
    /// Expected suicides of the natural course of the episodes referred, and the excess hazard
    /// over the general rate of background patients in contact.
    case naturalCourseDeaths, backgroundExcessDeaths
    /// Utility x days of people referred, and the utility x days expected suicides end before the
    /// last projection year closes (counted in the year of death).
    case qualityDays, qualityDaysLost
    /// Utility x days the people referred would have had on the natural course of their
    /// episodes (ill until remission, then well), for QALYs gained.
    case naturalCourseDays
  }

  let warmup: Double
  let years: Int
  /// The number of services whose sessions are counted.
  let serviceCount: Int
  /// Every item's amount per year, item after item (`years` values each), in one array so an
  /// addition checks one buffer.
  private var values: [Double]
  /// Attended and missed (booked) sessions, service after service (`years` values each).
  private var sessionValues: [Double]
  /// People waiting for assessment or first treatment at the year's last month end (NaN for a
  /// year with no month end), and each service's list at that month end.
  private(set) var pathwayWaitingAtYearEnd: [Double]
  private(set) var serviceWaitingAtYearEnd: [[Double]]

  init(warmup: Double, years: Int, services: Int) {
    self.warmup = warmup
    self.years = years
    serviceCount = services
    values = Array(repeating: 0, count: years * Item.allCases.count)
    sessionValues = Array(repeating: 0, count: years * services)
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
    values[item.rawValue * years + year] += amount
  }

  mutating func addSession(service: Int, at t: Double) {
    guard let year = year(of: t) else { return }
    sessionValues[service * years + year] += 1
  }

  /// Adds `perDay` for every day of [from, to), split over the years it spans.
  mutating func addSpan(_ item: Item, from: Double, to: Double, perDay: Double = 1) {
    var start = max(from, warmup)
    let end = min(to, warmup + Double(years) * DayCount.perYear)
    while start < end {
      let year = Int((start - warmup) / DayCount.perYear)
      let yearEnd = min(end, warmup + Double(year + 1) * DayCount.perYear)
      if year < years { values[item.rawValue * years + year] += (yearEnd - start) * perDay }
      start = yearEnd
    }
  }

  /// Adds the utility-days that deaths at `rate` per day over [from, to) take away: a death at t
  /// ends `utility` x (end - t) days, where `end` closes the last projection year
  /// (`QALYAccounting.lostUtilityDays`), each year's share in its year.
  mutating func addLostDays(_ item: Item, from: Double, to: Double, rate: Double, utility: Double) {
    let horizon = warmup + Double(years) * DayCount.perYear
    addByYear(item, from: from, to: to) { start, end in
      QALYAccounting.lostUtilityDays(rate: rate, utility: utility, from: start, to: end, end: horizon)
    }
  }

  /// Adds `amount(start, end)` for each projection year's part [start, end) of [from, to).
  mutating func addByYear(_ item: Item, from: Double, to: Double, amount: (Double, Double) -> Double) {
    var start = max(from, warmup)
    let end = min(to, warmup + Double(years) * DayCount.perYear)
    while start < end {
      let year = Int((start - warmup) / DayCount.perYear)
      let yearEnd = min(end, warmup + Double(year + 1) * DayCount.perYear)
      if year < years { values[item.rawValue * years + year] += amount(start, yearEnd) }
      start = yearEnd
    }
  }

  /// Adds `amount(start, end)` for each projection year's part of [from, to) and returns the
  /// amount over [from, to) after warm-up up to `runEnd` (whole years or not).
  mutating func addSplit(
    _ item: Item, from: Double, to: Double, runEnd: Double, amount: (Double, Double) -> Double
  ) -> Double {
    addByYear(item, from: from, to: to, amount: amount)
    let runStart = max(from, warmup)
    let runStop = min(to, runEnd)
    return runStop > runStart ? amount(runStart, runStop) : 0
  }

  /// Adds the utility-days of an episode's natural course from `origin` until `until` (the
  /// person's next episode, or never), split over the projection years.
  mutating func addNaturalCourse(
    from origin: Double, until: Double, symptomatic: Double, recovered: Double, remissionPerDay: Double
  ) {
    addByYear(.naturalCourseDays, from: origin, to: until) { start, end in
      QALYAccounting.naturalCourseUtilityDays(
        from: start, to: end, origin: origin, symptomatic: symptomatic, recovered: recovered,
        remissionPerDay: remissionPerDay)
    }
  }

  /// The item's amount in each projection year.
  subscript(item: Item) -> [Double] { Array(values[item.rawValue * years..<(item.rawValue + 1) * years]) }

  /// Attended and missed (booked) sessions per service and year.
  var sessions: [[Double]] {
    (0..<serviceCount).map { Array(sessionValues[$0 * years..<($0 + 1) * years]) }
  }
}
