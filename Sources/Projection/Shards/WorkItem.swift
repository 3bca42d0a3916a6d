/// One independent piece of a multi-run command (a sweep point with its replications, a PSA
/// draw, a plan evaluation): what `--list-items` prints and `--items` runs.
///
/// The ID comes from the item's identity (its point, draw or key values), never from the order
/// in which items are scheduled or the machine that runs them, and names the item's folder.
public struct WorkItem: Sendable, Equatable {
  /// The stable, readable ID, e.g. `point-0003` or `draw-0017`; a valid folder name without commas.
  public let id: String
  /// What the item runs, in words, e.g. `services.talking.wte=12 (10 replications)`.
  public let description: String

  public init(id: String, description: String) {
    self.id = id
    self.description = description
  }

  /// The `--list-items` line: `ID<TAB>description`.
  public var line: String { "\(id)\t\(description)" }

  /// A sequence number as a four-digit (or longer) ID part: 1 becomes `0001`.
  public static func number(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
