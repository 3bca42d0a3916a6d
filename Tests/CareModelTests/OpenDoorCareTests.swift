import CareModel
import Population
import Testing

/// The hub's open door, switched on and off in the care model with common random numbers.
@Suite("The hub's open door")
struct OpenDoorCareTests {
  /// With the door off the hub has the GP route alone: no self-referrals at all. With it on, the
  /// self-referrals a year are the open door's expected rate (`ReferralInflow.openDoorReferralsPerYear`
  /// with the area's growth over the measured years) within 10%: a few added referrals find the
  /// person already in care and are not made. The new referrals a year differ by the same amount
  /// within 10% (a GP referral of someone who came in through the door is not made twice).
  @Test("closing the open door removes the added self-referrals")
  func closingRemovesTheAddedReferrals() async throws {
    let batches = try await careBatches([(.hub, []), (.hub, ["referrals.open_door.self_referral=off"])])
    let (open, closed) = (batches[0], batches[1])
    #expect(closed.values("referrals.self.share").allSatisfy { $0 == 0 })
    let (design, area) = try loadCare(.hub)
    let world = CareWorld(design: design, area: area)
    let warmup = design.warmupDays
    let horizon = open.design.horizonDays
    let modulation = world.inflow.modulation.mean(fromDay: open.design.warmupDays, toDay: horizon)
    let expected = world.inflow.openDoorReferralsPerYear * modulation
    let selfReferrals = open.mean("referrals.self.share") * open.mean("referrals.per_year")
    report("open door: \(selfReferrals) self-referrals a year, expected \(expected) (warm-up \(warmup))")
    #expect(abs(selfReferrals / expected - 1) < 0.1, "self-referrals \(selfReferrals), expected \(expected)")
    let addedNew = open.mean("referrals.new.per_year") - closed.mean("referrals.new.per_year")
    #expect(abs(addedNew / expected - 1) < 0.1, "added new referrals \(addedNew), expected \(expected)")
  }
}
