import Foundation
import Population
import Yams

/// Reads area files (`Scenarios/areas/<name>.yaml`) into validated `Area`s.
///
/// Every problem (a missing file, an unknown key or group, a share out of range, shares that do
/// not sum to 1, a negative count) is a `ScenarioError` naming the file, the key path and what is
/// allowed. The keys are described in `docs/areas.md`.
public enum AreaLoader {
  /// The top-level keys of an area file.
  public static let topKeys = [
    "version", "name", "code", "title", "population", "eligible_age", "age_bands", "ethnicity",
    "imd_quintiles", "prevalence", "long_term_condition", "episodes", "referrals", "young_people",
  ]

  /// The path of area `name` under a scenarios directory: `<directory>/areas/<name>.yaml`.
  public static func path(name: String, scenariosDirectory: String) -> String {
    let folder = scenariosDirectory.hasSuffix("/") ? String(scenariosDirectory.dropLast()) : scenariosDirectory
    return "\(folder)/areas/\(name).yaml"
  }

  /// The names of the area files under a scenarios directory, sorted.
  public static func available(scenariosDirectory: String) -> [String] {
    let folder = URL(fileURLWithPath: scenariosDirectory).appendingPathComponent("areas").path
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// The scenarios directory for a scenario file: the nearest folder at or above the file's own
  /// that holds an `areas` folder, else `Scenarios`.
  public static func scenariosDirectory(forScenarioAt scenarioPath: String) -> String {
    var folder = URL(fileURLWithPath: scenarioPath).standardizedFileURL.deletingLastPathComponent()
    for _ in 0..<4 {
      var isFolder: ObjCBool = false
      let areas = folder.appendingPathComponent("areas").path
      if FileManager.default.fileExists(atPath: areas, isDirectory: &isFolder), isFolder.boolValue {
        return folder.path
      }
      folder = folder.deletingLastPathComponent()
    }
    return "Scenarios"
  }

  /// Loads area `name` for the scenario at `scenarioPath` (nil: an area named on the command
  /// line), from the first `areas/<name>.yaml` that `ScenarioSearch` finds, and returns the file
  /// it was read from. When none exists the message lists every place looked.
  public static func load(name: String, forScenarioAt scenarioPath: String?) throws -> (area: Area, file: String) {
    try checkName(name, referencedFrom: scenarioPath, folder: "an areas/ folder")
    let search = ScenarioSearch.find("areas/\(name).yaml", forScenarioAt: scenarioPath)
    guard let file = search.found else {
      let folders = ScenarioSearch.scenarioFolders(forScenarioAt: scenarioPath)
      let names = Set(folders.flatMap { available(scenariosDirectory: $0) }).sorted()
      let known = names.isEmpty ? "" : "; areas found: \(names.joined(separator: ", "))"
      throw ScenarioError.invalid(
        file: scenarioPath ?? "--area", keyPath: "area", line: nil,
        problem: "there is no area file \(name).yaml (\(ScenarioSearch.lookedText(search.looked)))",
        allowed: "an area file beside the scenario in areas/, or in the installed Scenarios/areas/ "
          + "(\(ScenarioSearch.environmentKey) names another scenarios folder)\(known)")
    }
    return (try checked(load(path: file), name: name, file: file), file)
  }

  static func checkName(_ name: String, referencedFrom: String?, folder: String) throws {
    let allowedName = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2,
      parts.allSatisfy({ part in
        !part.isEmpty && part.unicodeScalars.allSatisfy { allowedName.contains($0) && $0.isASCII }
      })
    else {
      throw ScenarioError.invalid(
        file: referencedFrom ?? "--area", keyPath: "area", line: nil, problem: "'\(name)' is not an area name",
        allowed:
          "letters, digits, '-' and '_' naming a file in \(folder), optionally after one folder (icb/black-country)")
    }
  }

  static func checked(_ area: Area, name: String, file: String) throws -> Area {
    let fileName = name.split(separator: "/").last.map(String.init) ?? name
    guard area.name == fileName else {
      throw ScenarioError.invalid(
        file: file, keyPath: "name", line: nil, problem: "'\(area.name)' does not match the file name",
        allowed: "'\(fileName)'")
    }
    return area
  }

  /// Loads area `name` from `<scenariosDirectory>/areas/<name>.yaml`.
  ///
  /// - Parameter referencedFrom: the scenario file whose `area` key named it, for messages.
  public static func load(name: String, scenariosDirectory: String, referencedFrom: String? = nil) throws -> Area {
    let file = path(name: name, scenariosDirectory: scenariosDirectory)
    try checkName(name, referencedFrom: referencedFrom, folder: "\(scenariosDirectory)/areas/")
    guard FileManager.default.fileExists(atPath: file) else {
      let names = available(scenariosDirectory: scenariosDirectory)
      throw ScenarioError.invalid(
        file: referencedFrom ?? file, keyPath: "area", line: nil,
        problem: referencedFrom == nil ? "no such area file" : "there is no area file \(file)",
        allowed: names.isEmpty ? "an area file in \(scenariosDirectory)/areas/" : names.joined(separator: ", "))
    }
    return try checked(load(path: file), name: name, file: file)
  }

  /// Loads the area file at `path`. Areas already read from the same text are reused
  /// (`AreaCache`), so sweeps and repeated loads parse each area file once.
  public static func load(path: String) throws -> Area {
    let text = try YAMLSource.text(path: path)
    if let cached = AreaCache.shared.area(path: path, text: text) { return cached }
    let loaded = try area(from: try YAMLSource.parse(text, file: path), file: path)
    AreaCache.shared.store(loaded, path: path, text: text)
    return loaded
  }

  /// Parses area-file text; `file` names it in messages.
  public static func parse(_ text: String, file: String) throws -> Area {
    try area(from: try YAMLSource.parse(text, file: file), file: file)
  }

  static func area(from node: Node, file: String) throws -> Area {
    let top = try MappingReader(node, file: file, path: "")
    try top.rejectUnknownKeys(topKeys)
    _ = try top.int("version", in: 1...1, allowed: "1")
    let sections = try AreaSections(top)
    let populationAllowed = ScenarioLimits.range(1...ScenarioLimits.maximumPopulation, "a whole number of people")
    let code = try top.string("code")
    if let code, !isOfficialCode(code) {
      throw top.error(
        "code", "'\(code)' is not an official area code", allowed: "a letter and 8 digits, e.g. E54000062")
    }
    do {
      var area = try Area(
        name: try top.requiredString("name", allowed: "the area's short name, e.g. sandwell"),
        title: try top.string("title"),
        population: try AreaSections.required(
          top.int("population", in: 1...ScenarioLimits.maximumPopulation, allowed: populationAllowed),
          top, "population", populationAllowed),
        eligibleAge: try AreaSections.required(
          top.int("eligible_age", in: 0...99, allowed: "a whole number of years from 0 to 99"),
          top, "eligible_age", "a whole number of years from 0 to 99"),
        ageBands: sections.ageBands, ethnicityShares: sections.ethnicity,
        imdQuintileShares: sections.imdQuintiles, prevalence: sections.prevalence,
        longTermCondition: sections.longTermCondition, episodes: sections.episodes,
        referrals: sections.referrals, youngPeople: try AreaYoungPeopleSection.read(top))
      area.code = code
      return area
    } catch let error as PopulationError {
      guard case .invalid(let keyPath, let problem, let allowed) = error else { throw error }
      throw ScenarioError.invalid(
        file: file, keyPath: keyPath, line: line(of: keyPath, in: node), problem: problem, allowed: allowed)
    }
  }

  /// Whether `code` looks like an ONS GSS code: one capital letter and eight digits.
  static func isOfficialCode(_ code: String) -> Bool {
    let scalars = Array(code.unicodeScalars)
    return scalars.count == 9 && ("A"..."Z").contains(scalars[0])
      && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
  }

  /// The line of the value at a dotted key path (`a.b[2].c`), if it is in the file.
  static func line(of keyPath: String, in node: Node) -> Int? {
    var current = node
    var line = node.mark?.line
    for component in keyPath.split(separator: ".") {
      var key = String(component)
      var index: Int?
      if let open = key.firstIndex(of: "["), key.hasSuffix("]") {
        index = Int(key[key.index(after: open)..<key.index(before: key.endIndex)])
        key = String(key[..<open])
      }
      guard case .mapping(let mapping) = current, let value = mapping[Node(key)] else { return line }
      current = value
      if let index, case .sequence(let sequence) = value, index < sequence.count {
        current = sequence[index]
      }
      line = current.mark?.line ?? line
    }
    return line
  }
}
