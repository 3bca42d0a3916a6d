import CareModel
import Foundation
import Stochastics

/// Reads a service's starting state: `backlog` (people already waiting, with how long they have
/// waited so far, from a distribution or a `waited_days,count` CSV of the current list) and
/// `in_service` (people already holding places).
enum BacklogReader {
  /// The header a current-list CSV must start with.
  static let csvHeader = "waited_days,count"

  static func readBacklog(_ reader: MappingReader) throws -> Backlog? {
    guard let backlog = try reader.mapping("backlog") else { return nil }
    try backlog.rejectUnknownKeys(["count", "age_of_wait", "file", "scale", "severe_share"])
    let severe = try backlog.probability("severe_share") ?? 0
    if let file = try backlog.string("file") {
      guard !backlog.has("count"), !backlog.has("age_of_wait") else {
        throw backlog.error(
          "file", "comes with count or age_of_wait",
          allowed: "either file (a waited_days,count CSV) or count with age_of_wait")
      }
      let rows = try readList(file, relativeTo: reader.file, keyPath: backlog.keyPath("file"))
      let scale = try backlog.double("scale", in: 0...1000) ?? 1
      return Backlog(rows: scaled(rows, by: scale), severeShare: severe)
    }
    guard !backlog.has("scale") else {
      throw backlog.error("scale", "comes without file", allowed: "scale with file (a waited_days,count CSV) only")
    }
    let count = try ServiceReader.required(
      backlog.int("count", in: 0...ScenarioLimits.maximumBacklog), backlog, "count",
      ScenarioLimits.range(0...ScenarioLimits.maximumBacklog))
    let age = try DistributionReader.read(backlog, "age_of_wait") ?? Distribution.fixed(0)
    return Backlog(count: count, ageOfWait: age, severeShare: severe)
  }

  /// A current list with every row's people multiplied by `scale` and rounded to whole people
  /// (a list sized for another population, as a national run does for each board).
  static func scaled(_ rows: [(days: Double, count: Int)], by scale: Double) -> [(days: Double, count: Int)] {
    guard scale != 1 else { return rows }
    return rows.map { ($0.days, Int((Double($0.count) * scale).rounded())) }
  }

  /// `in_service: {count, severe_share}` for therapy, caseload, link-worker and bed services.
  static func readOccupants(_ reader: MappingReader, kind: ServiceKind) throws -> StartingOccupants? {
    guard let occupants = try reader.mapping("in_service") else { return nil }
    guard kind != .triage, kind != .group else {
      throw reader.error(
        "in_service", "is not taken by a \(kind.rawValue) service (assessments and groups start afresh)",
        allowed: "in_service on therapy, coordination, caseload or beds services")
    }
    try occupants.rejectUnknownKeys(["count", "severe_share"])
    let count = try ServiceReader.required(
      occupants.int("count", in: 0...ScenarioLimits.maximumBacklog), occupants, "count",
      ScenarioLimits.range(0...ScenarioLimits.maximumBacklog))
    return StartingOccupants(count: count, severeShare: try occupants.probability("severe_share") ?? 0)
  }

  /// Reads a current list: a header `waited_days,count`, then rows of days waited so far
  /// (0 to `ScenarioLimits.maximumDurationDays`) and people (0 to `maximumBacklog`); blank lines
  /// and lines starting with `#` are skipped. The path is relative to the scenario's folder.
  static func readList(_ path: String, relativeTo scenario: String, keyPath: String) throws -> [(
    days: Double, count: Int
  )] {
    let folder = URL(fileURLWithPath: scenario).deletingLastPathComponent()
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    func invalid(_ line: Int?, _ problem: String, _ allowed: String) -> ScenarioError {
      ScenarioError.invalid(file: url.path, keyPath: keyPath, line: line, problem: problem, allowed: allowed)
    }
    let rowAllowed =
      "rows 'days,people': days waited so far 0 to \(Int(ScenarioLimits.maximumDurationDays)), people 0 to \(ScenarioLimits.maximumBacklog)"
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw ScenarioError.invalid(
        file: scenario, keyPath: keyPath, line: nil, problem: "cannot read '\(url.path)'",
        allowed: "a readable CSV file of the current list, relative to the scenario's folder")
    }
    guard data.count <= ScenarioLimits.maximumFileBytes else {
      throw invalid(nil, "is \(data.count) bytes", "at most \(ScenarioLimits.maximumFileBytes) bytes")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw invalid(nil, "is not UTF-8 text", "a UTF-8 CSV file")
    }
    var rows: [(days: Double, count: Int)] = []
    var sawHeader = false
    var total = 0
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      guard sawHeader else {
        guard line.replacingOccurrences(of: " ", with: "") == csvHeader else {
          throw invalid(number + 1, "the header is '\(line)'", "the header \(csvHeader)")
        }
        sawHeader = true
        continue
      }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard fields.count == 2, let days = MappingReader.number(fields[0]), let count = MappingReader.integer(fields[1])
      else { throw invalid(number + 1, "'\(line)' is not a row of two numbers", rowAllowed) }
      guard (0...ScenarioLimits.maximumDurationDays).contains(days), (0...ScenarioLimits.maximumBacklog).contains(count)
      else { throw invalid(number + 1, "'\(line)' is out of range", rowAllowed) }
      total += count
      guard total <= ScenarioLimits.maximumBacklog else {
        throw invalid(number + 1, "the list holds more than \(ScenarioLimits.maximumBacklog) people", rowAllowed)
      }
      rows.append((days, count))
    }
    guard sawHeader else { throw invalid(nil, "has no header", "the header \(csvHeader), then rows") }
    return rows
  }
}
