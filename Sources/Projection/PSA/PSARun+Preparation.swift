import Foundation
import Scenario

extension PSARun {
  /// The inputs of every design as one list: BASE's, then ALT's that BASE lacks. A key both name
  /// must have the same distribution in both, since one draw moves both designs.
  static func combinedSpec(_ designs: [PSADesign]) throws -> UncertaintySpec {
    var inputs: [UncertainInput] = []
    var tables: [InputDrawTable] = []
    var usesDefaults = false
    var defaultsFile: String?
    for design in designs {
      guard let spec = try UncertaintyReader.read(design.tree, path: design.path) else { continue }
      usesDefaults = usesDefaults || spec.usesDefaults
      defaultsFile = defaultsFile ?? spec.defaultsFile
      for input in spec.inputs {
        if let existing = inputs.first(where: { $0.key == input.key }) {
          guard existing.distribution == input.distribution, existing.applies == input.applies else {
            throw ScenarioError.invalid(
              file: input.file, keyPath: "\(UncertaintyReader.sectionKey).\(input.key)", line: nil,
              problem: "differs from \(existing.file)'s distribution for the same key",
              allowed: "one distribution per key across BASE and ALT: one draw moves both designs")
          }
          continue
        }
        inputs.append(input)
      }
      for table in spec.tables where !tables.contains(table) { tables.append(table) }
    }
    let tableKeys = tables.flatMap(\.keys)
    inputs.removeAll { tableKeys.contains($0.key) }
    guard !inputs.isEmpty || !tables.isEmpty else {
      throw ScenarioError.invalid(
        file: designs[0].path, keyPath: UncertaintyReader.sectionKey, line: nil,
        problem: "is missing, so there is nothing uncertain to draw",
        allowed:
          "uncertainty: defaults (the shared ranges of Scenarios/uncertainty/defaults.yaml), or a map of dotted keys to distributions"
      )
    }
    return UncertaintySpec(inputs: inputs, tables: tables, usesDefaults: usesDefaults, defaultsFile: defaultsFile)
  }

  /// A column the scenario names itself must apply to at least one design.
  static func checkApplicable(_ columns: [PSAColumn], _ inputs: [PSADesignInputs], _ designs: [PSADesign]) throws {
    for (c, column) in columns.enumerated() where column.isExplicit {
      guard !inputs.contains(where: { $0.applies(c) }) else { continue }
      let why =
        column.applies == .value
        ? "no design can take this key (a service or open door it lacks, or a key inside a single value)"
        : "no design has a number at this key for the \(column.applies.rawValue) to move"
      throw ScenarioError.invalid(
        file: column.file, keyPath: "\(UncertaintyReader.sectionKey).\(column.key)", line: nil, problem: why,
        allowed: "a numeric key of \(designs.map(\.path).joined(separator: " or ")) as --set addresses it")
    }
  }

  /// Checks every draw's scenario for every design before anything runs (the scenarios are
  /// loaded again, one draw at a time, when the draws run, so memory does not grow with the
  /// draws); the first draw (lowest number) that a design refuses is the error.
  static func checkDraws(
    _ designs: [PSADesign], _ inputs: [PSADesignInputs], _ sampling: PSASampling, threads: Int
  ) throws {
    let columns = sampling.columns
    let results = ReplicationRunner.run(0..<sampling.values.count, threads: threads) {
      d -> Result<Int, ScenarioError> in
      Result {
        for (design, applying) in zip(designs, inputs) {
          _ = try design.drawn(applying.overrides(columns: columns, draw: d, values: sampling.values[d]))
        }
        return d
      }.mapError { scenarioError($0, designs[0].path) }
    }
    for result in results { _ = try result.get() }
  }

  /// Any error of loading a drawn scenario as a `ScenarioError` (exit code 2).
  static func scenarioError(_ error: Error, _ file: String) -> ScenarioError {
    (error as? ScenarioError)
      ?? .invalid(file: file, keyPath: "", line: nil, problem: "\(error)", allowed: "a loadable scenario")
  }

  /// Every draw's outcome with the metrics in the first draw's order (a metric a draw lacks is
  /// NaN, left out of its summaries), so columns line up whatever a draw wrote.
  static func aligned(_ outcomes: [[PSADrawOutcome]]) -> [[PSADrawOutcome]] {
    guard let first = outcomes.first else { return outcomes }
    return outcomes.map { draw in
      zip(draw, first).map { outcome, reference in
        guard outcome.names != reference.names else { return outcome }
        let index = Dictionary(outcome.names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return PSADrawOutcome(
          names: reference.names,
          values: outcome.values.map { row in reference.names.map { index[$0].map { row[$0] } ?? .nan } },
          events: outcome.events, replicationEvents: outcome.replicationEvents, stopped: outcome.stopped)
      }
    }
  }
}
