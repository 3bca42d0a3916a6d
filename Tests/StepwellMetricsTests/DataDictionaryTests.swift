import Testing

@testable import StepwellMetrics

@Suite("Data dictionary")
struct DataDictionaryTests {
  func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

  @Test("a table gives its columns, then its metrics once each in order of appearance")
  func table() {
    var dictionary = DataDictionary()
    dictionary.addTable(
      "metrics.csv",
      lines: lines(
        "metric,mean,ci_low,ci_high,replications\nrecovery.rate,0.5,,,1\nservice.step3.wait.mean,3,,,1\nrecovery.rate,1,,,1"
      ))
    #expect(
      dictionary.rows.map(\.columnOrMetric) == [
        "metric", "mean", "ci_low", "ci_high", "replications", "recovery.rate", "service.step3.wait.mean",
      ])
    #expect(dictionary.rows[6].unit == "days")
    #expect(dictionary.unknown.isEmpty)
  }

  @Test("unknown files, columns and metrics are reported and get an empty unit")
  func unknown() {
    var dictionary = DataDictionary()
    dictionary.addTable("metrics.csv", lines: lines("metric,mean,median\nno.such.metric,1,2"))
    dictionary.addFile("notes.txt")
    #expect(dictionary.unknown == ["metrics.csv: median", "metrics.csv: no.such.metric", "notes.txt"])
    #expect(dictionary.rows.filter { $0.unit.isEmpty }.count == 2)
  }

  @Test("swept keys of sweep.csv are described; other files must list every column")
  func sweptKeys() {
    var dictionary = DataDictionary()
    dictionary.addTable(
      "sweep.csv", lines: lines("services.step3.wte,metric,mean,ci_low,ci_high\n20,recovery.rate,1,,"))
    dictionary.addTable(
      "projection.csv", lines: lines("services.step3.wte,year,metric,mean,ci_low,ci_high,replications"))
    #expect(dictionary.rows.first?.unit == ColumnUnit.scenarioValue.label)
    #expect(dictionary.unknown == ["projection.csv: services.step3.wte"])
  }

  @Test("scopes follow the file: yearly names in projection.csv, categories in costs.csv")
  func scopes() {
    var dictionary = DataDictionary()
    dictionary.addTable("projection.csv", lines: lines("year,metric,mean,ci_low,ci_high,replications\n1,beddays,3,,,1"))
    dictionary.addTable("costs.csv", lines: lines("year,category,mean,ci_low,ci_high\n1,gp,3,,"))
    dictionary.addTable("metrics.csv", lines: lines("metric,mean,ci_low,ci_high,replications\nbeddays,3,,,1"))
    #expect(dictionary.unknown == ["metrics.csv: beddays"])
  }

  @Test("the CSV has the contract's header, quotes where needed and describes itself")
  func csv() {
    var dictionary = DataDictionary()
    dictionary.addFile("summary.json")
    dictionary.addSelf()
    let text = dictionary.csv
    #expect(text.hasPrefix("file,column_or_metric,unit,definition\nsummary.json,,file,"))
    #expect(text.contains("\ndata-dictionary.csv,column_or_metric,text,"))
    #expect(CSVFields.split("a,\"b,\"\"c\"\"\",d") == ["a", "b,\"c\"", "d"])
    #expect(CSVFields.line(["a,b", "c"]) == "\"a,b\",c\n")
  }
}
