import Foundation
import Population

/// Per-group probabilities of one design, built once per replication (and at each dated change)
/// so the event handlers only index arrays.
///
/// A group is `(quintile - 1) x 5 + ethnicity.index` (0...24) for a person of the synthetic
/// population; group 25 (`unknownGroup`) stands for records without one (background patients,
/// people already waiting at the start), who take each service's input unchanged.
struct EquityTables: Sendable {
  /// Groups of a person (5 quintiles x 5 ethnic groups) plus the unknown group.
  static let groupCount = 26
  static let unknownGroup = 25

  /// Recovery probability at the end of a course by service and group (`service x 26 + group`);
  /// NaN where the service has no recovery input.
  let recovery: [Double]
  /// Multiplier of the per-session DNA probability by group (ethnic part only).
  let dnaFactor: [Double]
  /// Dropout probability after each attended session by group (0...1).
  let dropout: [Double]

  /// The group of a person.
  static func group(quintile: Int, ethnicity: Ethnicity) -> Int {
    (Swift.min(Swift.max(quintile, 1), 5) - 1) * Ethnicity.allCases.count + ethnicity.index
  }

  /// - Parameter mix: shares of referrals by group (25 entries, as `ReferralInflow.groupMix`).
  init(design: CareDesign, mix: [Double]) {
    let equity = design.equity
    let groups = EquityTables.groupCount
    let logOdds = (0..<groups).map { group -> Double in
      guard group < EquityTables.unknownGroup else { return 0 }
      return log(equity.recoveryOddsByQuintile[group / 5]) + log(equity.recoveryOddsByEthnicity[group % 5])
    }
    var recovery = [Double](repeating: .nan, count: design.services.count * groups)
    for (service, spec) in design.services.enumerated() {
      guard let p = design.pathway.recovery[spec.id] else { continue }
      let shift = equity.recoveryMix == .keep ? EquityTables.shift(rate: p, logOdds: logOdds, mix: mix) : 0
      for group in 0..<groups {
        let z = logOdds[group] + shift
        recovery[service * groups + group] =
          group == EquityTables.unknownGroup || z == 0 ? p : RecoveryOdds.probability(rate: p, logOdds: z)
      }
    }
    self.recovery = recovery
    dnaFactor = (0..<groups).map { $0 == EquityTables.unknownGroup ? 1 : equity.dnaByEthnicity[$0 % 5] }
    let base = design.pathway.dropoutPerSession
    dropout = (0..<groups).map { group in
      guard group < EquityTables.unknownGroup else { return base }
      return Swift.min(1, base * equity.dropoutByQuintile[group / 5] * equity.dropoutByEthnicity[group % 5])
    }
  }

  /// The renormalising shift; exactly minus the common log odds ratio when every group of the
  /// person groups has the same one (so flat tables reproduce the inputs exactly).
  static func shift(rate p: Double, logOdds: [Double], mix: [Double]) -> Double {
    let people = logOdds[0..<unknownGroup]
    if people.allSatisfy({ $0 == people.first }) { return -(people.first ?? 0) }
    return RecoveryOdds.shift(rate: p, logOdds: Array(people), mix: mix)
  }
}
