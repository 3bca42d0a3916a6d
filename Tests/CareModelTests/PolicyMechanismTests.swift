import CareModel
import Testing

/// How far a paired difference must clear zero to count as a rise or a fall (paired standard
/// errors of the mean difference over replications).
let pairedSignificanceMargin = 2.0

/// Expects `difference` (alternative minus base) to be positive by more than `margin` paired
/// standard errors.
func expectRise(
  _ difference: PairedDelta, _ what: String, margin: Double = pairedSignificanceMargin,
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
  _ difference: PairedDelta, _ what: String, margin: Double = pairedSignificanceMargin,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  report("\(what): \(difference)")
  #expect(
    difference.mean < -margin * difference.standardError && difference.mean < 0, "\(what) should fall: \(difference)",
    sourceLocation: sourceLocation)
}

/// Each hub policy switched off on its own (the hub with one override, same seed), against the
/// hub: the difference must come from that policy's mechanism. `STEPWELL_CARE_REPORT=1` prints
/// each paired difference with its standard error.
@Suite("Each hub policy switched off on its own")
struct PolicyMechanismTests {
  /// Utilisation of the pooled step 3 at which the pooled-list check runs (share of places
  /// held): busy enough that people wait, so places idle on one split list while people wait on
  /// another show in the waits, and short of saturation, where the list would grow however it
  /// is pooled.
  static let busyStepThreeUtilisation = 0.88...0.97

  /// Without call-backs a booked session is missed with the standard 10% instead of 4% (both
  /// times the person's deprivation multiplier), and the DNA rate is missed / booked sessions.
  @Test("call-backs off raises the DNA rate")
  func callbacksOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.dna.callbacks=false"])])
    let (hub, off) = (pair[0], pair[1])
    expectRise(paired(hub, off, "dna.rate"), "dna.rate")
  }

  /// With re-routing for everyone (the hub re-routes only people its link workers hold, too few
  /// for a short debug run to show), without re-routing a failed course sends the patient back to the GP: 35% of them are
  /// re-referred after about 12 weeks (more referrals that are not new episodes), and everyone
  /// sent back waits untreated, where the crisis hazard rises with time (crises checked in the
  /// full run only).
  @Test("re-routing off raises re-referrals and crises")
  func reroutingOff() async throws {
    let everyone = ["policies.reroute_scope=all"]
    let pair = try await careBatches([(.hub, everyone), (.hub, everyone + ["policies.not_recovered=back_to_gp"])])
    let (hub, off) = (pair[0], pair[1])
    let repeats = { (batch: CareBatch) in
      zip(batch.values("referrals.per_year"), batch.values("referrals.new.per_year")).map { $0 - $1 }
    }
    expectRise(paired(hub, off, "referrals.per_year"), "referrals.per_year")
    expectRise(PairedDelta(base: repeats(hub), alternative: repeats(off)), "re-referrals and relapses a year")
    // At the era's demand a short (debug) run has about a dozen crises a year, too few for three
    // replications to resolve the difference; the full run (heavy) checks it.
    let crises = paired(hub, off, "crises.per_year")
    report("crises.per_year, re-routing off: \(crises)")
    if heavyChecks { expectRise(crises, "crises.per_year") }
  }

  /// Under agreed discharge a link worker keeps the case for an open-ended duration and never
  /// while the patient still waits or is in treatment; a 12-week time limit ends every episode
  /// at 84 days, so places are held for less time.
  @Test("agreed discharge off lowers link-worker utilisation")
  func agreedDischargeOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.discharge.policy=time_limited"])])
    let (hub, off) = (pair[0], pair[1])
    expectFall(paired(hub, off, "service.linkworker.utilisation"), "service.linkworker.utilisation")
  }

  /// Step-down moves 500 people, each the longest on the CMHT caseload at the time, to link
  /// workers over two years: without it they stay on the CMHT, which holds more people, and the
  /// link workers hold fewer cases.
  @Test("step-down off keeps the CMHT fuller and the link workers emptier")
  func stepDownOff() async throws {
    let pair = try await careBatches([(.hub, []), (.hub, ["policies.step_down.people=0"])])
    let (hub, off) = (pair[0], pair[1])
    expectRise(paired(hub, off, "service.cmht.utilisation"), "service.cmht.utilisation")
    expectFall(paired(hub, off, "service.linkworker.utilisation"), "service.linkworker.utilisation")
  }

  /// Eight provider lists (the seed's 63 counselling services, fewer), each with an eighth of the
  /// places, leave places idle on one list while people wait on another; one pooled list never
  /// does, so at the same places and demand the split lists wait longer. Needs a step 3 tight
  /// enough that waits are not ~0.
  @Test("pooled lists off raises step-3 waits (tight step 3)")
  func pooledListsOff() async throws {
    let tight = ["services.step3.wte=\(StepThreeRegime.current.pooledTestWTE)"]
    let pair = try await careBatches([(.hub, tight), (.hub, tight + ["services.step3.providers=8"])])
    let (pooled, split) = (pair[0], pair[1])
    let utilisation = pooled.mean("service.step3.utilisation")
    report("pooled step 3 utilisation \(utilisation)")
    let busy = Self.busyStepThreeUtilisation
    let range = "\(busy.lowerBound)-\(busy.upperBound)"
    #expect(
      busy.contains(utilisation), "the pooled-list check needs a busy step 3 (utilisation \(range)), got \(utilisation)"
    )
    expectRise(paired(pooled, split, "service.step3.wait.mean"), "service.step3.wait.mean")
  }
}
