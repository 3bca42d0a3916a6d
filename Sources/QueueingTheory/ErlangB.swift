/// Erlang loss (B) and delay (C) formulas for `c` parallel servers offered `a` erlangs.
///
/// The offered load `a = λ / μ = λ × E[S]` is dimensionless (erlangs): the mean number of
/// servers that would be busy if there were infinitely many.
///
/// Sources: A. K. Erlang (1917); the recursion is the standard numerically stable form
/// (e.g. Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, 4th ed.,
/// §2.5) and avoids the factorials and powers of the textbook closed form.
public enum Erlang {
  /// Erlang B: blocking probability of an M/M/c/c loss system (also valid for M/G/c/c).
  ///
  /// Computed by the recursion `B(0) = 1`, `B(k) = a B(k-1) / (k + a B(k-1))`, which is
  /// stable for thousands of servers. Cost is O(`servers`).
  ///
  /// - Parameters:
  ///   - servers: number of servers `c`, `c >= 0`.
  ///   - offeredLoad: offered load `a` in erlangs, finite and `>= 0`.
  /// - Returns: the probability (dimensionless, in `[0, 1]`) that an arrival finds all
  ///   `c` servers busy and is lost.
  /// - Precondition: `servers >= 0`; `offeredLoad` finite and non-negative.
  public static func b(servers c: Int, offeredLoad a: Double) -> Double {
    precondition(c >= 0, "Erlang.b: servers must be >= 0")
    precondition(a.isFinite && a >= 0, "Erlang.b: offeredLoad must be finite and >= 0")
    var blocking = 1.0
    var k = 1
    while k <= c {
      let numerator = a * blocking
      blocking = numerator / (Double(k) + numerator)
      k += 1
    }
    return blocking
  }

  /// Erlang C: probability that an arrival to an M/M/c queue must wait.
  ///
  /// Computed from Erlang B as `C = c B / (c - a (1 - B))`, valid for `a < c`
  /// (Gross et al., §2.3). When `a >= c` the queue is unstable and every arrival
  /// eventually waits, so the function returns `1`.
  ///
  /// - Parameters:
  ///   - servers: number of servers `c`, `c >= 1`.
  ///   - offeredLoad: offered load `a = λ / μ` in erlangs, finite and `>= 0`.
  /// - Returns: the probability (dimensionless, in `[0, 1]`) of waiting.
  /// - Precondition: `servers >= 1`; `offeredLoad` finite and non-negative.
  public static func c(servers c: Int, offeredLoad a: Double) -> Double {
    precondition(c >= 1, "Erlang.c: servers must be >= 1")
    precondition(a.isFinite && a >= 0, "Erlang.c: offeredLoad must be finite and >= 0")
    let servers = Double(c)
    if a >= servers { return 1 }
    let blocking = b(servers: c, offeredLoad: a)
    return servers * blocking / (servers - a * (1 - blocking))
  }
}
