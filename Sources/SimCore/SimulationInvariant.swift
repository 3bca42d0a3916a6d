/// Invariant checks that cost nothing unless the build defines `STEPWELL_INVARIANTS`
/// (the package defines it for debug builds, so `swift test` checks them).
public enum SimulationInvariant {
  /// Stops the program with `message` if `condition` is false and invariants are enabled.
  @inlinable @inline(__always)
  public static func check(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String
  ) {
    #if STEPWELL_INVARIANTS
      precondition(condition(), "invariant violated: \(message())")
    #endif
  }

  /// True when this build checks invariants.
  public static var isEnabled: Bool {
    #if STEPWELL_INVARIANTS
      return true
    #else
      return false
    #endif
  }
}
