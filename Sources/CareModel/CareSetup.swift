import Population
import SimCore

/// A care design with the area it runs over: what a care run needs, and the care model's
/// conformance to the common model interface. Reads of the design's own fields pass through
/// (`setup.costs` is `setup.design.costs`).
@dynamicMemberLookup
public struct CareSetup: ModelDesign {
  /// The validated design.
  public var design: CareDesign
  /// The area whose synthetic population is referred.
  public let area: Area

  public init(design: CareDesign, area: Area) {
    self.design = design
    self.area = area
  }

  public subscript<Value>(dynamicMember keyPath: KeyPath<CareDesign, Value>) -> Value {
    design[keyPath: keyPath]
  }

  public var name: String { design.name }
  public var seed: UInt64 { design.seed }
  public var replications: Int {
    get { design.replications }
    set { design.replications = newValue }
  }
  public var horizon: Double { design.horizonDays }
  public var warmup: Double { design.warmupDays }
  public var timeUnit: String { "days" }
  /// Waits and bed days.
  public var keyMetrics: [String] { ["pathway.wait_first_treatment.mean", "beddays.per_year"] }
  public var validationSummary: String {
    "valid care scenario '\(design.name)' with \(design.services.count) \(design.services.count == 1 ? "service" : "services") over area '\(area.name)'"
  }

  public func makeWorld() -> CareWorld { CareWorld(design: design, area: area) }

  public func runReplication(_ replication: Int, in world: CareWorld, records: Bool, eventLimit: Int)
    -> CareReplicationResult
  {
    CareSimulation.run(
      design, population: world.population, inflow: world.inflow, replication: replication, eventLimit: eventLimit)
  }
}
