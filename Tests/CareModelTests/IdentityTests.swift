import CareModel
import Population
import Testing

/// A design the identities are checked on: a shipped scenario with overrides.
struct CheckedDesign: Sendable, CustomStringConvertible {
  let scenario: ShippedScenario
  let overrides: [String]
  var description: String { ([scenario.rawValue] + overrides).joined(separator: " ") }

  func batch() async throws -> CareBatch { try await careBatch(scenario, overrides) }
}

/// Both shipped scenarios as they are, and the hub with a busy step 3 (utilisation about 0.93).
let identityDesigns = [
  CheckedDesign(scenario: .hub, overrides: []), CheckedDesign(scenario: .standard2009, overrides: []),
  CheckedDesign(scenario: .hub, overrides: ["services.step3.wte=\(StepThreeRegime.current.pooledTestWTE)"]),
]

/// The designs Little's law is checked on: all of them, the busy step 3 included (the finite-run
/// form holds whether a list is level or growing).
let littleDesigns = identityDesigns

@Suite("Identities every replication must satisfy")
struct IdentityTests {
  /// Relative tolerance of an identity whose two sides are computed along different paths but
  /// must agree to floating-point rounding (share of the larger side).
  static let roundingTolerance = 1e-9
  /// Relative tolerance of an identity between published metrics that are accumulated and
  /// scaled separately (bed days against utilisation, starts within a standard plus breaches
  /// against starts) (share of the quantity compared).
  static let derivedMetricTolerance = 1e-6
  /// How far starts at the pathway's entry may exceed referrals (share of referrals): people
  /// already waiting when warm-up ends start after it without being counted as referred.
  static let entryStartsOverReferrals = 0.005

  /// Little's law on every waiting list in its finite-run form, after warm-up: the list's
  /// time-average length times the window equals the sum over people of their days on it in
  /// the window (those who left for a place, in remission or in a crisis, and those still
  /// waiting at the horizon). Both sides are kept apart (one by the list's level, one per
  /// person), so they agree to rounding only if no one is lost or double counted.
  @Test("Little's law on every waiting list", arguments: littleDesigns)
  func littlesLaw(_ scenario: CheckedDesign) async throws {
    let runs = try await scenario.batch()
    for (replication, result) in runs.results.enumerated() {
      #expect(!result.lists.isEmpty)
      for list in result.lists {
        let queue = list.meanWaiting
        let flow = list.personDaysOnListPerDay
        let tolerance = Self.roundingTolerance * max(queue, flow, 1)
        report("Little \(scenario) r\(replication + 1) \(list.service): L \(queue), lambda W \(flow)")
        #expect(
          abs(queue - flow) <= tolerance,
          "\(scenario) replication \(replication + 1), \(list.service): L \(queue), lambda W \(flow)")
        // The list agrees with the published metrics.
        #expect(result.metric("service.\(list.service).waiting_list.mean") == queue)
        let starts = result.metric("service.\(list.service).starts.per_year") ?? .nan
        #expect(abs(starts - list.startsPerDay * DayCount.perYear) <= Self.roundingTolerance * max(1, starts))
      }
    }
  }

  /// Everyone who joined a waiting list over the run was served, left it in a crisis, or is
  /// still waiting at the horizon.
  @Test("every person who joined a waiting list is accounted for", arguments: identityDesigns)
  func waitingListsConservePeople(_ scenario: CheckedDesign) async throws {
    let runs = try await scenario.batch()
    for (replication, result) in runs.results.enumerated() {
      for list in result.lists {
        #expect(
          list.joined == list.served + list.cancelled + list.waitingAtEnd,
          "\(scenario) replication \(replication + 1), \(list.service): \(list)")
        #expect(list.served >= 0 && list.cancelled >= 0 && list.waitingAtEnd >= 0)
      }
    }
  }

  /// Identities between published metrics: parts never exceed wholes, shares and utilisations
  /// are shares.
  @Test("metrics are consistent with each other", arguments: identityDesigns)
  func metricsAreConsistent(_ scenario: CheckedDesign) async throws {
    let runs = try await scenario.batch()
    let design = runs.design
    for (replication, result) in runs.results.enumerated() {
      let context = "\(scenario) replication \(replication + 1)"
      func value(_ name: String) -> Double {
        let found = result.metric(name)
        #expect(found != nil, "\(context): \(name) missing")
        return found ?? .nan
      }
      let referrals = value("referrals.per_year")
      #expect(value("referrals.new.per_year") <= referrals, "\(context)")
      // Everyone referred enters triage (the triage wait is short, so few are carried over).
      let entryStarts = value("service.\(design.pathway.entry).starts.per_year")
      #expect(entryStarts <= referrals * (1 + Self.entryStartsOverReferrals), "\(context)")
      for name in [
        "treatment.entered.share", "pathway.within_6_weeks", "pathway.within_18_weeks", "dna.rate",
        "recovery.rate", "suicides.in_contact.share",
      ] {
        #expect((0...1).contains(value(name)), "\(context): \(name) = \(value(name))")
      }
      #expect(value("pathway.within_6_weeks") <= value("pathway.within_18_weeks"), "\(context)")
      #expect(value("pathway.wait_first_treatment.mean") >= 0, "\(context)")
      #expect(value("pathway.wait_first_treatment.p90") >= 0, "\(context)")
      let admissions = value("secondary.admissions.per_year")
      #expect(value("secondary.admissions.out_of_area.per_year") <= admissions, "\(context)")
      #expect(value("secondary.admissions.out_of_area.per_year") >= 0, "\(context)")
      #expect(value("beddays.per_year") >= 0 && value("beddays.out_of_area.per_year") >= 0, "\(context)")
      #expect(value("suicides.expected.per_year") <= value("suicides.expected.population.per_year"), "\(context)")
      #expect(value("suicides.sampled.per_year") >= 0, "\(context)")
      for spec in design.services {
        let prefix = "service.\(spec.id)"
        let utilisation = value("\(prefix).utilisation")
        if spec.isOpen {
          #expect(utilisation.isNaN, "\(context): \(prefix) has no capacity, so no utilisation")
        } else {
          // A service held full the whole time (2009's step 3) sums its time-weighted places to 1
          // within rounding (1.0000000000000004 measured): allow 1e-9.
          #expect((0...(1 + 1e-9)).contains(utilisation), "\(context): \(prefix).utilisation = \(utilisation)")
        }
        #expect(value("\(prefix).starts.per_year") >= 0, "\(context)")
        guard spec.kind != .beds else {
          #expect(value("\(prefix).starts.per_year") == admissions, "\(context)")
          // Local bed days are at most beds x days.
          let beds = Double(spec.capacity.capacity(at: design.warmupDays))
          #expect(value("beddays.per_year") <= beds * DayCount.perYear * (1 + Self.roundingTolerance), "\(context)")
          #expect(
            abs(value("beddays.per_year") - utilisation * beds * DayCount.perYear)
              <= Self.derivedMetricTolerance * beds * 365.25,
            "\(context)")
          continue
        }
        #expect(value("\(prefix).wait.mean") >= 0 || value("\(prefix).starts.per_year") == 0, "\(context)")
        #expect(value("\(prefix).waiting_list.mean") >= 0, "\(context)")
        if spec.standard != nil {
          #expect((0...1).contains(value("\(prefix).within_standard")) || value("\(prefix).starts.per_year") == 0)
          let breaches = value("\(prefix).breaches.per_year")
          let starts = value("\(prefix).starts.per_year")
          #expect(breaches >= 0 && breaches <= starts * (1 + Self.roundingTolerance), "\(context): \(prefix)")
          let within = value("\(prefix).within_standard")
          if starts > 0 {
            #expect(
              abs(within * starts + breaches - starts) <= Self.derivedMetricTolerance * starts,
              "\(context): \(prefix)")
          }
        }
      }
    }
  }
}
