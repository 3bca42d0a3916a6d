import Population
import StepwellMetrics

extension CareModel {
  /// One projection year's costs (pounds of the price year, undiscounted), by category and by
  /// payer; both add up to the same total.
  struct YearCosts {
    var byCategory: [CostCategory: [Double]] = [:]
    var byPayer: [CostPayer: [Double]] = [:]
    let years: Int

    init(years: Int) { self.years = years }

    /// Adds one amount per year to a category and a payer.
    mutating func add(_ amounts: [Double], _ category: CostCategory, _ payer: CostPayer) {
      for (year, amount) in amounts.prefix(years).enumerated() {
        byCategory[category, default: Array(repeating: 0, count: years)][year] += amount
        byPayer[payer, default: Array(repeating: 0, count: years)][year] += amount
      }
    }
  }

  /// The role service `number` plays in the pathway.
  func role(of number: Int) -> ServiceRole {
    switch number {
    case index.cmht: .cmht
    case index.crisis: .crisis
    case index.beds: .beds
    case index.community: .community
    default: .primaryCare
    }
  }

  /// Cost by category, by payer and in total for each projection year (price-year pounds,
  /// undiscounted): capacity paid whether used or not (integrated over the designs in force),
  /// activity at its unit cost, GP consultations and call-back hours.
  func yearlyCosts() -> [(name: String, values: [Double])]? {
    guard let costs = design.costs else { return nil }
    let years = ledger.years
    var total = YearCosts(years: years)
    for (number, spec) in design.services.enumerated() {
      let role = role(of: number)
      let payer = costs.payer(of: spec.id, role: role)
      let capacity = costs.mode(of: spec.id) == .capacity
      if capacity {
        total.add(capacityCostByYear(service: number, costs, years: years), category(of: spec.kind, role), payer)
      }
      total.add(activityCostByYear(service: number, costs, capacity: capacity), category(of: spec.kind, role), payer)
      if role == .beds {
        total.add(ledger[.outOfAreaBedDays].map { $0 * costs.outOfAreaBedDay }, .bedsOutOfArea, payer)
      }
    }
    total.add(ledger[.gpConsultations].map { $0 * costs.gpConsultation }, .gp, .primaryCare)
    total.add(ledger[.callbackMinutes].map { $0 / 60 * costs.callbackHour }, .staff, .talkingTherapies)
    let zero = [Double](repeating: 0, count: years)
    var rows = CostCategory.parts.map { (name: YearMetricKey.cost($0).name, values: total.byCategory[$0] ?? zero) }
    let sum = (0..<years).map { year in rows.reduce(0) { $0 + $1.values[year] } }
    rows.append((name: YearMetricKey.costTotal.name, values: sum))
    rows += CostPayer.allCases.map { (name: YearMetricKey.cost($0).name, values: total.byPayer[$0] ?? zero) }
    return rows
  }

  /// The category a service's costs fall in.
  func category(of kind: ServiceKind, _ role: ServiceRole) -> CostCategory {
    switch role {
    case .cmht: .cmht
    case .crisis: .crisis
    case .beds: .beds
    case .community: .community
    case .primaryCare: kind == .caseload ? .community : .staff
    }
  }

  /// Activity costs of service `number` by year: what is paid per unit on top of (or instead
  /// of) capacity. Capacity-costed triage, therapy, groups, link workers and caseloads with
  /// places pay nothing more per unit; beds pay the marginal share per occupied day.
  func activityCostByYear(service number: Int, _ costs: CostSpec, capacity: Bool) -> [Double] {
    let spec = design.services[number]
    let zero = [Double](repeating: 0, count: ledger.years)
    switch role(of: number) {
    case .beds:
      let perDay = capacity ? (1 - costs.bedFixedShare) * costs.bedDay : costs.bedDay
      return ledger[.bedDays].map { $0 * perDay }
    case .cmht: return capacity && !spec.isOpen ? zero : ledger[.cmhtDays].map { $0 * costs.cmhtPerDay }
    case .crisis: return capacity && !spec.isOpen ? zero : ledger[.crisisDays].map { $0 * costs.crisisPerDay }
    case .community: return ledger[.communityEpisodes].map { $0 * costs.communityEpisode }
    case .primaryCare:
      guard !capacity else { return zero }
      switch spec.kind {
      case .triage: return ledger[.assessments].map { $0 * costs.assessment }
      default:
        let price = costs.sessionCost[spec.id] ?? 0
        return ledger.sessions[number].map { $0 * price }
      }
    }
  }

  /// What service `number` costs a year when paid for its capacity under `design` (pounds):
  /// WTE x cost per WTE-year; groups offered x mean sessions x cost per group session; CMHT
  /// and crisis places x cost per place-day x 365.25; beds x fixed share x bed-day cost x 365.25.
  func capacityCostPerYear(service number: Int, in design: CareDesign, _ costs: CostSpec) -> Double {
    let spec = design.services[number]
    let places = spec.isOpen ? 0 : spec.capacity.averageCapacity
    switch role(of: number) {
    case .beds: return places * costs.bedFixedShare * costs.bedDay * DayCount.perYear
    case .cmht: return places * costs.cmhtPerDay * DayCount.perYear
    case .crisis: return places * costs.crisisPerDay * DayCount.perYear
    case .community: return 0
    case .primaryCare:
      if spec.kind == .group, let group = spec.group {
        return DayCount.perYear / group.everyDays * (spec.sessions?.mean ?? 1) * costs.groupSession
      }
      return spec.staff * (costs.staffPerWTEYear[spec.id] ?? 0)
    }
  }

  /// Capacity cost of service `number` in each projection year: each design's cost a year
  /// times the share of the year it was in force.
  func capacityCostByYear(service number: Int, _ costs: CostSpec, years: Int) -> [Double] {
    let periods =
      [(day: 0.0, cost: capacityCostPerYear(service: number, in: startDesign, costs))]
      + changes.map { (day: $0.day, cost: capacityCostPerYear(service: number, in: $0.design, costs)) }
    return (0..<years).map { year in
      let start = startDesign.warmupDays + Double(year) * DayCount.perYear
      let end = start + DayCount.perYear
      return periods.indices.reduce(0.0) { total, k in
        let to = k + 1 < periods.count ? periods[k + 1].day : .infinity
        let overlap = max(0, min(end, to) - max(start, periods[k].day))
        return total + periods[k].cost * overlap / DayCount.perYear
      }
    }
  }
}
