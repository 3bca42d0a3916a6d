import Foundation

/// Runs a command's work items into an items folder and reads them back for merging.
public enum ShardRunner {
  /// What a run of items did.
  public struct Outcome: Sendable, Equatable {
    /// Items run by this process.
    public let ran: Int
    /// Items already in the items folder (with this command's fingerprint), not run again.
    public let present: Int

    /// One line for the screen: `Ran 2 items into DIR/ (7 already there).`
    public func line(folder: URL) -> String {
      let items = ran == 1 ? "1 item" : "\(ran) items"
      return "Ran \(items) into \(folder.path)/ (\(present) already there)."
    }
  }

  /// The indices of `ids` in `work`'s items, in item order, without repeats.
  ///
  /// - Throws: `ShardError.unknownItems` naming the IDs the command does not have.
  public static func indices(of ids: [String], in work: some ShardedWork) throws -> [Int] {
    let items = work.workItems
    let unknown = ids.filter { id in !items.contains { $0.id == id } }
    guard unknown.isEmpty else { throw ShardError.unknownItems(ids: unknown, example: items.first?.id) }
    let wanted = Set(ids)
    return items.indices.filter { wanted.contains(items[$0].id) }
  }

  /// Runs the items at `indices` that are not yet in `store`, writing each to its folder.
  ///
  /// - Parameters:
  ///   - threads: the most items run at once when `work.runsItemsInParallel`.
  ///   - progress: called with (items finished, items to run) after each item this process runs.
  public static func run<Work: ShardedWork>(
    _ work: Work, indices: [Int], store: ItemStore, threads: Int,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> Outcome {
    let items = work.workItems
    let pending = try indices.filter { try !store.contains(items[$0].id) }
    let present = indices.count - pending.count
    let total = pending.count
    if work.runsItemsInParallel {
      let results = ReplicationRunner.run(0..<total, threads: threads, progress: { progress?($0, total) }) {
        position -> Result<Bool, any Error> in
        let index = pending[position]
        return Result { try store.save(work.runItem(index), id: items[index].id) }
      }
      for result in results { _ = try result.get() }
    } else {
      for (position, index) in pending.enumerated() {
        try store.save(work.runItem(index), id: items[index].id)
        progress?(position + 1, total)
      }
    }
    return Outcome(ran: total, present: present)
  }

  /// Every item's result, in item order.
  ///
  /// - Throws: `ShardError.missingItems` naming every item not in `store`.
  public static func results<Work: ShardedWork>(_ work: Work, store: ItemStore) throws -> [Work.ItemResult] {
    let items = work.workItems
    let missing = try store.missing(items.map(\.id))
    guard missing.isEmpty else { throw ShardError.missingItems(ids: missing, folder: store.folder.path) }
    return try items.map { item in
      guard let result = try store.result(Work.ItemResult.self, id: item.id) else {
        throw ShardError.missingItems(ids: [item.id], folder: store.folder.path)
      }
      return result
    }
  }
}
