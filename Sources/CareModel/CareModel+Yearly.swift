import Foundation
import Population
import StepwellMetrics

extension CareModel {
  /// QALYs of people referred in each projection year: utility-days less those expected
  /// suicides end, over 365.25.
  var qalysByYear: [Double] {
    zip(ledger[.qualityDays], ledger[.qualityDaysLost]).map { ($0 - $1) / DayCount.perYear }
  }

  /// QALYs gained in each projection year: QALYs less those of the episodes' natural course.
  var qalysGainedByYear: [Double] {
    zip(qalysByYear, ledger[.naturalCourseDays]).map { $0 - $1 / DayCount.perYear }
  }

  /// Metrics per projection year, for `projection.csv` and `costs.csv`.
  func yearlyMetrics(costs: [(name: String, values: [Double])]) -> [(name: String, values: [Double])] {
    let years = ledger.years
    func ratio(_ a: YearLedger.Item, _ b: YearLedger.Item) -> [Double] {
      zip(ledger[a], ledger[b]).map { $1 > 0 ? $0 / $1 : .nan }
    }
    let population = (0..<years).map { year in
      max(
        0,
        populationGeneralSuicidePerDay * DayCount.perYear + ledger[.backgroundExcessDeaths][year]
          + ledger[.expectedSuicidesReferred][year] - ledger[.naturalCourseDeaths][year])
    }
    let items: [(YearMetricKey, [Double])] = [
      (.referrals, ledger[.referrals]), (.newReferrals, ledger[.newReferrals]),
      (.firstSessions, ledger[.firstTreatments]),
      (.waitFirstTreatmentMean, ratio(.firstTreatmentWaitDays, .firstTreatments)),
      (.within18Weeks, ratio(.within18Weeks, .firstTreatments)),
      (.recoveryRate, ratio(.recoveries, .finishedCourses)), (.recoveries, ledger[.recoveries]),
      (.crises, ledger[.crises]), (.admissions, ledger[.admissions]),
      (.admissionsOutOfArea, ledger[.admissionsOutOfArea]),
      (.bedDays, ledger[.bedDays]), (.bedDaysOutOfArea, ledger[.outOfAreaBedDays]),
      (.suicidesExpected, ledger[.expectedSuicidesReferred]),
      (.suicidesExpectedPopulation, population), (.suicidesSampled, ledger[.sampledSuicides]),
    ]
    var rows = items.map { (name: $0.0.name, values: $0.1) }
    var lists = [(name: YearMetricKey.pathwayWaitingCount.name, values: ledger.pathwayWaitingAtYearEnd)]
    for (number, spec) in design.services.enumerated() where spec.kind != .beds {
      lists.append((YearMetricKey.serviceWaitingCount(spec.id).name, ledger.serviceWaitingAtYearEnd[number]))
    }
    rows.insert(contentsOf: lists, at: 1)
    if let costsSpec = design.costs {
      rows.append(
        (
          YearMetricKey.purposefulValue.name,
          ledger[.purposefulDays].map { $0 / DayCount.perYear * costsSpec.purposefulYearValue }
        ))
      rows.append((YearMetricKey.suicidesValue.name, population.map { $0 * costsSpec.suicideValue }))
    }
    rows.append((YearMetricKey.qaly.name, qalysByYear))
    rows.append((YearMetricKey.qalyGained.name, qalysGainedByYear))
    return rows + costs
  }

  /// Waits, recovery and referrals by group after warm-up.
  func breakdownRows(years: Double) -> [(dimension: String, group: String, metric: String, value: Double)] {
    var rows: [(dimension: String, group: String, metric: String, value: Double)] = []
    for dimension in BreakdownCounters.dimensions {
      for (group, cell) in (breakdown.cells[dimension] ?? [:]).sorted(by: { $0.key < $1.key }) {
        rows.append((dimension, group, MetricKey.referralsPerYear.name, Double(cell.referrals) / years))
        rows.append(
          (
            dimension, group, MetricKey.waitFirstTreatmentMean.name,
            cell.firstTreatments > 0 ? cell.waitDays / Double(cell.firstTreatments) : .nan
          ))
        rows.append(
          (
            dimension, group, MetricKey.recoveryRate.name,
            cell.finished > 0 ? Double(cell.recovered) / Double(cell.finished) : .nan
          )
        )
      }
    }
    return rows
  }
}
