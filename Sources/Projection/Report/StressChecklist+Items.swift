import CareModel
import Presentation
import StepwellMetrics

extension StressChecklist {
  var design: CareDesign { report.run.design.design }
  var years: String { "\(report.yearCount) projection \(report.yearCount == 1 ? "year" : "years")" }

  var objectives: [Item] {
    let aim =
      report.comparison.map {
        "Paired comparison of \($0.altName) against \($0.baseName) with common random numbers: each difference with its 95% interval, and the net impact."
      }
      ?? "A projection of one design; what-if designs are compared with `stepwell compare`, which pairs replications through common random numbers."
    return [
      Item(
        number: "1.1", name: "Purpose of the model",
        answer:
          "To project waits, waiting lists, bed days, expected suicides and costs per year, with 95% intervals, for the stepped-care mental-health service '\(design.name)' in \(report.run.area.title), to inform commissioning decisions on capacity and policy."
      ),
      Item(
        number: "1.2", name: "Model outputs",
        answer:
          "Per service: mean and 90th-percentile wait (days), share within the access standard, time-average waiting list, utilisation, starts a year. Pathway: wait to first treatment, share within 6 and 18 weeks, DNA rate, recovery rate. Secondary care: admissions, local and out-of-area bed days. Expected suicides. Costs by category per year\(design.costs.map { " (\($0.priceYear) prices)" } ?? ""). Breakdowns by IMD quintile, ethnicity, age band and sex. Files and definitions: docs/outputs.md."
      ),
      Item(number: "1.3", name: "Experimentation aims", answer: aim),
    ]
  }

  var logic: [Item] {
    let services = design.services.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: ", ")
    let policies = design.policies
    let notRecovered =
      policies.notRecovered == .backToGP
      ? "people who do not recover go back to the GP and must be re-referred"
      : "people who do not recover are re-routed to another service without a new referral"
    let dna =
      policies.callbacks
      ? "reminder call-backs (DNA \(ReportNumber.format(policies.callbackDNARate, .share)))"
      : "no call-backs (DNA \(ReportNumber.format(policies.dnaRate, .share)))"
    return [
      Item(
        number: "2.1", name: "Base model overview diagram",
        answer:
          "The model overview figure above. Referral \u{2192} \(design.pathway.entry) \u{2192} services (\(services)) \u{2192} recovery, discharge or re-referral; escalation to secondary care and beds. Routes and probabilities are in the scenario's pathway section (effective-scenario.yaml); docs/scenarios.md describes them."
      ),
      Item(
        number: "2.2", name: "Base model logic",
        answer:
          "Referrals from a synthetic population of \(ReportNumber.grouped(Double(report.run.area.population))) people (new episodes, re-referrals and relapses) enter at \(design.pathway.entry), wait for and take courses at each step, may miss sessions (\(dna)), and recover with a step-specific probability; \(notRecovered). People may deteriorate while waiting, escalate to CMHT, crisis care or an inpatient bed, and carry an integrated suicide hazard."
      ),
      Item(
        number: "2.3", name: "Scenario logic",
        answer:
          report.comparison.map {
            "\($0.altName) differs from \($0.baseName) only in the keys its scenario file sets (its extends chain); both were run with the same seed, replications, horizon and warm-up."
          }
          ?? "The design as run is written to effective-scenario.yaml in the output folder (extends merged, --set overrides applied)."
      ),
      Item(
        number: "2.4", name: "Algorithms",
        answer:
          "Discrete-event simulation with events ordered by (time, priority, insertion sequence). Durations and counts are drawn from GSL distributions; percentiles come from a fixed-memory log-bucketed histogram (relative error at most 0.1%); suicide risk is an integrated hazard; time-weighted statistics for waiting lists and occupancy."
      ),
      Item(
        number: "2.5.1", name: "Entities",
        answer:
          "People referred, drawn from the \(report.run.area.title) synthetic population (age, sex, ethnicity, IMD quintile, condition and risk)."
      ),
      Item(
        number: "2.5.2", name: "Activities",
        answer:
          "Assessments, group and therapy sessions (every \(ReportNumber.compact(design.services.first { $0.kind == .therapy }?.sessionInterval ?? 7)) days), co-ordination and caseload episodes, crisis episodes and inpatient stays, with durations as each service states."
      ),
      Item(
        number: "2.5.3", name: "Resources",
        answer: design.services.map { "\($0.id): \(ReportLabels.capacity(of: $0))" }.joined(separator: "; ") + "."),
      Item(number: "2.5.4", name: "Queues", answer: queues),
      Item(
        number: "2.5.5", name: "Entry and exit points",
        answer:
          "Entry: a referral (GP or self) to \(design.pathway.entry), or step-down from secondary care. Exit: recovery, discharge, dropping out, not returning to the GP, or the end of the run."
      ),
    ]
  }

  /// One waiting list per service (split lists named), grouped by queue discipline.
  var queues: String {
    let waiting = design.services.filter { $0.kind != .beds }
    let name = { (service: ServiceSpec) in
      service.providers > 1 ? "\(service.id) (\(service.providers) separate lists)" : service.id
    }
    let fifo = waiting.filter { $0.discipline == .fifo }.map(name)
    let risk = waiting.filter { $0.discipline != .fifo }.map(name)
    var parts: [String] = []
    if !fifo.isEmpty { parts.append("first come, first served at " + fifo.joined(separator: ", ")) }
    if !risk.isEmpty { parts.append("by risk (red, amber, green) at " + risk.joined(separator: ", ")) }
    return "One waiting list per service: " + parts.joined(separator: "; ")
      + ". Beds have no queue: people go out of area when all are full."
  }

  var data: [Item] {
    let area = report.run.area
    let referrals =
      design.referralsPerYear.map { "\(ReportNumber.grouped($0)) referrals a year (scenario)" }
      ?? "the area's referral figure"
    return [
      Item(
        number: "3.1", name: "Data sources",
        answer:
          "Area file Scenarios/areas/\(design.area).yaml (\(area.title): population \(ReportNumber.grouped(Double(area.population))), age, sex, ethnicity and deprivation margins, prevalence and referral calibration); the scenario file for services, pathway, policies and costs. Every value comes from the evidence table docs/evidence.md (value, unit, source title and year or 'assumption', and grade), whose rows cite reference/PARAMETERS.md."
      ),
      Item(
        number: "3.2", name: "Pre-processing",
        answer:
          "Working days are converted to calendar days at 7/5; durations to days; unit costs uplifted from their source years to \(design.costs?.priceYear ?? "one price year"); the referral inflow is scaled to \(referrals) with new episodes \(ReportNumber.format(design.newEpisodeShare, .share)) of referrals."
      ),
      Item(
        number: "3.3", name: "Input parameters",
        answer:
          "Each parameter with its unit, source and grade is in docs/evidence.md; the values as run are in effective-scenario.yaml. \(Plural.count(design.services.count, "service")); \(design.targets.isEmpty ? "no targets" : "targets: " + design.targets.keys.sorted().map { "\($0) \(ReportNumber.format(design.targets[$0], ReportLabels.kind(of: $0)))" }.joined(separator: ", "))."
      ),
      Item(
        number: "3.4", name: "Assumptions",
        answer:
          "Values graded D in docs/evidence.md are modelling assumptions with their reasoning (for example staffing sized for about 85% utilisation, deterioration and re-referral delays). Intervals show simulation uncertainty only, not uncertainty in these inputs."
      ),
    ]
  }

  var experimentation: [Item] {
    let warmup = ReportNumber.compact(design.warmupDays)
    let started = design.services.filter { $0.backlog != nil || $0.occupants != nil }.map(\.id)
    let check = report.run.warmupCheck
    let verdict =
      check.isAdequate
      ? "the warm-up looks long enough"
      : "the warm-up looks too short for \(check.findings.filter(\.warmupTooShort).map { SeriesKey($0.series).waitingListService ?? $0.series }.joined(separator: ", "))"
    let changesNote =
      design.changes.isEmpty
      ? ""
      : " Dated changes: "
        + design.changes.map { "\(report.dates.long(days: $0.day)) (\($0.keys.joined(separator: ", ")))" }
        .joined(separator: "; ") + "."
    return [
      Item(
        number: "4.1", name: "Initialisation",
        answer:
          "Warm-up of \(warmup) days (\(report.dates.long(days: 0)) to \(report.dates.long(days: design.warmupDays))) discarded before statistics start\(started.isEmpty ? "; services start empty" : "; starting state (people waiting or already in service) at \(started.joined(separator: ", "))"). Warm-up check, MSER-5 on the weekly waiting lists: settled from day \(ReportNumber.compact(check.settledFrom)); \(verdict).\(changesNote)"
      ),
      Item(
        number: "4.2", name: "Run length",
        answer:
          "\(ReportNumber.compact(design.horizonDays)) days per replication (warm-up included), giving \(years) of 365.25 days after warm-up."
      ),
      Item(
        number: "4.3", name: "Estimation approach",
        answer:
          "\(report.run.replications.count) independent replications; each metric's mean with a two-sided 95% Student t interval over replications. A run may instead add replications in batches of \(RunOptions.precisionBatch) until the key metrics' half-widths are within a relative precision (--precision, cap \(RunOptions.precisionCap))."
      ),
    ]
  }

  var implementation: [Item] {
    [
      Item(
        number: "5.1", name: "Software or programming language",
        answer:
          "Stepwell \(RunManifest.version), written in Swift 6, with the GNU Scientific Library (GSL) for random numbers and distributions."
      ),
      Item(
        number: "5.2", name: "Random sampling",
        answer:
          "No global random state: the master seed \(design.seed) derives one GSL stream per (replication, purpose) with SplitMix64 (mt19937), and each person's draws come from taus2 streams keyed by person and purpose, so designs run with the same seed share common random numbers."
      ),
      Item(
        number: "5.3", name: "Model execution",
        answer:
          "Event scheduling in simulated days; each replication runs on one thread and replications run in parallel; every output, this report included, is identical whatever the thread count."
      ),
      Item(
        number: "5.4", name: "System specification",
        answer:
          "Threads, wall time and events per second are recorded in manifest.json, and kept out of this report so it is byte-identical on any machine."
      ),
    ]
  }

  var codeAccess: [Item] {
    [
      Item(
        number: "6.1", name: "Computer model sharing statement",
        answer:
          "Code: the Stepwell repository (Sources/, Tests/, docs/), version \(RunManifest.version). To reproduce this run: scenario '\(design.name)' with effective-scenario.yaml, seed \(design.seed), \(Plural.count(report.run.replications.count, "replication")), warm-up \(ReportNumber.compact(design.warmupDays)) days, run length \(ReportNumber.compact(design.horizonDays)) days; random numbers from GSL mt19937 and taus2 streams per purpose."
      )
    ]
  }
}
