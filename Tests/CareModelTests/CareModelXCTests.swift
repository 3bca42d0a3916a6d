import CareModel
import XCTest

/// One XCTest case, so the XCTest runner reports for this target too: the paired comparisons
/// are fair only if the hub differs from 2009 in named policies and capacity, not in the
/// seed, horizon, area or referrals.
final class CareModelXCTests: XCTestCase {
  func testHubSharesTheComparisonFrameOf2009AndSwitchesItsPoliciesOn() throws {
    let (standard, _) = try loadCare(.standard2009)
    let (hub, _) = try loadCare(.hub)
    XCTAssertEqual(hub.seed, standard.seed)
    XCTAssertEqual(hub.area, standard.area)
    XCTAssertEqual(hub.horizonDays, standard.horizonDays)
    XCTAssertEqual(hub.warmupDays, standard.warmupDays)
    XCTAssertEqual(hub.referralsPerYear, standard.referralsPerYear)
    XCTAssertEqual(hub.newEpisodeShare, standard.newEpisodeShare)
    XCTAssertEqual(dayOfYear(hub.startDate), dayOfYear(standard.startDate))

    XCTAssertFalse(standard.policies.callbacks)
    XCTAssertTrue(hub.policies.callbacks)
    XCTAssertEqual(standard.policies.notRecovered, .backToGP)
    XCTAssertEqual(hub.policies.notRecovered, .reroute)
    XCTAssertEqual(standard.policies.discharge, .timeLimited)
    XCTAssertEqual(hub.policies.discharge, .agreed)
    XCTAssertNil(standard.policies.stepDown)
    XCTAssertGreaterThan(hub.policies.stepDown?.people ?? 0, 0)
    let step3 = { (design: CareDesign) in design.services.first { $0.id == "step3" }?.providers }
    XCTAssertGreaterThan(step3(standard) ?? 0, 1)
    XCTAssertEqual(step3(hub), 1)
    XCTAssertTrue(hub.services.contains { $0.kind == .coordination })
    XCTAssertFalse(standard.services.contains { $0.kind == .coordination })
  }
}
