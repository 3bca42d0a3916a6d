/// A multi-run command as a list of independent work items: it can list them, run one to a
/// result that is written to its item folder, and (in the command's own code) merge the results,
/// in item order, into the files a single-process run writes.
///
/// An item's result must depend only on its identity and the command (its seeds come from the
/// master seed and the item, never from the order or the thread that ran it), so items run in
/// any order, on any machine, give the same merged files.
public protocol ShardedWork: Sendable {
  /// What one item produces, at full precision.
  associatedtype ItemResult: Codable & Sendable

  /// Every item, in merge order.
  var workItems: [WorkItem] { get }

  /// True when several items should run at once (each item runs on one thread); false when
  /// each item already uses every thread for its replications.
  var runsItemsInParallel: Bool { get }

  /// Runs item `index` (in `workItems`).
  func runItem(_ index: Int) throws -> ItemResult
}
