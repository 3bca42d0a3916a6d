import Foundation
import Testing

@testable import StepwellMetrics

/// `docs/outputs.md` holds the catalogue section exactly as `CatalogueDocument` makes it.
///
/// `STEPWELL_RECORD_DOCS=1 swift test --filter CatalogueDocumentTests` rewrites the section and
/// fails, so a rewrite can never pass as a check.
@Suite("Catalogue document")
struct CatalogueDocumentTests {
  static let outputsDoc = GoldenCoverageTests.packageRoot.appendingPathComponent("docs/outputs.md")

  @Test("docs/outputs.md is current")
  func current() throws {
    let document = try String(contentsOf: CatalogueDocumentTests.outputsDoc, encoding: .utf8)
    let updated = try #require(CatalogueDocument.updating(document), "docs/outputs.md lacks the markers")
    if ProcessInfo.processInfo.environment["STEPWELL_RECORD_DOCS"] == "1" {
      try updated.write(to: CatalogueDocumentTests.outputsDoc, atomically: true, encoding: .utf8)
      Issue.record("rewrote the catalogue section of docs/outputs.md; run again without STEPWELL_RECORD_DOCS")
      return
    }
    #expect(updated == document, "docs/outputs.md is out of date: run with STEPWELL_RECORD_DOCS=1")
  }

  @Test("the section lists every metric and every table's columns")
  func complete() {
    let text = CatalogueDocument.markdown
    for definition in MetricCatalogue.definitions { #expect(text.contains("| `\(definition.name)` |")) }
    for name in ["projection.csv", "costs.csv", "breakdown.csv", "timeseries.csv"] {
      #expect(text.contains("### Columns of `\(name)`"))
    }
    #expect(CatalogueDocument.updating("no markers") == nil)
  }
}
