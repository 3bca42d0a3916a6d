/// Simulated time: a `Double` in the scenario's unit (days in care scenarios; an abstract
/// `time_unit` in network scenarios). Time starts at 0 and never goes backwards.
public typealias SimTime = Double
