import CareModel
import Testing

/// Expects `difference` (alternative minus base) to be positive by more than `margin` paired
/// standard errors.
func expectRise(
  _ difference: PairedDelta, _ what: String, margin: Double = 2,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  report("\(what): \(difference)")
  #expect(
    difference.mean > margin * difference.standardError && difference.mean > 0, "\(what) should rise: \(difference)",
    sourceLocation: sourceLocation)
}

/// Expects `difference` (alternative minus base) to be negative by more than `margin` paired
/// standard errors.
func expectFall(
  _ difference: PairedDelta, _ what: String, margin: Double = 2,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  report("\(what): \(difference)")
  #expect(
    difference.mean < -margin * difference.standardError && difference.mean < 0, "\(what) should fall: \(difference)",
    sourceLocation: sourceLocation)
}

/// Each hub policy switched off on its own (the hub with one override, same seed), against the
/// hub: the difference must come from that policy's mechanism.
@Suite("Each hub policy switched off on its own")
struct PolicyMechanismTests {
  /// Without call-backs a booked session is missed with the standard 10% instead of 4% (both
  /// times the person's deprivation multiplier), and the DNA rate is missed / booked sessions.
  @Test("call-backs off raises the DNA rate")
  func callbacksOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.dna.callbacks=false"])])
    let (hub, off) = (pair[0], pair[1])
    // Measured: 0.043 -> 0.107 (SE < 0.001).
    expectRise(paired(hub, off, "dna.rate"), "dna.rate")
  }

  /// Without re-routing a failed course sends the patient back to the GP: 35% of them are
  /// re-referred after about 12 weeks (more referrals that are not new episodes), and everyone
  /// sent back waits untreated, where the crisis hazard rises with time.
  @Test("re-routing off raises re-referrals and crises")
  func reroutingOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.not_recovered=back_to_gp"])])
    let (hub, off) = (pair[0], pair[1])
    let repeats = { (batch: CareBatch) in
      zip(batch.values("referrals.per_year"), batch.values("referrals.new.per_year")).map { $0 - $1 }
    }
    // Measured: full +1,573 referrals a year (SE 11), short +1,388 (SE 46).
    expectRise(paired(hub, off, "referrals.per_year"), "referrals.per_year")
    expectRise(PairedDelta(base: repeats(hub), alternative: repeats(off)), "re-referrals and relapses a year")
    // Measured: full 66 -> 217 crises a year (SE 1.2), short 6 -> 26 (SE 3.2).
    expectRise(paired(hub, off, "crises.per_year"), "crises.per_year")
  }

  /// Under agreed discharge a link worker keeps the case for an open-ended duration and never
  /// while the patient still waits or is in treatment; a 12-week time limit ends every episode
  /// at 84 days, so places are held for less time.
  @Test("agreed discharge off lowers link-worker utilisation")
  func agreedDischargeOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.discharge.policy=time_limited"])])
    let (hub, off) = (pair[0], pair[1])
    // Measured: full 0.83 -> 0.55 (SE 0.006), short 0.86 -> 0.66 (SE 0.014).
    expectFall(paired(hub, off, "service.linkworker.utilisation"), "service.linkworker.utilisation")
  }

  /// Step-down moves 500 people from secondary care to link workers over two years, and each
  /// avoids 0.05 background admissions a year; without it background admissions stay at 450 a
  /// year (about 25 more a year once all have moved), and the link workers hold fewer cases.
  @Test("step-down off raises admissions")
  func stepDownOff() async throws {
    let pair = try await careBatches([
      (.hub, admissionNoiseControl), (.hub, admissionNoiseControl + ["policies.step_down.people=0"]),
    ])
    let (hub, off) = (pair[0], pair[1])
    // Measured: full +29 admissions a year (SE 4.3), short (background CMHT off) +15 (SE 2.5).
    expectRise(paired(hub, off, "secondary.admissions.per_year"), "secondary.admissions.per_year")
    // Measured: full 0.83 -> 0.70, short 0.86 -> 0.57.
    expectFall(paired(hub, off, "service.linkworker.utilisation"), "service.linkworker.utilisation")
  }

  /// Four provider lists, each with a quarter of the places, leave places idle on one list
  /// while people wait on another; one pooled list never does, so at the same places and
  /// demand the split lists wait longer. Needs a step 3 tight enough that waits are not ~0.
  @Test("pooled lists off raises step-3 waits (tight step 3)")
  func pooledListsOff() async throws {
    let tight = ["services.step3.wte=\(StepThreeRegime.current.pooledTestWTE)"]
    let pair = try await careBatches([(.hub, tight), (.hub, tight + ["services.step3.providers=4"])])
    let (pooled, split) = (pair[0], pair[1])
    let utilisation = pooled.mean("service.step3.utilisation")
    report("pooled step 3 utilisation \(utilisation)")
    #expect(
      (0.88...0.97).contains(utilisation),
      "the pooled-list check needs a busy step 3 (utilisation 0.88-0.97), got \(utilisation)")
    // Measured: full (23 WTE) 1.9 -> 4.0 days (SE 0.41), short (20 WTE) 1.0 -> 3.0 (SE 0.48).
    expectRise(paired(pooled, split, "service.step3.wait.mean"), "service.step3.wait.mean")
  }
}
