import CareModel

/// Plain-English names for metrics, services and breakdown groups, and how each metric's values
/// are written. Unknown names fall back to the name itself.
enum ReportLabels {
  /// Known metrics: label and kind. Per-year variants (`.per_year`) share their base's label.
  static let metrics: [String: (label: String, kind: ReportNumber.Kind)] = [
    "referrals": ("Referrals a year", .count),
    "referrals.new": ("New-episode referrals a year", .count),
    "treatment.entered.share": ("Share of referrals reaching treatment", .share),
    "treatment.first_sessions": ("First treatment sessions a year", .count),
    "pathway.wait_first_treatment.mean": ("Mean wait to first treatment", .days),
    "pathway.wait_first_treatment.p90": ("90th percentile wait to first treatment", .days),
    "pathway.within_6_weeks": ("First treatment within 6 weeks", .share),
    "pathway.within_18_weeks": ("First treatment within 18 weeks", .share),
    "dna.rate": ("Missed appointments (DNA rate)", .share),
    "recovery.rate": ("Recovery rate", .share),
    "recoveries": ("Recoveries a year", .count),
    "secondary.admissions": ("Admissions a year", .count),
    "secondary.admissions.out_of_area": ("Out-of-area admissions a year", .count),
    "beddays": ("Local bed days a year", .count),
    "beddays.out_of_area": ("Out-of-area bed days a year", .count),
    "crises": ("Crisis episodes a year", .count),
    "suicides.expected": ("Expected suicides a year (people referred)", .count),
    "suicides.expected.population": ("Expected suicides a year (whole population)", .count),
    "suicides.sampled": ("Sampled suicides a year", .count),
    "suicides.in_contact.share": ("Share of suicides among people in contact", .share),
    "cost.total": ("Total cost a year", .pounds),
    "cost.per_recovery": ("Cost per recovery", .pounds),
    "value.purposeful_years": ("Value of purposeful years a year", .pounds),
    "value.suicides": ("Value of expected suicides a year", .pounds),
  ]

  /// A metric's label and kind, from the table, its service, or its name's pattern.
  static func metric(_ name: String) -> (label: String, kind: ReportNumber.Kind) {
    let base = name.hasSuffix(".per_year") ? String(name.dropLast(".per_year".count)) : name
    if let known = metrics[name] ?? metrics[base] { return known }
    if base.hasPrefix("cost.") {
      let category = String(base.dropFirst("cost.".count))
      return ("Cost a year: " + (ReportStyle.costCategories[category]?.label ?? category), .pounds)
    }
    if base.hasPrefix("service.") {
      let parts = base.split(separator: ".").map(String.init)
      if parts.count >= 3 {
        let what = parts.dropFirst(2).joined(separator: ".")
        return ("\(service(parts[1])): \(serviceMeasure(what))", kind(of: base))
      }
    }
    return (name, kind(of: name))
  }

  /// A kind guessed from a metric's name: shares, waits in days, pounds, or counts.
  static func kind(of name: String) -> ReportNumber.Kind {
    if name.hasPrefix("cost.") || name.hasPrefix("value.") || name.hasPrefix("net") { return .pounds }
    if name.contains("within") || name.hasSuffix("share") || name.hasSuffix("rate") || name.hasSuffix("utilisation") {
      return .share
    }
    if name.contains("wait.") || name.contains(".wait_") { return .days }
    return .count
  }

  static func serviceMeasure(_ what: String) -> String {
    switch what {
    case "wait.mean": return "mean wait"
    case "wait.p90": return "90th percentile wait"
    case "within_standard": return "share within standard"
    case "breaches": return "starts beyond standard a year"
    case "waiting_list.mean": return "mean number waiting"
    case "utilisation": return "utilisation"
    case "starts": return "starts a year"
    default: return what.replacingOccurrences(of: "_", with: " ")
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
    let staff = service.staff > 0 ? "\(ReportNumber.compact(service.staff)) WTE, " : ""
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
