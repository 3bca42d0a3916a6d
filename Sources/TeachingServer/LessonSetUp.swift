import QueueingNetwork
import SimCore
import Stochastics

/// One set-up a lesson runs: a team's places, its lists and the people who use them, built into
/// a queueing network whose time unit is the day.
///
/// People arrive as a Poisson stream and join a list; each booking holds one of the list's places
/// for a service time (exponential or fixed). After a booking a person may come back to the same
/// list: because they missed it (`missedShare`, the place is used and they are booked again), or
/// for their next session (a course of `visits` sessions on average, each booked on its own).
public struct LessonSetUp: Sendable, Equatable {
  /// Words for the page ("Two separate lists").
  public var label: String
  /// All arrivals a week over every list (people per week).
  public var arrivalsPerWeek: Double
  /// Places over every list.
  public var servers: Int
  /// Mean days a booking holds a place.
  public var serviceDays: Double
  /// True for the same service time every time, false for exponential times.
  public var fixedLength = false
  /// Separate lists the places and arrivals are split evenly between (1 = pooled).
  public var lists = 1
  /// The share of bookings missed; a missed booking still uses its place and is booked again.
  public var missedShare = 0.0
  /// Mean sessions a person needs, each booked one at a time (1 = a single booking).
  public var visits = 1.0
  /// People already waiting on day 0 (over every list).
  public var backlog = 0
  /// Extra places from day 0 for `reliefWeeks` weeks (over every list).
  public var reliefServers = 0
  public var reliefWeeks = 0.0

  /// Arrivals a day on each list.
  public var arrivalsPerDayPerList: Double { arrivalsPerWeek / 7 / Double(lists) }
  /// Places on each list (without relief).
  public var serversPerList: Int { servers / lists }
  /// The chance a person goes back onto the list after a booking: missed, or attended with
  /// sessions still to come.
  public var returnProbability: Double { missedShare + (1 - missedShare) * (1 - 1 / visits) }
  /// Bookings per person on average: visits / (1 - missed share).
  public var bookingsPerPerson: Double { 1 / (1 - returnProbability) }

  /// The network: one node per list, with its share of the arrivals, places, relief and backlog.
  func design(horizonDays: Double, warmupDays: Double, replications: Int, seed: Int) throws -> NetworkDesign {
    let gap = try Distribution.exponential(mean: 1 / arrivalsPerDayPerList)
    let service = fixedLength ? try Distribution.fixed(serviceDays) : try Distribution.exponential(mean: serviceDays)
    let nodes = (0..<lists).map { index -> NetworkNode in
      let name = lists == 1 ? "list" : "list\(index + 1)"
      let relief = reliefServers / lists + (index < reliefServers % lists ? 1 : 0)
      let schedule =
        relief > 0 && reliefWeeks > 0
        ? CapacitySchedule(
          steps: [
            .init(from: 0, capacity: serversPerList + relief), .init(from: reliefWeeks * 7, capacity: serversPerList),
          ],
          cycle: nil)
        : CapacitySchedule(constant: serversPerList)
      var node = NetworkNode(name: name, servers: schedule, service: service)
      node.arrivals = gap
      node.backlog = backlog / lists + (index < backlog % lists ? 1 : 0)
      let back = returnProbability
      if back > 0 { node.routing = [.to(index, probability: back)] }
      return node
    }
    var design = NetworkDesign(name: "lesson", horizon: horizonDays, nodes: nodes)
    design.timeUnit = "days"
    design.warmup = warmupDays
    design.replications = replications
    design.seed = UInt64(seed)
    return design
  }
}
