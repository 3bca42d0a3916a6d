import SimCore
import Testing

@Suite("A saturated deterministic queue, by hand")
struct SaturatedQueueTests {
  /// Arrivals every 1.0, service 1.5, four customers: each waits 0.5 longer than the one before.
  @Test("waits, completions, clock and event count match a hand computation")
  func saturatedDeterministicQueue() {
    var simulation = DeterministicQueue.start()
    var model = DeterministicQueue(interarrival: 1.0, service: 1.5, customers: 4)
    simulation.run(&model, until: 10)
    #expect(model.waits == [0, 0.5, 1.0, 1.5])
    #expect(model.completions == [1.5, 3.0, 4.5, 6.0])
    #expect(simulation.now == 10)
    #expect(simulation.eventsHandled == 8)
    #expect(simulation.pendingCount == 0)
  }
}
