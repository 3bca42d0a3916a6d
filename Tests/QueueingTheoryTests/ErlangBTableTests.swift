import QueueingTheory
import Testing

@Suite("Erlang B against a published table")
struct ErlangBTableTests {
  /// Erlang B table: 10 servers, 5 erlangs -> 0.018385 (to 6 decimals).
  @Test("10 servers offered 5 erlangs block 0.018385 of arrivals")
  func tableValue() {
    #expect(abs(Erlang.b(servers: 10, offeredLoad: 5) - 0.018385) <= 5e-7)
  }
}
