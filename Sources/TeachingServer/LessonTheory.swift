import QueueingTheory

/// Queueing theory for one lesson set-up, in steady state.
///
/// Each list is an M/M/c queue of `c` places fed by its own Poisson arrivals; a person who comes
/// back after a booking (missed, or another session) joins the same list again, so the list is a
/// Jackson network node whose booking rate is the arrival rate x bookings per person, and its mean
/// wait per booking is Erlang C's at that rate (exact for exponential lengths). Fixed lengths:
/// Pollaczek-Khinchine for one place and single bookings (exact: half the M/M/1 wait), otherwise
/// the Allen-Cunneen approximation (the M/M/c wait x (1 + cs^2) / 2 with cs = 0). Formulas: Gross,
/// Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, sections 2.3, 4.1 and 5.2.
public struct LessonTheory: Encodable, Sendable {
  public let model: String
  /// True when the formula is exact for this set-up in steady state.
  public let exact: Bool
  /// What the theory assumes, or why it is only a guide.
  public let note: String
  /// Places on each list and the bookings a day each receives.
  public let serversPerList: Int
  public let bookingRatePerDay: Double
  /// Mean days a booking holds a place.
  public let serviceMeanDays: Double
  /// rho = booking rate x service mean / places.
  public let utilisation: Double
  public let stable: Bool
  /// Erlang C (exponential lengths): the chance a booking waits.
  @NullWhenMissing public var probabilityOfWaiting: Double?
  /// Mean wait per booking, which is also the wait for the first (days).
  @NullWhenMissing public var waitFirstDays: Double?
  /// Mean wait per person over all bookings: the wait per booking x bookings per person (days).
  @NullWhenMissing public var waitTotalDays: Double?
  /// The part of it after the first booking (days).
  @NullWhenMissing public var waitBetweenDays: Double?
  /// Mean people waiting over every list.
  @NullWhenMissing public var waitingListMean: Double?
  /// The mean wait per booking against utilisation for these places and lengths.
  public let curve: [CurvePoint]

  /// The theory of `setUp`; nil when it has no places on a list.
  init?(_ setUp: LessonSetUp) {
    let servers = setUp.serversPerList
    let rate = setUp.arrivalsPerDayPerList * setUp.bookingsPerPerson
    guard servers > 0, let queue = MMc(arrivalRate: rate, serviceMean: setUp.serviceDays, servers: servers) else {
      return nil
    }
    let comesBack = setUp.bookingsPerPerson > 1
    let factor = setUp.fixedLength ? 0.5 : 1
    let transient = setUp.backlog > 0 || (setUp.reliefServers > 0 && setUp.reliefWeeks > 0)
    switch (setUp.fixedLength, servers == 1 && !comesBack) {
    case (false, _):
      model = comesBack ? "Jackson network of M/M/\(servers) lists" : "M/M/\(servers)"
      exact = !transient
    case (true, true):
      model = "M/D/1 (Pollaczek-Khinchine)"
      exact = !transient
    case (true, false):
      model = "M/D/\(servers) (Allen-Cunneen approximation)"
      exact = false
    }
    var words =
      setUp.fixedLength
      ? (exact ? "Poisson arrivals and fixed lengths at one place: exact." : "Fixed lengths: an approximation.")
      : "Poisson arrivals and exponential lengths: Erlang C is exact in steady state."
    if comesBack { words += " Each person is booked \(Self.round(setUp.bookingsPerPerson)) times on average." }
    if transient { words += " The backlog and relief places are not in the formula: it gives the usual list." }
    note = words
    serversPerList = servers
    bookingRatePerDay = rate
    serviceMeanDays = setUp.serviceDays
    utilisation = queue.utilisation
    stable = queue.isStable
    probabilityOfWaiting = setUp.fixedLength ? nil : Finite.value(queue.probabilityOfWaiting)
    let perBooking = Finite.value(queue.meanWait * factor)
    waitFirstDays = perBooking
    waitTotalDays = perBooking.map { $0 * setUp.bookingsPerPerson }
    waitBetweenDays = perBooking.map { $0 * (setUp.bookingsPerPerson - 1) }
    waitingListMean = perBooking.map { $0 * rate * Double(setUp.lists) }
    curve = TheoryPanel.curve(serviceMeanDays: setUp.serviceDays, servers: servers).map {
      CurvePoint(utilisation: $0.utilisation, waitMeanDays: $0.waitMeanDays * factor)
    }
  }

  static func round(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
  }
}
