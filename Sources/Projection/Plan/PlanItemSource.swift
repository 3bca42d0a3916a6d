/// The items folder a plan's evaluations come from: each evaluation (a point of the grid with a
/// number of replications) is one work item, read back when present and, when allowed, run and
/// written when missing.
public final class PlanItemSource {
  /// Thrown when the search needs an evaluation that is not in the items folder and may not
  /// run it (`--merge`, `--list-items`): the next round of the search.
  public struct Pending: Error {
    /// The evaluation the search needs next.
    public let item: WorkItem
  }

  /// The items folder.
  public let store: ItemStore
  /// True when missing evaluations are run (`--resume`); false when they stop the search.
  public let runsMissing: Bool
  /// Evaluations run by this process.
  public internal(set) var ran = 0
  /// Evaluations read back from the items folder.
  public internal(set) var present = 0

  public init(store: ItemStore, runsMissing: Bool) {
    self.store = store
    self.runsMissing = runsMissing
  }

  /// What this process did, for the screen.
  public var outcome: ShardRunner.Outcome { ShardRunner.Outcome(ran: ran, present: present) }
}
