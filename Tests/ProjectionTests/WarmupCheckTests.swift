import Projection
import Testing

/// One replication's tables holding the given weekly series.
private func tables(_ series: [(String, [Double])]) -> ReplicationTables {
  let bins = series.first?.1.count ?? 0
  return ReplicationTables(
    metrics: [[]], series: [series.map { (name: $0.0, values: $0.1) }],
    binStarts: (0..<bins).map { Double($0) * 7 })
}

/// A deterministic zig-zag of amplitude `size` (no trend).
private func wiggle(_ bin: Int, size: Double) -> Double { (bin % 2 == 0 ? 1 : -1) * size }

@Suite("Warm-up check (MSER-5)")
struct WarmupCheckTests {
  @Test("a list that starts high and settles by week 30 is settled from week 30")
  func settlesAfterTransient() {
    let values = (0..<100).map { bin in (bin < 30 ? 50.0 : 10.0) + wiggle(bin, size: 1) }
    let (batches, atLimit) = WarmupCheck.truncation(values, batch: 5)
    #expect(batches == 6)
    #expect(!atLimit)
    let short = WarmupCheck(tables: tables([("service.step3.waiting_list", values)]), warmup: 70, timeUnit: "days")
    #expect(short.settledFrom == 210)
    #expect(!short.isAdequate)
    #expect(short.message()?.contains("the step3 waiting list") == true)
    let long = WarmupCheck(tables: tables([("service.step3.waiting_list", values)]), warmup: 210, timeUnit: "days")
    #expect(long.isAdequate)
    #expect(long.message() == nil)
  }

  @Test("a list rising all run never settles: the last candidate, half the run")
  func risingNeverSettles() {
    let values = (0..<100).map { Double($0) * 3 + wiggle($0, size: 1) }
    let (batches, atLimit) = WarmupCheck.truncation(values, batch: 5)
    #expect(batches == 10 && atLimit)
    let check = WarmupCheck(tables: tables([("service.step2.waiting_list", values)]), warmup: 0, timeUnit: "days")
    #expect(check.findings.first?.neverSettled == true)
    #expect(!check.isAdequate)
  }

  @Test("a flat list needs no truncation; a transient of under a person is not material")
  func flatAndImmaterial() {
    let flat = (0..<100).map { 20 + wiggle($0, size: 2) }
    #expect(WarmupCheck.truncation(flat, batch: 5).batches == 0)
    let small = (0..<100).map { bin in (bin < 30 ? 0.6 : 0.0) + wiggle(bin, size: 0.01) }
    let check = WarmupCheck(tables: tables([("service.triage.waiting_list", small)]), warmup: 0, timeUnit: "days")
    #expect(check.findings.first?.settledFrom == 210)
    #expect(check.isAdequate)
  }

  @Test("too few bins for batches of five: nothing is checked")
  func tooShort() {
    let check = WarmupCheck(tables: tables([("service.x.waiting_list", [1, 2, 3])]), warmup: 0, timeUnit: "days")
    #expect(check.findings.isEmpty && check.isAdequate)
  }
}
