import CareModel
import Testing

@Suite("The hub and 2009 share one comparison frame")
struct ComparisonFrameTests {
  /// The paired comparisons are fair only if the hub differs from 2009 in named policies and
  /// capacity, not in the seed, horizon, area or referrals.
  @Test("the hub shares 2009's seed, run length, area and referrals, and switches its policies on")
  func hubSharesTheComparisonFrameOf2009AndSwitchesItsPoliciesOn() throws {
    let (standard, _) = try loadCare(.standard2009)
    let (hub, _) = try loadCare(.hub)
    #expect(hub.seed == standard.seed)
    #expect(hub.area == standard.area)
    #expect(hub.horizonDays == standard.horizonDays)
    #expect(hub.warmupDays == standard.warmupDays)
    #expect(hub.referralsPerYear == standard.referralsPerYear)
    #expect(hub.newEpisodeShare == standard.newEpisodeShare)
    #expect(dayOfYear(hub.startDate) == dayOfYear(standard.startDate))

    #expect(!standard.policies.callbacks)
    #expect(hub.policies.callbacks)
    #expect(standard.policies.notRecovered == .backToGP)
    #expect(hub.policies.notRecovered == .reroute)
    #expect(standard.policies.discharge == .timeLimited)
    #expect(hub.policies.discharge == .agreed)
    #expect(standard.policies.stepDown == nil)
    #expect((hub.policies.stepDown?.people ?? 0) > 0)
    let step3 = { (design: CareDesign) in design.services.first { $0.id == "step3" }?.providers }
    #expect((step3(standard) ?? 0) > 1)
    #expect(step3(hub) == 1)
    #expect(hub.services.contains { $0.kind == .coordination })
    #expect(!standard.services.contains { $0.kind == .coordination })
  }
}
