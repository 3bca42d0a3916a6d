import CareModel
import Foundation
import Projection
import Scenario
import Testing

/// A national run over three small boards: conservation, thread counts, board order, merging of
/// stored results.
@Suite struct NationalRunTests {
  static func load(order: [String]? = nil) throws -> (NationalScenario, URL) {
    let folder = try NationalFixture.make(order: order)
    return (try NationalScenario.load(path: folder.appendingPathComponent("mini.yaml").path), folder)
  }

  static func options(threads: Int) -> RunOptions {
    RunOptions(threads: threads, precision: nil, records: false, progress: nil)
  }

  @Test func nationalTotalsAreTheSumOfTheBoardsRunAlone() throws {
    let (national, folder) = try NationalRunTests.load()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = NationalRunner.run(national, options: NationalRunTests.options(threads: 2))
    #expect(run.boards.count == 3)
    #expect(run.replicationCount == 2)
    // Each board run alone, the ordinary way (both threads over its replications).
    let alone = national.scenarios.map { scenario in
      CareRun(design: scenario.design as! CareSetup, options: NationalRunTests.options(threads: 2))
    }
    for (b, board) in run.boards.enumerated() {
      #expect(board == BoardResult(run: alone[b], plan: national.boards[b]))
    }
    for name in ["referrals.per_year", "pathway.waiting.count", "cost.total.per_year", "secondary.admissions.per_year"]
    {
      #expect(NationalMetricRule.rule(for: name) == .sum)
      for r in 0..<2 {
        let national = try #require(run.tables.metrics[r].first { $0.name == name }?.value)
        let sum = alone.reduce(0.0) { total, boardRun in
          total + (boardRun.replications[r].metrics.first { $0.name == name }?.value ?? .nan)
        }
        #expect(national == sum, "\(name), replication \(r + 1)")
      }
    }
    #expect(try #require(run.tables.summary("referrals.per_year")?.mean) > 0)
    // The mean wait is the referral-weighted mean of the boards' means.
    let name = "pathway.wait_first_treatment.mean"
    #expect(NationalMetricRule.rule(for: name) == .referralWeighted)
    for r in 0..<2 {
      var weighted = 0.0
      var weights = 0.0
      for boardRun in alone {
        let metrics = boardRun.replications[r].metrics
        let w = try #require(metrics.first { $0.name == "referrals.per_year" }?.value)
        let value = try #require(metrics.first { $0.name == name }?.value)
        weighted += value * w
        weights += w
      }
      let national = try #require(run.tables.metrics[r].first { $0.name == name }?.value)
      #expect(abs(national - weighted / weights) <= 1e-9 * max(1, abs(national)))
    }
    // People waiting each week: the sum of the boards' series.
    let series = try #require(run.tables.series.first?.first)
    let boardsFirstBin = alone.reduce(0.0) {
      $0 + ($1.replications[0].series.first { $0.name == series.name }?.values[3] ?? .nan)
    }
    #expect(series.values[3] == boardsFirstBin)
  }

  @Test func outputsAreIdenticalOnOneAndTwoThreads() throws {
    let (national, folder) = try NationalRunTests.load()
    defer { try? FileManager.default.removeItem(at: folder) }
    let one = NationalRunner.run(national, options: NationalRunTests.options(threads: 1))
    let two = NationalRunner.run(national, options: NationalRunTests.options(threads: 2))
    #expect(one.boards == two.boards)
    #expect(one.tables.metricsCSV == two.tables.metricsCSV)
    #expect(one.tables.replicationsCSV == two.tables.replicationsCSV)
    #expect(one.tables.timeseriesCSV == two.tables.timeseriesCSV)
    #expect(one.boardsCSV == two.boardsCSV)
  }

  @Test func reorderingTheBoardsChangesNoBoardsResults() throws {
    let (forward, folderA) = try NationalRunTests.load()
    defer { try? FileManager.default.removeItem(at: folderA) }
    let (reversed, folderB) = try NationalRunTests.load(order: NationalFixture.boards.map(\.0).reversed())
    defer { try? FileManager.default.removeItem(at: folderB) }
    #expect(forward.boards.map(\.code) == reversed.boards.map(\.code).reversed())
    let a = NationalRunner.run(forward, options: NationalRunTests.options(threads: 2))
    let b = NationalRunner.run(reversed, options: NationalRunTests.options(threads: 2))
    for board in a.boards {
      let same = try #require(b.boards.first { $0.plan.code == board.plan.code })
      #expect(same == board)
    }
    // Counts summed in another order agree to rounding.
    let left = try #require(a.tables.summary("referrals.per_year")?.mean)
    let right = try #require(b.tables.summary("referrals.per_year")?.mean)
    #expect(abs(left - right) <= 1e-9 * left)
  }

  @Test func storedResultsMergeIntoTheSameOutputs() throws {
    let (national, folder) = try NationalRunTests.load()
    defer { try? FileManager.default.removeItem(at: folder) }
    let items = NationalRunner.items(national)
    let stored = try items.map {
      try NationalRunner.runItem($0, of: national, options: NationalRunTests.options(threads: 1)).encoded()
    }
    let merged = NationalRun(
      name: national.name, boards: try stored.map(BoardResult.decoded), targets: national.shared.design.targets)
    let direct = NationalRunner.run(national, options: NationalRunTests.options(threads: 2))
    #expect(merged.tables.metricsCSV == direct.tables.metricsCSV)
    #expect(merged.boardsCSV == direct.boardsCSV)
  }

  @Test func boardsAreSizedFromTheirDemand() throws {
    let (national, folder) = try NationalRunTests.load()
    defer { try? FileManager.default.removeItem(at: folder) }
    let devon = try #require(national.boards.first)
    #expect(devon.code == "E54000037")
    #expect(devon.population == 20000)
    #expect(devon.referralsPerYear == (3100 * 0.2 * devon.need).rounded())
    #expect(abs(devon.capacityScale - devon.referralsPerYear / 10000) < 1e-12)
    #expect(devon.seed == BoardPlan.seed(master: 11, code: "E54000037"))
    #expect(BoardPlan.seed(master: 11, code: "E54000037") != BoardPlan.seed(master: 11, code: "E54000062"))
    let setup = try #require(national.scenarios.first?.design as? CareSetup)
    #expect(setup.design.referralsPerYear == devon.referralsPerYear)
    #expect(setup.seed == devon.seed)
    #expect(setup.design.targets.isEmpty)
    #expect(setup.area.name == "devon")
    // Sandwell 2025's step-3 WTE 19, scaled and rounded to 0.1 WTE.
    let step3 = try #require(setup.design.services.first { $0.id == "step3" })
    #expect(step3.staff == (19 * devon.capacityScale * 10).rounded() / 10)
  }
}
