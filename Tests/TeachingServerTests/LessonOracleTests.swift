import Foundation
import QueueingTheory
import Testing

@testable import TeachingServer

/// The lessons' simulations against queueing theory where it is exact, with fixed seeds: Erlang C
/// for M/M/c lists (split and pooled), Pollaczek-Khinchine for one place with fixed lengths, and
/// a Jackson network for people who come back after a missed booking or for another session.
/// Tolerances are stated in each test; each run is long enough that its own 95% interval is
/// narrower than the tolerance.
@Suite struct LessonOracleTests {
  /// Runs `lesson` with its starting values changed by `change`.
  func run(_ id: String, _ change: (inout LessonValues) -> Void = { _ in }) throws -> LessonResponse {
    let lesson = try #require(LessonCatalog.lesson(id))
    var values = lesson.defaults
    change(&values)
    return try LessonRun.run(try LessonRequest(lesson: lesson, values: values))
  }

  func mean(_ result: LessonSetUpResult, _ key: String) -> Double {
    result.metrics.first { $0.key == key }?.mean ?? .nan
  }

  /// Relative difference |a - b| / b.
  func gap(_ a: Double, _ b: Double) -> Double { abs(a - b) / b }

  @Test func oneListAgreesWithErlangC() throws {
    // 8 places, 42-day courses, 1.0667 a week: rho 0.8. Erlang C by hand: lambda 0.15238/day,
    // offered load 6.4, C(8, 6.4) = 0.4575, Wq = C / (c mu - lambda) = 0.4575 / 0.038095 = 12.01 days.
    let response = try run("utilisation") { $0.arrivalsPerWeek = 6.4 * 8 / 42 * 7 / 8 }
    let setUp = try #require(response.setups.first)
    let theory = try #require(setUp.theory)
    let queue = try #require(MMc(arrivalRate: 6.4 / 42, serviceMean: 42, servers: 8))
    #expect(abs(theory.utilisation - 0.8) < 1e-9)
    #expect(gap(try #require(theory.waitFirstDays), queue.meanWait) < 1e-9)
    #expect(abs(queue.meanWait - 12.01) < 0.01)
    #expect(gap(mean(setUp, "wait_first_days"), queue.meanWait) < 0.10, "within 10% of Erlang C")
    #expect(abs(mean(setUp, "utilisation") - 0.8) < 0.02)
    #expect(setUp.settled)
  }

  @Test func fixedLengthsHalveTheWaitOfOnePlace() throws {
    // One place, 1-day assessments, 5.6 a week: rho 0.8. M/M/1: Wq = rho s / (1 - rho) = 4 days;
    // M/D/1 (Pollaczek-Khinchine): Wq = rho s / (2 (1 - rho)) = 2 days.
    let response = try run("variability")
    let (varying, fixed) = (response.setups[0], response.setups[1])
    #expect(abs((varying.theory?.waitFirstDays ?? 0) - 4) < 1e-9)
    #expect(abs((fixed.theory?.waitFirstDays ?? 0) - 2) < 1e-9)
    #expect(fixed.theory?.exact == true)
    #expect(gap(mean(varying, "wait_first_days"), 4) < 0.10, "M/M/1 within 10%")
    #expect(gap(mean(fixed, "wait_first_days"), 2) < 0.10, "M/D/1 within 10%")
  }

  @Test func pooledPlacesWaitLessThanSplitOnes() throws {
    // Two M/M/4 lists of 0.6 a week each against one M/M/8 of 1.2 a week, 42-day courses (rho 0.9).
    let response = try run("pooling")
    let (split, pooled) = (response.setups[0], response.setups[1])
    let half = try #require(MMc(arrivalRate: 0.6 / 7, serviceMean: 42, servers: 4))
    let whole = try #require(MMc(arrivalRate: 1.2 / 7, serviceMean: 42, servers: 8))
    #expect(gap(try #require(split.theory?.waitFirstDays), half.meanWait) < 1e-9)
    #expect(gap(try #require(pooled.theory?.waitFirstDays), whole.meanWait) < 1e-9)
    #expect(gap(mean(split, "wait_first_days"), half.meanWait) < 0.15, "split within 15% of Erlang C")
    #expect(gap(mean(pooled, "wait_first_days"), whole.meanWait) < 0.15, "pooled within 15% of Erlang C")
    #expect(mean(split, "wait_first_days") > 1.5 * mean(pooled, "wait_first_days"))
  }

  @Test func twoSinglePlaceListsAgainstOnePooledPair() throws {
    // 2 x M/M/1 against M/M/2, 1-day bookings, 11.76 a week in all (rho 0.84): by hand the M/M/1
    // wait is rho s / (1 - rho) = 0.84 / 0.16 = 5.25 days, M/M/2's is Wq = rho^2 s / (1 - rho^2)
    // = 0.7056 / 0.2944 = 2.397 days.
    let response = try run("pooling") {
      $0.servers = 2
      $0.arrivalsPerWeek = 11.76
      $0.serviceDays = 1
      $0.weeks = 400
    }
    #expect(abs((response.setups[0].theory?.waitFirstDays ?? 0) - 5.25) < 1e-9)
    #expect(abs((response.setups[1].theory?.waitFirstDays ?? 0) - 2.3967) < 1e-4)
    #expect(gap(mean(response.setups[0], "wait_first_days"), 5.25) < 0.10, "2 x M/M/1 within 10%")
    #expect(gap(mean(response.setups[1], "wait_first_days"), 2.3967) < 0.10, "M/M/2 within 10%")
  }

  @Test func missedBookingsFollowAJacksonNetwork() throws {
    // 22 a week, 2 places, half-day bookings, 15% missed: 3.697 bookings a day, rho 0.924; with
    // call-backs 4% missed: rho 0.818. Wait per booking: Erlang C at the booking rate; total wait:
    // that x 1 / (1 - missed).
    let response = try run("missed-appointments")
    for (setUp, missed) in zip(response.setups, [0.15, 0.04]) {
      let rate = 22.0 / 7 / (1 - missed)
      let queue = try #require(MMc(arrivalRate: rate, serviceMean: 0.5, servers: 2))
      #expect(gap(try #require(setUp.theory?.waitTotalDays), queue.meanWait / (1 - missed)) < 1e-9)
      #expect(gap(mean(setUp, "wait_booking_days"), queue.meanWait) < 0.15, "\(missed): per booking within 15%")
      #expect(gap(mean(setUp, "wait_total_days"), queue.meanWait / (1 - missed)) < 0.15, "\(missed): total within 15%")
    }
    #expect(mean(response.setups[0], "wait_total_days") > 2 * mean(response.setups[1], "wait_total_days"))
  }

  @Test func sessionBySessionBookingHidesTheSameWait() throws {
    // 1.2 a week, 8 places, 6 sessions of 7 days: the held course is M/M/8 with 42-day holds; the
    // session-by-session list is M/M/8 with 7-day holds at 6 x the rate: the same rho (0.9), a
    // wait per booking 6 times shorter, and the same total wait.
    let response = try run("hidden-waits")
    let (held, sessions) = (response.setups[0], response.setups[1])
    let course = try #require(MMc(arrivalRate: 1.2 / 7, serviceMean: 42, servers: 8))
    let booking = try #require(MMc(arrivalRate: 7.2 / 7, serviceMean: 7, servers: 8))
    #expect(gap(course.meanWait, 6 * booking.meanWait) < 1e-9)
    #expect(gap(mean(held, "wait_first_days"), course.meanWait) < 0.15, "held course within 15%")
    #expect(gap(mean(sessions, "wait_first_days"), booking.meanWait) < 0.15, "first session within 15%")
    #expect(
      gap(mean(sessions, "wait_between_days"), 5 * booking.meanWait) < 0.15, "between sessions within 15%")
    #expect(mean(held, "wait_between_days") == 0)
  }

  @Test func reliefPlacesClearABacklogSooner() throws {
    let response = try run("backlog")
    let (without, relief) = (response.setups[0], response.setups[1])
    let cleared = mean(relief, "cleared_share")
    #expect(cleared == 1, "every replication with relief clears its backlog")
    let weeks = mean(relief, "clear_weeks")
    #expect(weeks > 10 && weeks < 80)
    #expect(mean(without, "cleared_share") < 1 || mean(without, "clear_weeks") > weeks)
    // Week 1: 14 of the 40 take the 8 + 6 places at once, so about 26 are still waiting.
    #expect(relief.waitingList.mean[0].map { $0 > 20 && $0 < 40 } == true, "the list starts near 26")
  }

  @Test func aListNearFullUtilisationIsNotYetSettled() throws {
    // rho 0.99: Erlang C's steady state is far beyond a 10-year run.
    let response = try run("utilisation") {
      $0.arrivalsPerWeek = 0.99 * 8 / 42 * 7
      $0.replications = 5
      $0.weeks = 520
    }
    let setUp = response.setups[0]
    #expect(!setUp.settled)
    #expect(setUp.settledNote?.contains("Not yet settled: utilisation is 99.0%") == true, "\(setUp.settledNote ?? "")")
    #expect(mean(setUp, "wait_first_days") < (setUp.theory?.waitFirstDays ?? 0))
  }
}
