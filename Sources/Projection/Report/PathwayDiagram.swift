import CareModel
import Presentation

/// The model overview diagram (STRESS-DES 2.1): the design's services as boxes in columns from
/// referral to secondary care, each with its capacity, joined by arrows.
struct PathwayDiagram {
  /// One column: its heading and boxes (title, detail).
  struct Column {
    var heading: String
    var boxes: [(title: String, detail: String)]
  }

  var id: String
  var design: CareDesign
  var width: Double = 860

  /// Columns in flow order; empty columns are left out.
  var columns: [Column] {
    let pathway = design.pathway
    let secondaryIDs = [pathway.cmhtService, pathway.crisisService, pathway.bedService].compactMap { $0 }
    let supportIDs = [pathway.coordinationService, pathway.communityService].compactMap { $0 }
    let box = { (service: ServiceSpec) in (ReportLabels.service(service.id), PathwayDiagram.shortCapacity(service)) }
    let entry = design.services.filter { $0.id == pathway.entry }
    let steps = design.services.filter { service in
      service.id != pathway.entry && !secondaryIDs.contains(service.id) && !supportIDs.contains(service.id)
    }
    var referral = [(title: "Referrals", detail: "GP or self, from the area")]
    if let stepDown = design.policies.stepDown {
      referral.append((title: "Step-down", detail: "\(stepDown.people) from secondary care"))
    }
    return [
      Column(heading: "Referral", boxes: referral),
      Column(heading: "Entry", boxes: entry.map(box)),
      Column(heading: "Treatment", boxes: steps.map(box)),
      Column(heading: "Alongside treatment", boxes: design.services.filter { supportIDs.contains($0.id) }.map(box)),
      Column(heading: "Secondary care", boxes: design.services.filter { secondaryIDs.contains($0.id) }.map(box)),
    ].filter { !$0.boxes.isEmpty }
  }

  var rendered: String {
    let columns = self.columns
    let boxHeight = 44.0
    let gap = 10.0
    let top = 30.0
    let columnGap = 20.0
    let boxWidth = (width - 8 - columnGap * Double(max(0, columns.count - 1))) / Double(max(1, columns.count))
    let rows = columns.map(\.boxes.count).max() ?? 1
    let height = top + Double(rows) * (boxHeight + gap) + 4
    let names = columns.map { $0.boxes.map(\.title).joined(separator: ", ") }.joined(separator: "; then ")
    var canvas = SVGCanvas(
      id: id, width: width, height: height, title: "Model overview: services from referral to secondary care",
      summary: "Referrals flow left to right through the services of \(design.name): \(names).")
    var spans: [(top: Double, bottom: Double)] = []
    for (index, column) in columns.enumerated() {
      let x = 4 + Double(index) * (boxWidth + columnGap)
      canvas.text(column.heading, x: x, y: 16, className: "rowhead")
      for (row, box) in column.boxes.enumerated() {
        let y = top + Double(row) * (boxHeight + gap)
        canvas.rect(x: x, y: y, width: boxWidth, height: boxHeight, className: "node")
        canvas.text(box.title, x: x + 8, y: y + 18, className: "node-title")
        canvas.text(box.detail, x: x + 8, y: y + 34, className: "tick")
      }
      spans.append((top, top + Double(column.boxes.count) * (boxHeight + gap) - gap))
      if index > 0 {
        let shared = (max(spans[index - 1].top, spans[index].top), min(spans[index - 1].bottom, spans[index].bottom))
        let y = (shared.0 + min(shared.1, shared.0 + boxHeight)) / 2
        arrow(&canvas, from: x - columnGap + 3, to: x - 3, y: y)
      }
    }
    return canvas.rendered
  }

  /// A horizontal arrow with a filled head.
  func arrow(_ canvas: inout SVGCanvas, from x1: Double, to x2: Double, y: Double) {
    canvas.line(x1: x1, y1: y, x2: x2 - 6, y2: y, className: "flow")
    canvas.path([(x2 - 7, y - 5), (x2, y), (x2 - 7, y + 5)], className: "arrowhead", closed: true)
  }

  /// A service's capacity in a few words for a box.
  static func shortCapacity(_ service: ServiceSpec) -> String {
    let places = ReportNumber.grouped(Double(service.capacity.steps.first?.capacity ?? 0))
    switch service.kind {
    case .triage: return "\(places) assessors"
    case .group: return service.group.map { "a group every \(ReportNumber.compact($0.everyDays)) days" } ?? "groups"
    case .therapy, .coordination:
      return service.providers > 1 ? "\(places) places, \(service.providers) lists" : "\(places) places"
    case .caseload: return service.isOpen ? "open caseload" : "\(places) places"
    case .beds: return "\(places) beds, then out of area"
    }
  }
}
