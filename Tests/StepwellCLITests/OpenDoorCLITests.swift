import Foundation
import Testing

/// A bad open-door input, in a scenario file or through `--set`, exits 2 with one line naming
/// where it was written, the key path and both ends of the allowed range, and writes nothing.
@Suite("The open door's inputs on the command line")
struct OpenDoorCLITests {
  /// Copies of the hub, the 2009 file it extends (the hub's text with `old` replaced by `new`)
  /// and the 2011 area file.
  func workspace(_ old: String, _ new: String) throws -> (Workspace, String) {
    let space = try Workspace()
    let shipped = CLI.packageRoot.appendingPathComponent("Scenarios")
    for name in ["sandwell-standard-2009.yaml", "areas/sandwell-2011.yaml"] {
      try space.write(try String(contentsOf: shipped.appendingPathComponent(name), encoding: .utf8), to: "in/\(name)")
    }
    let hub = try String(contentsOf: shipped.appendingPathComponent("sandwell-hub.yaml"), encoding: .utf8)
    #expect(hub.contains(old), "sandwell-hub.yaml has no '\(old)'")
    let file = try space.write(hub.replacingOccurrences(of: old, with: new), to: "in/sandwell-hub.yaml")
    return (space, file)
  }

  @Test(
    "a bad open-door value in the file exits 2 naming the file, key path and range",
    arguments: [
      ("propensity: 0.03", "propensity: 1.5", "propensity", "from 0 to 1"),
      ("mild_moderate_share: 0.8", "mild_moderate_share: -0.2", "mild_moderate_share", "from 0 to 1"),
      ("self_referral: on", "self_referral: maybe", "self_referral", "true or false"),
      ("propensity: 0.03", "propensity: 0.03\n    rate: 2", "rate", "self_referral, propensity"),
    ])
  func badFile(old: String, new: String, key: String, allowed: String) throws {
    let (space, file) = try workspace(old, new)
    defer { space.cleanUp() }
    let outcome = try space.run(["run", file, "--out", space.path("out/result"), "--quiet"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.hasPrefix("error: \(file): referrals.open_door.\(key)"), "\(line)")
    #expect(line.contains(allowed), "\(line)")
    #expect(!space.exists("out/result"))
  }

  @Test("a bad open-door value through --set exits 2 naming the override")
  func badOverride() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let hub = CLI.packageRoot.appendingPathComponent("Scenarios/sandwell-hub.yaml").path
    let set = "referrals.open_door.propensity=-0.5"
    let outcome = try space.run(["run", hub, "--set", set, "--out", space.path("out/result"), "--quiet"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.hasPrefix("error: --set \(set): referrals.open_door.propensity"), "\(line)")
    #expect(line.contains("from 0 to 1"), "\(line)")
    #expect(!space.exists("out/result"))
  }
}
