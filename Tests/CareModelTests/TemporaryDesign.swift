import CareModel
import Foundation
import Population
import Projection
import Scenario

/// Loads a care scenario written as text, beside a copy of a shipped area file (edited by
/// `editArea`), from a temporary folder removed afterwards.
func temporaryDesign(
  _ scenario: String, area name: String = "ipswich-east-suffolk", editArea: (String) -> String = { $0 }
) throws -> (CareDesign, Area) {
  let folder = URL(fileURLWithPath: NSTemporaryDirectory())
    .appendingPathComponent("stepwell-care-\(UUID().uuidString)")
  let areas = folder.appendingPathComponent("areas")
  try FileManager.default.createDirectory(at: areas, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let areaText = try String(contentsOfFile: scenariosDirectory + "/areas/\(name).yaml", encoding: .utf8)
  try Data(editArea(areaText).utf8).write(to: areas.appendingPathComponent("\(name).yaml"))
  let file = folder.appendingPathComponent("design.yaml")
  try Data(scenario.utf8).write(to: file)
  guard let setup = try LoadedScenario.load(path: file.path).design as? CareSetup else {
    throw FixtureError(description: "the scenario is not a care scenario")
  }
  return (setup.design, setup.area)
}
