import CareModel
import Foundation
import Yams

/// The keys of one dated change that take effect on one day.
///
/// A plain change takes effect on its date. A change with `recruited: true` funds new posts on
/// its date (the decision); the contracted WTE it sets for a service arrives that service's
/// `workforce.recruitment_lead` later (as read from the scenario without changes), so a change
/// naming services with different leads arrives in parts. It may set only the WTE of staffed
/// services (`services.<id>.wte`, or `.staff` for link workers), and only upward.
struct ChangeArrival {
  /// One item of `changes:` as written.
  struct Entry {
    /// Its place in the list (0-based).
    let number: Int
    /// The date as written (ISO) and its day in the run.
    let date: String
    let day: Double
    /// The item and its `set:` map.
    let reader: MappingReader
    let set: MappingReader
    /// True for `recruited: true`.
    let isRecruited: Bool
  }

  /// Days after the start when these keys take effect.
  let day: Double
  /// Orders arrivals of one day: the list order of their changes, then their parts.
  let order: Int
  /// The date the change was written with (the decision date when recruited).
  let date: String
  /// The keys and values that take effect.
  let pairs: [(key: String, value: Node)]
  /// The change's item and its `set:` map, for messages.
  let reader: MappingReader
  let set: MappingReader
  /// True when these keys are new posts arriving after the recruitment lead.
  let isRecruited: Bool
  /// The change's number (1-based) for messages.
  let number: Int

  /// How messages name the design from this arrival.
  var label: String {
    isRecruited
      ? "the arrival of the posts recruited from \(date) (changes \(number))" : "\(date) (changes \(number))"
  }

  /// Keys a recruited change may set on a service: its contracted WTE.
  static let recruitedKeys = ["wte", "staff"]
  static let recruitedAllowed =
    "services.<id>.wte (staff for link workers) of triage, therapy and coordination services; "
    + "put other keys in a change without recruited"

  /// The arrivals of `entry`: itself on its date, or, when recruited, one part per recruitment
  /// lead of the services it names.
  static func arrivals(of entry: Entry, base: CareDesign) throws -> [ChangeArrival] {
    let order = entry.number * (ScenarioLimits.maximumServices + 1)
    guard entry.isRecruited else {
      return [
        ChangeArrival(
          day: entry.day, order: order, date: entry.date, pairs: entry.set.pairs, reader: entry.reader,
          set: entry.set, isRecruited: false, number: entry.number + 1)
      ]
    }
    var leads: [Double] = []
    var pairsByLead: [Double: [(key: String, value: Node)]] = [:]
    for pair in entry.set.pairs {
      let lead = try recruitmentLead(of: pair.key, in: entry.set, base: base)
      if pairsByLead[lead] == nil { leads.append(lead) }
      pairsByLead[lead, default: []].append(pair)
    }
    return leads.enumerated().map { part, lead in
      ChangeArrival(
        day: entry.day + lead, order: order + part + 1, date: entry.date, pairs: pairsByLead[lead] ?? [],
        reader: entry.reader, set: entry.set, isRecruited: true, number: entry.number + 1)
    }
  }

  /// The recruitment lead (days) of the staffed service whose WTE `key` sets.
  static func recruitmentLead(of key: String, in set: MappingReader, base: CareDesign) throws -> Double {
    let path = key.split(separator: ".").map(String.init)
    guard path.count == 3, path[0] == "services", recruitedKeys.contains(path[2]),
      let service = base.services.first(where: { $0.id == path[1] }), let workforce = service.workforce
    else {
      throw set.error(key, "a recruited change sets only new posts", allowed: recruitedAllowed)
    }
    return workforce.recruitmentLeadDays
  }

  /// Refuses a recruited WTE below the one in force before it arrives: recruitment adds posts.
  func checkRise(from before: CareDesign, to after: CareDesign) throws {
    for (key, _) in pairs {
      let id = key.split(separator: ".").map(String.init)[1]
      guard let old = before.services.first(where: { $0.id == id })?.workforce?.contractedWTE,
        let new = after.services.first(where: { $0.id == id })?.workforce?.contractedWTE, new < old
      else { continue }
      throw set.error(
        key, "lowers the contracted WTE from \(ScenarioLimits.text(old)) to \(ScenarioLimits.text(new))",
        allowed: "recruited: true for a rise in WTE (new posts); a cut applies at its own date without recruited")
    }
  }
}
