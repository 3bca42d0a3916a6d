/// The name of a time series (`timeseries.csv`, column `series`).
public struct SeriesKey: Hashable, Sendable, CustomStringConvertible {
  /// The name as written in `timeseries.csv`.
  public let name: String

  /// A key for the given name.
  public init(_ name: String) { self.name = name }

  public var description: String { name }

  /// A care service's weekly mean number waiting: `service.<id>.waiting_list` (people).
  public static func waitingList(service id: String) -> SeriesKey { SeriesKey("service.\(id).waiting_list") }

  /// A network node's mean number waiting per bin: `node.<name>.queue_length` (customers).
  public static func queueLength(node name: String) -> SeriesKey { SeriesKey("node.\(name).queue_length") }

  /// The service id of a `service.<id>.waiting_list` series, else nil.
  public var waitingListService: String? {
    let prefix = "service."
    let suffix = ".waiting_list"
    guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return nil }
    return String(name.dropFirst(prefix.count).dropLast(suffix.count))
  }
}
