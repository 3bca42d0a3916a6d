/// The section of `docs/outputs.md` made from the catalogues: every metric and every column of
/// every table, with unit and definition.
public enum CatalogueDocument {
  /// The line before the generated section.
  public static let beginMarker = "<!-- BEGIN GENERATED FROM MetricCatalogue: do not edit by hand -->"
  /// The line after it.
  public static let endMarker = "<!-- END GENERATED FROM MetricCatalogue -->"

  /// The section's markdown, markers excluded, ending with a newline.
  public static var markdown: String {
    var lines = [
      "## Metric and column catalogue", "",
      "Made from `MetricCatalogue` and `OutputCatalogue` (`Sources/StepwellMetrics/`); every output folder's"
        + " `data-dictionary.csv` comes from the same place. `<id>` is a service id, `<name>` a node name.",
    ]
    let tables: [(String, MetricScope, MetricModel)] = [
      ("Care metrics (`metrics.csv`, one value per replication)", .replication, .care),
      ("Network metrics (`metrics.csv`, one value per replication)", .replication, .network),
      ("Care metrics per projection year (`projection.csv`, column `metric`)", .year, .care),
      ("Cost categories (`costs.csv`, column `category`)", .costCategory, .care),
      ("Time series (`timeseries.csv`, column `series`)", .series, .care),
      ("Network time series (`timeseries.csv`, column `series`)", .series, .network),
      ("Cost-effectiveness rows (`comparison.csv` only)", .comparison, .care),
      ("Societal sensitivity (`net_impact.csv`, column `component`)", .netImpact, .care),
    ]
    for (title, scope, model) in tables {
      lines += ["", "### \(title)", "", "| metric | unit | aggregation | definition |", "|---|---|---|---|"]
      for definition in MetricCatalogue.definitions(in: scope, model: model) {
        lines.append(
          "| `\(definition.name)` | \(definition.unit.label) | \(definition.aggregation.label) | \(definition.definition) |"
        )
      }
    }
    for file in OutputCatalogue.files where file.isTable {
      lines += ["", "### Columns of `\(file.name)`", "", file.content + ".", "", "| column | unit | definition |"]
      lines.append("|---|---|---|")
      for column in file.columns + (file.otherColumns.map { [$0] } ?? []) {
        lines.append("| `\(column.name)` | \(column.unit.label) | \(column.definition) |")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `document` with the text between the markers replaced by `markdown`, or nil when the
  /// markers are missing.
  public static func updating(_ document: String) -> String? {
    guard let begin = document.firstRange(of: beginMarker + "\n"),
      let end = document[begin.upperBound...].firstRange(of: endMarker)
    else { return nil }
    return String(document[..<begin.upperBound]) + markdown + String(document[end.lowerBound...])
  }
}
