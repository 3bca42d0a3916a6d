import SimCore
import Testing

/// Records every event it handles, with the clock at that moment.
private struct Recorder: EventHandler {
  struct Event {
    let id: Int
    let time: Double
    let priority: UInt16
  }

  var handled: [Event] = []
  var clock: [Double] = []

  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    handled.append(event)
    clock.append(simulation.now)
  }
}

/// Schedules pseudo-random follow-ups (including zero delays) and records the clock.
private struct Chain: EventHandler {
  struct Event {
    let due: Double
  }

  var rng: SplitMix64
  var clock: [Double] = []
  var late = 0
  var budget: Int

  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    if simulation.now != event.due { late += 1 }
    clock.append(simulation.now)
    guard budget > 0 else { return }
    for _ in 0..<rng.below(3) {
      budget -= 1
      let delay = rng.below(4) == 0 ? 0 : Double(rng.below(16)) * 0.125
      let priority = UInt16(rng.below(3))
      simulation.schedule(
        Event(due: simulation.now + delay), after: delay, priority: priority)
    }
  }
}

/// A single-server FIFO queue with deterministic arrivals and service (D/D/1), built from
/// SimCore's `WaitingList` and `ServerPool`.
struct DeterministicQueue: EventHandler {
  enum Event {
    case arrival(Int)
    case departure(Int)
  }

  let interarrival: Double
  let service: Double
  let customers: Int
  var waiting = WaitingList<Int>()
  var server = ServerPool(capacity: 1)
  var arrivals: [Double]
  var waits: [Double]
  var completions: [Double]

  init(interarrival: Double, service: Double, customers: Int) {
    self.interarrival = interarrival
    self.service = service
    self.customers = customers
    arrivals = Array(repeating: .nan, count: customers)
    waits = Array(repeating: .nan, count: customers)
    completions = Array(repeating: .nan, count: customers)
  }

  /// A simulation with the first arrival at time 0.
  static func start() -> Simulation<Event> {
    var simulation = Simulation<Event>(expectedPendingEvents: 4)
    simulation.schedule(.arrival(0), at: 0, priority: 1)
    return simulation
  }

  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    let now = simulation.now
    switch event {
    case .arrival(let id):
      arrivals[id] = now
      if id + 1 < customers {
        // Departures (priority 0) run before arrivals (priority 1) at equal times.
        simulation.schedule(.arrival(id + 1), after: interarrival, priority: 1)
      }
      if server.hasIdleServer {
        begin(id, in: &simulation)
      } else {
        waiting.append(id)
      }
    case .departure(let id):
      completions[id] = now
      server.release(at: now)
      if let next = waiting.popFirst() { begin(next, in: &simulation) }
    }
  }

  private mutating func begin(_ id: Int, in simulation: inout Simulation<Event>) {
    waits[id] = simulation.now - arrivals[id]
    server.seize(at: simulation.now)
    simulation.schedule(.departure(id), after: service, priority: 0)
  }
}

@Suite("Simulation: the engine")
struct SimulationTests {
  @Test("A new simulation stands at 0 with nothing pending")
  func fresh() {
    var simulation = Simulation<Recorder.Event>()
    var model = Recorder()
    #expect(simulation.now == 0)
    #expect(simulation.pendingCount == 0)
    simulation.run(&model, until: 3)
    #expect(simulation.now == 3)
    #expect(simulation.eventsHandled == 0)
    #expect(model.handled.isEmpty)
  }

  @Test("run(until:) stops at the horizon, handles events at it, leaves later ones pending")
  func horizon() {
    var simulation = Simulation<Recorder.Event>(expectedPendingEvents: 2)
    for id in 1...10 {
      let time = Double(id)
      simulation.schedule(.init(id: id, time: time, priority: 0), at: time)
    }
    var model = Recorder()
    simulation.run(&model, until: 5.5)
    #expect(simulation.now == 5.5)
    #expect(simulation.eventsHandled == 5)
    #expect(simulation.pendingCount == 5)
    #expect(model.handled.map(\.id) == [1, 2, 3, 4, 5])
    #expect(model.clock == [1, 2, 3, 4, 5])

    // An event exactly at the horizon runs.
    simulation.run(&model, until: 6)
    #expect(simulation.now == 6)
    #expect(model.handled.map(\.id).last == 6)
    #expect(simulation.pendingCount == 4)

    // A shorter horizon than the clock handles nothing and leaves the clock alone.
    simulation.run(&model, until: 2)
    #expect(simulation.now == 6)
    #expect(simulation.eventsHandled == 6)

    // `after:` counts from the clock, which the horizon moved.
    simulation.schedule(.init(id: 99, time: 6.25, priority: 0), after: 0.25)
    simulation.run(&model, until: 100)
    #expect(model.handled.map(\.id) == [1, 2, 3, 4, 5, 6, 99, 7, 8, 9, 10])
    #expect(model.clock == [1, 2, 3, 4, 5, 6, 6.25, 7, 8, 9, 10])
    #expect(simulation.now == 100)
    #expect(simulation.pendingCount == 0)
    #expect(simulation.eventsHandled == 11)
  }

  @Test("Events run in (time, priority, insertion) order", arguments: Seed.all)
  func globalOrder(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    var simulation = Simulation<Recorder.Event>(expectedPendingEvents: 16)
    var scheduled: [Recorder.Event] = []
    for id in 0..<3_000 {
      let event = Recorder.Event(
        id: id, time: Double(rng.below(64)) * 0.5, priority: UInt16(rng.below(5)))
      scheduled.append(event)
      simulation.schedule(event, at: event.time, priority: event.priority)
    }
    #expect(simulation.pendingCount == 3_000)
    let expected = scheduled.sorted {
      ($0.time, $0.priority, $0.id) < ($1.time, $1.priority, $1.id)
    }
    var model = Recorder()
    simulation.run(&model, until: .infinity)
    #expect(model.handled.map(\.id) == expected.map(\.id))
    #expect(model.clock == expected.map(\.time))
    #expect(simulation.eventsHandled == 3_000)
  }

  @Test("Priorities order events at equal times; the top priority value still works")
  func priorities() {
    var simulation = Simulation<Recorder.Event>()
    let plan: [(id: Int, priority: UInt16)] = [
      (0, 2), (1, .max), (2, 0), (3, 2), (4, 1), (5, 0), (6, .max),
    ]
    for (id, priority) in plan {
      simulation.schedule(.init(id: id, time: 1, priority: priority), at: 1, priority: priority)
    }
    var model = Recorder()
    simulation.run(&model, until: 1)
    #expect(model.handled.map(\.id) == [2, 5, 4, 0, 3, 1, 6])
  }

  @Test("The clock never decreases and every event runs at its time", arguments: Seed.all)
  func clockMonotone(seed: Seed) {
    var simulation = Simulation<Chain.Event>(expectedPendingEvents: 16)
    for index in 0..<20 {
      simulation.schedule(.init(due: Double(index)), at: Double(index), priority: 1)
    }
    var model = Chain(rng: SplitMix64(seed: seed.value), budget: 4_000)
    simulation.run(&model, until: 50)
    #expect(model.late == 0)
    #expect(zip(model.clock, model.clock.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(model.clock.allSatisfy { $0 <= 50 })
    #expect(simulation.now == 50)
    #expect(simulation.eventsHandled == model.clock.count)
    // With no follow-ups left to make, the rest of the run handles exactly what is pending.
    model.budget = 0
    let handled = simulation.eventsHandled
    let pending = simulation.pendingCount
    simulation.run(&model, until: .infinity)
    #expect(simulation.eventsHandled == handled + pending)
    #expect(simulation.pendingCount == 0)
    #expect(zip(model.clock, model.clock.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test("Pending class payloads are released with the simulation")
  func pendingPayloadsReleased() {
    struct Sink: EventHandler {
      var seen = 0
      mutating func handle(_ event: Tracked, in simulation: inout Simulation<Tracked>) {
        seen += 1
      }
    }
    let counter = Tracked.Counter()
    func runAndDrop() -> Int {
      var simulation = Simulation<Tracked>(expectedPendingEvents: 16)
      for id in 0..<100 {
        simulation.schedule(Tracked(id, counter: counter), at: Double(id))
      }
      var sink = Sink()
      simulation.run(&sink, until: 39.5)
      #expect(counter.live == 60)
      return sink.seen
    }
    #expect(runAndDrop() == 40)
    #expect(counter.created == 100)
    #expect(counter.destroyed == 100)
  }

  @Test("D/D/1 below saturation: arrivals every 2.0, service 1.5, nobody waits")
  func deterministicQueueStable() {
    var simulation = DeterministicQueue.start()
    var model = DeterministicQueue(interarrival: 2.0, service: 1.5, customers: 6)
    simulation.run(&model, until: 12)
    #expect(model.arrivals == [0, 2, 4, 6, 8, 10])
    #expect(model.waits == [0, 0, 0, 0, 0, 0])
    #expect(model.completions == [1.5, 3.5, 5.5, 7.5, 9.5, 11.5])
    // Busy 6 x 1.5 = 9 of 12 time units.
    #expect(model.server.utilisation(at: 12) == 0.75)
    #expect(model.server.busy == 0)
    #expect(simulation.eventsHandled == 12)
    #expect(simulation.pendingCount == 0)
    #expect(simulation.now == 12)
  }

  @Test("D/D/1 saturated: arrivals every 1.0, service 1.5, waits grow by 0.5")
  func deterministicQueueSaturated() {
    var simulation = DeterministicQueue.start()
    var model = DeterministicQueue(interarrival: 1.0, service: 1.5, customers: 6)
    // Stop mid-way: customer 3 is in service (4.5...6.0) and 4, 5 wait at t = 5.25.
    simulation.run(&model, until: 5.25)
    #expect(model.completions[0..<3] == [1.5, 3.0, 4.5])
    #expect(model.waiting.count == 2)
    #expect(model.server.busy == 1)
    #expect(simulation.pendingCount == 1)
    simulation.run(&model, until: 20)
    #expect(model.arrivals == [0, 1, 2, 3, 4, 5])
    #expect(model.waits == [0, 0.5, 1.0, 1.5, 2.0, 2.5])
    #expect(model.completions == [1.5, 3.0, 4.5, 6.0, 7.5, 9.0])
    // Busy without a break from 0 to 9, idle from 9 to 20... measured at 9 it is 1.
    #expect(model.server.utilisation(at: 9) == 1.0)
    #expect(model.server.busyLevel.maximum == 1)
    #expect(model.waiting.isEmpty)
    #expect(simulation.eventsHandled == 12)
  }
}
