import Presentation

/// The report's sections, in page order, with their anchors and headings.
public enum ReportSection: String, CaseIterable, Sendable {
  case comparisonHeadline = "comparison-headline"
  case headline
  case waitingLists = "waiting-lists"
  case waits
  case costs
  case beds
  case recovery
  case byYear = "by-year"
  case breakdowns
  case calibration
  case comparison
  case checklist = "stress-des"
  case cheers = "cheers"

  /// The section's heading.
  public var title: String {
    switch self {
    case .comparisonHeadline: return "The two designs side by side"
    case .headline: return "Headline"
    case .waitingLists: return "Waiting lists over time"
    case .waits: return "Waits against standards"
    case .costs: return "Costs by year"
    case .beds: return "Bed days"
    case .recovery: return "Recovery"
    case .byYear: return "Projection by year"
    case .breakdowns: return "Waits and recovery by group"
    case .calibration: return "How this run compares with published figures"
    case .comparison: return "Comparison of designs"
    case .checklist: return "STRESS-DES checklist"
    case .cheers: return "CHEERS 2022 checklist"
    }
  }

  /// Wraps a section's content under its heading (`<section id>` with `aria-labelledby`).
  func wrap(_ content: String) -> String {
    Markup.element(
      "section", [("id", rawValue), ("aria-labelledby", "\(rawValue)-heading")],
      "\n" + Markup.text("h2", [("id", "\(rawValue)-heading")], title) + "\n" + content + "\n")
  }
}
