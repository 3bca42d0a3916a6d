import CareModel
import Foundation
import Population
import Scenario
import Testing

/// Dated changes (`changes:`): the run follows the scenario until the date and the changed design
/// after it, with the same people and the same luck.
@Suite("Dated changes to a design mid-run")
struct DesignChangeTests {
  /// One replication of `design` over `area`'s population.
  func run(_ design: CareDesign, _ area: Area) -> CareReplicationResult { runOnce(design, area) }

  /// The one-step service from 2024-04-01 (5 years, 1 of warm-up) loses one of its two therapists
  /// on 2027-04-02, day 1096, just after projection year 3 starts (day 1095.75): years 1 and 2
  /// are identical to the run without the change, and the list grows afterwards.
  @Test("everything before the change's date is identical to the run without it")
  func identicalBeforeTheDate() throws {
    let (plain, area) = try loadCare(.oneStep)
    let (changed, _) = try loadCare(.oneStep, ["changes=[{date: 2027-04-02, set: {services.therapy.wte: 1}}]"])
    let change = try #require(changed.changes.first)
    #expect(change.day == 1096)
    #expect(change.design.services[0].capacity.capacity(at: 0) == 8)
    let before = run(plain, area)
    let after = run(changed, area)
    #expect(before.yearly.map(\.name) == after.yearly.map(\.name))
    for (a, b) in zip(before.yearly, after.yearly) {
      #expect(
        Array(a.values.prefix(2)) == Array(b.values.prefix(2)) || a.values.prefix(2).allSatisfy(\.isNaN), "\(a.name)")
    }
    let waitingBefore = try #require(before.yearlyValues("pathway.waiting.count"))
    let waitingAfter = try #require(after.yearlyValues("pathway.waiting.count"))
    #expect(waitingAfter[3] > waitingBefore[3] + 5, "\(waitingBefore) against \(waitingAfter)")
  }

  /// Staff are paid for the share of the year each design is in force: the hub's link workers
  /// double (6 to 12 WTE) on 2012-03-31, day 365 of a run whose first projection year is days
  /// 182.625 to 547.875, so that year's staff cost rises by 6 WTE x (547.875 - 365) / 365.25.
  /// (Call-backs are off: their staff time would follow the extra link workers' caseloads.)
  @Test("staff cost follows the WTE in force through the year")
  func staffCostByShareOfYear() throws {
    let length = ["horizon=2y", "warmup=0.5y", "policies.dna.callbacks=false"]
    let (plain, area) = try loadCare(.hub, length)
    let (changed, _) = try loadCare(
      .hub, length + ["changes=[{date: 2012-03-31, set: {services.linkworker.staff: 12}}]"])
    let perWTE = try #require(plain.costs?.staffPerWTEYear["linkworker"])
    let before = try #require(run(plain, area).yearlyValues("cost.staff"))
    let after = try #require(run(changed, area).yearlyValues("cost.staff"))
    let expected = 6 * perWTE * (547.875 - 365) / 365.25
    #expect(abs((after[0] - before[0]) - expected) < 1e-6 * expected, "\(before) against \(after)")
  }

  @Test(
    "a change that would alter the run itself is refused with the key and what is allowed",
    arguments: [
      ("changes=[{date: 2026-04-01, set: {referrals.per_year: 200}}]", "changes.1.set.referrals.per_year"),
      ("changes=[{date: 2026-04-01, set: {services.therapy.kind: caseload}}]", "changes.1.set.services.therapy.kind"),
      ("changes=[{date: 2026-04-01, set: {horizon: 9y}}]", "changes.1.set.horizon"),
      ("changes=[{date: 2024-03-01, set: {services.therapy.wte: 3}}]", "changes.1.date"),
      ("changes=[{date: 2031-04-01, set: {services.therapy.wte: 3}}]", "changes.1.date"),
      (
        "changes=[{date: 2027-04-01, set: {services.therapy.wte: 3}}, {date: 2026-04-01, set: {services.therapy.wte: 1}}]",
        "changes.2.date"
      ),
      ("changes=[{date: 2026-04-01, set: {services.extra.wte: 3}}]", "changes.1.set.services.extra.wte"),
      ("changes=[{date: 2026-04-01, set: {}}]", "changes.1.set"),
      (
        "changes=[{date: 2026-04-01, set: {risk.suicide.treatment_rr: 0.5}}]", "changes.1.set.risk.suicide.treatment_rr"
      ),
    ])
  func refused(_ override: String, _ keyPath: String) throws {
    do {
      _ = try loadCare(.oneStep, [override])
      Issue.record("\(override) loaded")
    } catch let error as ScenarioError {
      #expect("\(error)".contains(keyPath), "\(error)")
      #expect(!error.allowedText.isEmpty)
    }
  }

  @Test("a value out of range in a change names the change")
  func badValueNamesTheChange() throws {
    do {
      _ = try loadCare(.oneStep, ["changes=[{date: 2026-04-01, set: {services.therapy.wte: -2}}]"])
      Issue.record("a negative WTE loaded")
    } catch let error as ScenarioError {
      #expect("\(error)".contains("changes 1") && "\(error)".contains("services.therapy.wte"), "\(error)")
    }
  }
}
