import CareModel
import Foundation
import Population
import Scenario
import SimCore
import Stochastics
import Testing

/// Standard errors allowed between a replication's utilisation and its hand-computed value.
private let standardErrorsAllowed = 4.0

/// A run that starts from a given state, checked by hand on the one-step teaching service with
/// no referrals, nobody missing, dropping out, recovering or remitting.
@Suite("Starting state: people already in treatment and already waiting")
struct StartStateTests {
  /// The one-step service with `places` places, courses of exactly `sessions` weekly sessions, a
  /// run of `horizon` days from 2024-04-01 with no warm-up and no referrals.
  func design(places: Int, sessions: Double, horizon: Double) throws -> (CareDesign, SyntheticPopulation) {
    let (loaded, area) = try loadCare(.oneStep)
    var design = loaded
    design.horizonDays = horizon
    design.warmupDays = 0
    design.naturalHistory = .none
    design.services[0].capacity = CapacitySchedule(constant: places)
    design.services[0].sessions = try Distribution.fixed(sessions)
    design.services[0].sessionInterval = 7
    design.services[0].providers = 1
    return (design, SyntheticPopulation(area: area, seed: design.seed))
  }

  /// 600 people found part-way through six-week courses: each has 1 to 6 sessions left, equally
  /// likely, and the next falls uniformly within the week, so a place is held a further
  /// 7U + 7(r - 1) days, 3.5 + 17.5 = 21 days on average, half the 42-day course (D/2). Over a
  /// 42-day run the service is therefore half busy. One person's held days have standard
  /// deviation sqrt(49/12 + 49 x 35/12) = 12.1, so the utilisation of 600 has standard error
  /// 12.1 / 42 / sqrt(600) = 0.012.
  @Test("people in treatment hold their places for half a course on average (fixed D leaves D/2)")
  func occupantsHoldHalfACourse() throws {
    var (design, population) = try design(places: 600, sessions: 6, horizon: 42)
    design.services[0].occupants = StartingOccupants(count: 600)
    let result = CareSimulation.run(design, population: population, referrals: [], replication: 0)
    let utilisation = try #require(result.metric("service.therapy.utilisation"))
    let error = (49.0 / 12 + 49.0 * 35 / 12).squareRoot() / 42 / 600.0.squareRoot()
    #expect(abs(utilisation - 0.5) <= standardErrorsAllowed * error, "utilisation \(utilisation)")
    // Nobody joined a list, and every place was given back by day 42.
    #expect(result.lists.allSatisfy { $0.joined == 0 })
  }

  /// A list of 3 people who have waited 200 days and 2 who have waited 10, with every place held
  /// by someone part-way through a long course: at the first month end (2024-05-01, day 30)
  /// 5 wait, 3 of them over 126 days.
  @Test("a current list is counted at month ends with its waits so far")
  func currentListAtMonthEnd() throws {
    var (design, population) = try design(places: 2, sessions: 50, horizon: 40)
    design.services[0].occupants = StartingOccupants(count: 2)
    design.services[0].backlog = Backlog(rows: [(days: 200, count: 3), (days: 10, count: 2)])
    let result = CareSimulation.run(design, population: population, referrals: [], replication: 0)
    #expect(result.metric("pathway.waiting.count") == 5)
    #expect(result.metric("pathway.waiting.over_18_weeks.share") == 0.6)
    #expect(result.metric("service.therapy.waiting.count") == 5)
    #expect(result.lists.first?.joined == 5)
    #expect(result.lists.first?.waitingAtEnd == 5)
  }

  /// A scenario in `folder` that extends the one-step teaching scenario and adds `therapy`
  /// keys (YAML flow text, e.g. `backlog: {file: list.csv}`) to its therapy service.
  func writeScenario(in folder: URL, therapy: String) throws -> String {
    let parent = URL(fileURLWithPath: ShippedScenario.oneStep.path).standardizedFileURL.path
    let up = String(repeating: "../", count: folder.standardizedFileURL.pathComponents.count - 1)
    let text = """
      version: 1
      name: start-test
      extends: \(up)\(parent.dropFirst())
      services:
        therapy:
          \(therapy)

      """
    let url = folder.appendingPathComponent("start.yaml")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Loads a scenario file's care design.
  func loadDesign(_ path: String) throws -> CareDesign {
    let loaded = try LoadedScenario.load(path: path, overrides: [])
    return try #require(loaded.design as? CareSetup).design
  }

  @Test("a CSV of the current list loads with its rows; bad files get the file, key and range")
  func currentListFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("stepwell-start-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# Sandwell step 3, 31 March\nwaited_days,count\n3,40\n70, 12\n\n200,1\n".utf8)
      .write(to: folder.appendingPathComponent("list.csv"))
    let design = try loadDesign(
      try writeScenario(in: folder, therapy: "backlog: {file: list.csv, severe_share: 0.4}"))
    let backlog = try #require(design.services[0].backlog)
    #expect(backlog.count == 53)
    #expect(backlog.severeShare == 0.4)
    guard case .listed(let rows) = backlog.ages else {
      Issue.record("expected listed ages")
      return
    }
    #expect(rows.map(\.days) == [3, 70, 200] && rows.map(\.count) == [40, 12, 1])

    let bad = folder.appendingPathComponent("bad.csv")
    try Data("waited_days,count\n3,-4\n".utf8).write(to: bad)
    do {
      _ = try loadDesign(try writeScenario(in: folder, therapy: "backlog: {file: bad.csv}"))
      Issue.record("a negative count loaded")
    } catch let error as ScenarioError {
      let text = "\(error)"
      #expect(text.contains(bad.standardizedFileURL.path) || text.contains("bad.csv"), "\(text)")
      #expect(text.contains("services.therapy.backlog.file") && text.contains("people 0 to 100000"), "\(text)")
    }
    try Data("days,people\n3,4\n".utf8).write(to: folder.appendingPathComponent("header.csv"))
    #expect(throws: ScenarioError.self) {
      _ = try loadDesign(try writeScenario(in: folder, therapy: "backlog: {file: header.csv}"))
    }
    #expect(throws: ScenarioError.self) {
      _ = try loadDesign(try writeScenario(in: folder, therapy: "backlog: {file: missing.csv}"))
    }
  }

  @Test("in_service beyond the places at the start is refused with the allowed range")
  func tooManyOccupants() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("stepwell-start-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try loadDesign(try writeScenario(in: folder, therapy: "in_service: {count: 17}"))
      Issue.record("17 occupants of 16 places loaded")
    } catch let error as ScenarioError {
      #expect("\(error)".contains("0 to 16") && "\(error)".contains("services.therapy.in_service.count"), "\(error)")
    }
    let design = try loadDesign(try writeScenario(in: folder, therapy: "in_service: {count: 16}"))
    #expect(design.services[0].occupants?.count == 16)
  }
}
