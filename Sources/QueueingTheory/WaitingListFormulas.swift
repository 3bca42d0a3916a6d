import Foundation

/// Closed-form capacity answers for one waiting list, as NHS-R's NHSRwaitinglist gives them
/// (Fong, Pryce and others), in any one time unit: demand and capacity in people per unit,
/// waits and times in units, list sizes in people.
///
/// Each formula states its assumptions; they are first answers to check a simulation against,
/// not replacements for one:
/// - **Target mean wait**: waits roughly exponential, so the share within a wait t is
///   1 - exp(-t / mean); the mean that gives share p within t is t / -ln(1 - p).
///   NHSRwaitinglist's fixed factor of 4 (mean = target / 4) is p = 0.98.
/// - **Target list size** (Little's law, L = λW): a settled list served first come first
///   served; the list that gives the target mean wait at the given demand.
/// - **Relief capacity**: the removals a unit of time that bring a list from its size now to a
///   target size by a date while demand keeps arriving, at a constant rate.
/// - **Target capacity** (Kingman's heavy-traffic formula, as Marchal's form in
///   NHSRwaitinglist): the removal rate that keeps the mean wait at the target once the list has
///   settled, W ≈ (ca² + cs²) / 2 / (capacity - demand), with ca and cs the coefficients of
///   variation of the times between arrivals and between removals (1 and 1 for a Poisson
///   process, 0 for a regular one).
public enum WaitingListFormulas {
  /// The mean wait that puts `share` of waits within `wait`, for exponential waits.
  ///
  /// - Parameters:
  ///   - wait: the standard's wait (time units), > 0.
  ///   - share: the share to be within it, in (0, 1).
  /// - Returns: the target mean wait (time units); NaN outside the ranges.
  public static func targetMeanWait(within wait: Double, share: Double) -> Double {
    guard wait > 0, share > 0, share < 1 else { return .nan }
    return wait / -log1p(-share)
  }

  /// The list size that gives `meanWait` at `demand` (Little's law).
  ///
  /// - Parameters:
  ///   - demand: people joining the list per time unit, >= 0.
  ///   - meanWait: the target mean wait (time units), >= 0.
  /// - Returns: the target list size (people).
  public static func targetListSize(demand: Double, meanWait: Double) -> Double {
    LittlesLaw.meanNumber(arrivalRate: demand, meanTime: meanWait)
  }

  /// The removal rate that takes a list from `listSize` to `targetSize` within `time` while
  /// `demand` keeps joining: demand + (listSize - targetSize) / time. When the list is already
  /// at or below the target it is the demand itself.
  ///
  /// - Parameters:
  ///   - demand: people joining per time unit, >= 0.
  ///   - listSize: people waiting now.
  ///   - targetSize: people waiting at the target date.
  ///   - time: time units to the target date, > 0.
  /// - Returns: removals per time unit; NaN when `time` is not positive.
  public static func reliefCapacity(demand: Double, listSize: Double, targetSize: Double, time: Double) -> Double {
    guard time > 0 else { return .nan }
    return demand + max(0, listSize - targetSize) / time
  }

  /// The removal rate that keeps the mean wait at `meanWait` (Kingman's heavy-traffic form):
  /// demand + (ca² + cs²) / 2 / meanWait.
  ///
  /// - Parameters:
  ///   - demand: people joining per time unit, >= 0.
  ///   - meanWait: the target mean wait (time units), > 0.
  ///   - arrivalVariation: coefficient of variation of the times between arrivals (1: Poisson).
  ///   - removalVariation: coefficient of variation of the times between removals (1: Poisson).
  /// - Returns: removals per time unit; NaN when `meanWait` is not positive.
  public static func targetCapacity(
    demand: Double, meanWait: Double, arrivalVariation: Double = 1, removalVariation: Double = 1
  ) -> Double {
    guard meanWait > 0 else { return .nan }
    let variability = (arrivalVariation * arrivalVariation + removalVariation * removalVariation) / 2
    return demand + variability / meanWait
  }

  /// The least number of servers of an M/M/c queue whose mean wait is at most `meanWait`
  /// (Erlang C), searching up from the fewest that keep the queue stable.
  ///
  /// - Parameters:
  ///   - arrivalRate: λ (customers per time unit), > 0.
  ///   - serviceMean: mean service time (time units), > 0.
  ///   - meanWait: the most mean wait allowed (time units), >= 0.
  ///   - maximumServers: where the search stops.
  /// - Returns: the least c, or nil when none up to `maximumServers` meets the target.
  public static func leastServers(
    arrivalRate: Double, serviceMean: Double, meanWait: Double, maximumServers: Int = 100_000
  ) -> Int? {
    guard arrivalRate > 0, serviceMean > 0, meanWait >= 0 else { return nil }
    var servers = max(1, Int((arrivalRate * serviceMean).rounded(.down)) + 1)
    while servers <= maximumServers {
      if let queue = MMc(arrivalRate: arrivalRate, serviceMean: serviceMean, servers: servers),
        queue.meanWait <= meanWait
      {
        return servers
      }
      servers += 1
    }
    return nil
  }
}
