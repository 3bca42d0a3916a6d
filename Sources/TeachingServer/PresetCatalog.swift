import Foundation

/// Every preset's scenario and defaults, read once when the server starts.
public struct PresetCatalog: Sendable {
  /// The folder holding the ready scenarios (`Scenarios`).
  public let scenariosDirectory: String
  /// Defaults in `Preset.allCases` order.
  public let presets: [PresetDefaults]
  /// The scenarios in `Preset.allCases` order.
  let scenarios: [PresetScenario]

  /// Loads every preset; throws when a scenario file is missing or invalid.
  public init(scenariosDirectory: String) throws {
    self.scenariosDirectory = scenariosDirectory
    let scenarios = try Preset.allCases.map { preset in
      try PresetScenario(path: PresetCatalog.path(preset, scenariosDirectory: scenariosDirectory))
    }
    presets = try zip(Preset.allCases, scenarios).map { preset, scenario in
      try PresetDefaults(preset: preset, loaded: scenario.load(), path: scenario.path)
    }
    self.scenarios = scenarios
  }

  /// The defaults of one preset.
  public func defaults(_ preset: Preset) -> PresetDefaults? {
    presets.first { $0.preset == preset.rawValue }
  }

  /// The scenario of one preset, read when the catalog was made.
  func scenario(_ preset: Preset) -> PresetScenario? {
    Preset.allCases.firstIndex(of: preset).map { scenarios[$0] }
  }

  /// The scenario file of a preset.
  public func path(_ preset: Preset) -> String {
    PresetCatalog.path(preset, scenariosDirectory: scenariosDirectory)
  }

  static func path(_ preset: Preset, scenariosDirectory: String) -> String {
    URL(fileURLWithPath: scenariosDirectory).appendingPathComponent(preset.file).path
  }
}
