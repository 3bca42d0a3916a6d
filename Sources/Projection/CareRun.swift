import CareModel
import Foundation
import Population

/// The replications of a care design over one synthetic population, and their summaries.
public typealias CareRun = ModelRun<CareSetup>

extension CareRun {
  /// Builds the population of `area` and runs the design's replications.
  public init(design: CareDesign, area: Area, options: RunOptions) {
    self.init(design: CareSetup(design: design, area: area), options: options)
  }

  /// The area and its synthetic population (the same for every replication).
  public var area: Area { design.area }

  /// Seconds spent generating the synthetic population and its inflow.
  public var populationSeconds: Double { worldSeconds }

  /// `summary.json`.
  public var summaryJSON: JSONValue {
    .object(
      [
        ("scenario", .string(design.name)), ("model", .string("care")), ("area", .string(area.name)),
        ("start_date", .string(design.startDate)), ("horizon_days", .number(design.horizonDays)),
        ("warmup_days", .number(design.warmupDays)),
        ("replications", .number(Double(replications.count))), ("seed", .string(String(design.seed))),
        ("population", .number(Double(area.population))),
        (
          "metrics",
          tables.metricsJSON { name in
            self.design.targets[name].map { [("target", JSONValue.number($0))] } ?? []
          }
        ),
        ("targets", .object(design.targets.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
      ] + OverrideNaming.jsonFields(overrides))
  }
}
