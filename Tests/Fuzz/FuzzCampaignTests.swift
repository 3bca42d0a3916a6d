import Foundation
import Synchronization
import Testing

/// The mutation campaign over every ready scenario and area file: each mutant must load or be
/// refused with a `ScenarioError` (exit code 2), and a bounded run of one that loads must finish
/// or stop at its event limit, each within `FuzzHarness.timeLimit` seconds. Nothing may crash.
@Suite struct FuzzCampaignTests {
  @Test func mutantsLoadOrAreRefusedAndBoundedRunsEnd() throws {
    let count = FuzzCampaign.count
    let seed = FuzzCampaign.seed
    let workers = 2
    let started = Date()
    let tallies = Mutex<[FuzzTally]>([])
    let errors = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var tally = FuzzTally()
      do {
        let workspace = try FuzzWorkspace()
        defer { workspace.remove() }
        let campaign = FuzzCampaign(workspace: workspace)
        for index in stride(from: worker, to: count, by: workers) {
          let mutantStarted = Date()
          let (outcome, ran, description) = try campaign.run(index, seed: seed)
          let folder =
            description.split(separator: "/").count > 1 ? String(description.split(separator: "/")[0]) : "top"
          tally.add(
            outcome, ran: ran, mutant: "mutant \(index) (\(description))", folder: folder,
            seconds: Date().timeIntervalSince(mutantStarted))
        }
      } catch {
        errors.withLock { $0.append("worker \(worker): \(error)") }
      }
      tallies.withLock { $0.append(tally) }
    }
    var total = FuzzTally()
    for tally in tallies.withLock({ $0 }) { total.merge(tally) }
    let seconds = Date().timeIntervalSince(started)
    print("fuzz: seed \(seed): \(total.summary) in \(String(format: "%.1f", seconds)) s")
    for failure in total.failures.prefix(20) { print("fuzz failure: \(failure)") }
    #expect(errors.withLock { $0 }.isEmpty)
    #expect(total.total == count)
    #expect(total.failures.isEmpty, "\(total.failures.count) failures; replay files in .build/fuzz-failures/")
  }
}
