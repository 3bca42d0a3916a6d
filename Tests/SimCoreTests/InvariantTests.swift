import SimCore
import Testing

/// The invariant checks stop the program in builds that enable them (debug builds of the package).
@Suite("SimulationInvariant: checks that stop the program")
struct InvariantTests {
  @Test("Invariant checks are on exactly in debug builds")
  func flag() {
    #if DEBUG
      #expect(SimulationInvariant.isEnabled)
    #else
      #expect(!SimulationInvariant.isEnabled)
    #endif
    // A passing check is always silent.
    SimulationInvariant.check(true, "never shown")
  }

  @Test(
    "Scheduling in the past stops the program",
    .enabled(if: SimulationInvariant.isEnabled, "invariants are off in this build"))
  func scheduleInThePast() async {
    await #expect(processExitsWith: .failure) {
      struct Idle: EventHandler {
        mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {}
      }
      var simulation = Simulation<Int>()
      var idle = Idle()
      simulation.run(&idle, until: 10)
      simulation.schedule(1, at: 5)
    }
  }

  @Test(
    "Releasing an idle server stops the program",
    .enabled(if: SimulationInvariant.isEnabled, "invariants are off in this build"))
  func releaseIdleServer() async {
    await #expect(processExitsWith: .failure) {
      var pool = ServerPool(capacity: 1)
      pool.release(at: 1)
    }
  }
}
