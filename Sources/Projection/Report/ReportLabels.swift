import CareModel
import Presentation
import StepwellMetrics

/// Plain-English names for metrics, services and breakdown groups, and how each metric's values
/// are written. Unknown names fall back to the name itself.
enum ReportLabels {
  /// Known metrics: label and kind. Per-year variants (`.per_year`) share their base's label.
  static let metrics: [String: (label: String, kind: ReportNumber.Kind)] = [
    YearMetricKey.referrals.name: ("Referrals a year", .count),
    YearMetricKey.newReferrals.name: ("New-episode referrals a year", .count),
    MetricKey.treatmentEnteredShare.name: ("Share of referrals reaching treatment", .share),
    YearMetricKey.firstSessions.name: ("First treatment sessions a year", .count),
    MetricKey.waitFirstTreatmentMean.name: ("Mean wait to first treatment", .days),
    MetricKey.waitFirstTreatmentP90.name: ("90th percentile wait to first treatment", .days),
    MetricKey.within6Weeks.name: ("First treatment within 6 weeks", .share),
    MetricKey.within18Weeks.name: ("First treatment within 18 weeks", .share),
    MetricKey.dnaRate.name: ("Missed appointments (DNA rate)", .share),
    MetricKey.recoveryRate.name: ("Recovery rate", .share),
    YearMetricKey.recoveries.name: ("Recoveries a year", .count),
    YearMetricKey.admissions.name: ("Admissions a year", .count),
    YearMetricKey.admissionsOutOfArea.name: ("Out-of-area admissions a year", .count),
    YearMetricKey.bedDays.name: ("Local bed days a year", .count),
    YearMetricKey.bedDaysOutOfArea.name: ("Out-of-area bed days a year", .count),
    YearMetricKey.crises.name: ("Crisis episodes a year", .count),
    YearMetricKey.suicidesExpected.name: ("Expected suicides a year (people referred)", .count),
    YearMetricKey.suicidesExpectedPopulation.name: ("Expected suicides a year (whole population)", .count),
    YearMetricKey.suicidesSampled.name: ("Sampled suicides a year", .count),
    MetricKey.suicidesInContactShare.name: ("Share of suicides among people in contact", .share),
    MetricKey.suicidesSecondaryContactShare.name: ("Share of suicides after secondary care in the last year", .share),
    YearMetricKey.costTotal.name: ("Total cost a year", .pounds),
    MetricKey.costPerRecovery.name: ("Talking-therapies cost per recovery", .pounds),
    YearMetricKey.purposefulValue.name: ("Societal sensitivity: value of purposeful years a year", .pounds),
    YearMetricKey.qaly.name: ("QALYs a year (people referred)", .count),
    YearMetricKey.suicidesValue.name: ("Value of expected suicides a year", .pounds),
  ]

  /// A metric's label and kind, from the table, its service, or its name's pattern.
  static func metric(_ name: String) -> (label: String, kind: ReportNumber.Kind) {
    let base = name.hasSuffix(".per_year") ? String(name.dropLast(".per_year".count)) : name
    if let known = metrics[name] ?? metrics[base] { return known }
    if let category = CostCategory.allCases.first(where: { YearMetricKey.cost($0).name == base }) {
      return ("Cost a year: " + (CostCategoryStyle.categories[category.rawValue]?.label ?? category.rawValue), .pounds)
    }
    if let (id, metric) = MetricKey(name).serviceMetric {
      return ("\(service(id)): \(serviceMeasure(metric))", kind(of: base))
    }
    let definition =
      MetricCatalogue.definition(of: name) ?? MetricCatalogue.definition(of: name, in: .comparison)
      ?? MetricCatalogue.definition(of: name, in: .year)
    if let definition { return (definition.label(of: name), kind(of: name)) }
    return (name, kind(of: name))
  }

  /// How a metric's values are written: from its unit in the catalogue, else guessed from its
  /// name (shares, waits in days, pounds, or counts).
  static func kind(of name: String) -> ReportNumber.Kind {
    let definition =
      MetricCatalogue.definition(of: name) ?? MetricCatalogue.definition(of: name, in: .year)
      ?? MetricCatalogue.definition(of: name, in: .comparison)
    if let unit = definition?.unit {
      switch unit {
      case .share: return .share
      case .days: return .days
      case .pounds, .poundsPerQALY: return .pounds
      default: return .count
      }
    }
    if name.hasPrefix("cost.") || name.hasPrefix("value.") || name.hasPrefix("net") { return .pounds }
    if name.contains("within") || name.hasSuffix("share") || name.hasSuffix("rate") || name.hasSuffix("utilisation") {
      return .share
    }
    if name.contains("wait.") || name.contains(".wait_") { return .days }
    return .count
  }

  static func serviceMeasure(_ metric: ServiceMetric) -> String {
    switch metric {
    case .waitMean: "mean wait"
    case .waitP90: "90th percentile wait"
    case .withinStandard: "share within standard"
    case .breachesPerYear: "starts beyond standard a year"
    case .waitingListMean: "mean number waiting"
    case .waitingCount: "number waiting at month ends"
    case .waitingListTrend: "list growth a year"
    case .utilisation: "utilisation"
    case .startsPerYear: "starts a year"
    }
  }

  /// Known service ids' names.
  static let services: [String: String] = [
    "triage": "Triage (assessment)", "step1": "Step 1 (groups)", "step2": "Step 2", "step3": "Step 3",
    "linkworker": "Link workers", "community": "Community services", "cmht": "CMHT", "crisis": "Crisis team",
    "inpatient": "Inpatient beds",
  ]

  /// A service's display name: the known name, or the id.
  static func service(_ id: String) -> String { services[id] ?? id }

  /// A breakdown dimension's heading.
  static func dimension(_ name: String) -> String {
    switch name {
    case "imd_quintile": return "Deprivation (IMD quintile)"
    case "ethnicity": return "Ethnicity"
    case "age_band": return "Age band"
    case "sex": return "Sex"
    default: return name.replacingOccurrences(of: "_", with: " ")
    }
  }

  /// A breakdown group's label.
  static func group(_ group: String, dimension: String) -> String {
    switch dimension {
    case "imd_quintile":
      if group == "1" { return "IMD 1 (most deprived)" }
      if group == "5" { return "IMD 5 (least deprived)" }
      return "IMD \(group)"
    case "age_band":
      return group.replacingOccurrences(of: "-", with: "\u{2013}")
    default:
      return group.prefix(1).uppercased() + group.dropFirst()
    }
  }

  /// What a service kind's capacity is, for the checklist's resource list.
  static func capacity(of service: ServiceSpec) -> String {
    let places = ReportNumber.grouped(Double(service.capacity.steps.first?.capacity ?? 0))
    var staff = service.staff > 0 ? "\(ReportNumber.compact(service.staff)) WTE, " : ""
    if let workforce = service.workforce, workforce.vacancyRate > 0 {
      staff =
        "\(ReportNumber.compact(workforce.wteInPost)) WTE in post of \(ReportNumber.compact(workforce.contractedWTE)), "
    }
    let varying = service.capacity.isConstant ? "" : " (changing over time)"
    switch service.kind {
    case .triage: return "\(staff)\(places) assessors\(varying)"
    case .group:
      guard let group = service.group else { return "groups" }
      return
        "a group every \(ReportNumber.compact(group.everyDays)) days, \(group.minimumSize)\u{2013}\(group.maximumSize) places"
    case .therapy, .coordination:
      let lists = service.providers > 1 ? " in \(service.providers) separate lists" : ""
      return "\(staff)\(places) caseload places\(lists)\(varying)"
    case .caseload: return service.isOpen ? "open caseload (no limit)" : "\(staff)\(places) places\(varying)"
    case .beds: return "\(places) beds\(varying); out of area when full"
    }
  }
}
