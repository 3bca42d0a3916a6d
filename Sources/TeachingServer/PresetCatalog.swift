import Foundation

/// Every preset's defaults, read once when the server starts, and where the scenarios are.
public struct PresetCatalog: Sendable {
  /// The folder holding the ready scenarios (`Scenarios`).
  public let scenariosDirectory: String
  /// Defaults in `Preset.allCases` order.
  public let presets: [PresetDefaults]

  /// Loads every preset; throws when a scenario file is missing or invalid.
  public init(scenariosDirectory: String) throws {
    self.scenariosDirectory = scenariosDirectory
    presets = try Preset.allCases.map { try PresetDefaults(preset: $0, scenariosDirectory: scenariosDirectory) }
  }

  /// The defaults of one preset.
  public func defaults(_ preset: Preset) -> PresetDefaults? {
    presets.first { $0.preset == preset.rawValue }
  }

  /// The scenario file of a preset.
  public func path(_ preset: Preset) -> String {
    URL(fileURLWithPath: scenariosDirectory).appendingPathComponent(preset.file).path
  }
}
