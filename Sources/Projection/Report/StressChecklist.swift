import Presentation

/// The STRESS-DES checklist (Monks et al. 2019, "Strengthening the reporting of empirical
/// simulation studies: Introducing the STRESS guidelines", Journal of Simulation 13(1)) for a
/// discrete-event simulation, filled from the run's own design, area and settings.
///
/// Six parts: 1 objectives, 2 logic, 3 data, 4 experimentation, 5 implementation, 6 code access.
struct StressChecklist {
  /// One checklist item: its number, the STRESS-DES item name and what this run reports.
  struct Item {
    var number: String
    var name: String
    var answer: String
  }

  /// One of the six parts.
  struct Part {
    var number: Int
    var title: String
    var items: [Item]
  }

  let report: CareReport

  init(report: CareReport) { self.report = report }

  /// The six parts, in order.
  var parts: [Part] {
    [
      Part(number: 1, title: "Objectives", items: objectives),
      Part(number: 2, title: "Logic", items: logic),
      Part(number: 3, title: "Data", items: data),
      Part(number: 4, title: "Experimentation", items: experimentation),
      Part(number: 5, title: "Implementation", items: implementation),
      Part(number: 6, title: "Code access", items: codeAccess),
    ]
  }

  /// The checklist section: a heading and a table per part.
  var section: String {
    var content = Markup.text(
      "p", [],
      "Reporting checklist for discrete-event simulation studies (STRESS-DES; Monks et al. 2019, Journal of Simulation 13(1), 55\u{2013}67), filled in automatically from this run."
    )
    for part in parts {
      content +=
        "\n" + Markup.text("h3", [("id", "stress-part-\(part.number)")], "\(part.number). \(part.title)") + "\n"
      if part.number == 2 { content += overview }
      content += Markup.table(
        caption: nil, header: ["Item", "Topic", "This run"],
        rows: part.items.map { [.text($0.number), .text($0.name), .text($0.answer)] }, className: "data checklist")
    }
    return ReportSection.checklist.wrap(content)
  }

  /// The model overview figure (item 2.1).
  var overview: String {
    let design = report.run.design
    return report.figure(
      PathwayDiagram(id: "chart-pathway", design: design.design).rendered, title: "Model overview",
      caption:
        "The services of \(design.name) with their capacity, from referral to secondary care (item 2.1). Routing, step-up, re-routing and escalation probabilities are in the scenario's pathway section."
    )
  }
}
