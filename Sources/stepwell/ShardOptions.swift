import ArgumentParser
import Foundation
import Projection

/// The work-item options of the multi-run commands (`sweep`, `psa`, `plan`): list the items, run
/// some of them into an items folder, resume, or merge finished items into the outputs.
struct ShardOptions: ParsableArguments {
  @Flag(name: .customLong("list-items"), help: "Print the work items (ID<TAB>description), one a line; write nothing.")
  var listItems = false

  @Option(
    name: .customLong("items"), parsing: .unconditional,
    help: ArgumentHelp(
      "Run only these work items, each into its own folder of the items folder; write none of the merged files.",
      valueName: "id,..."))
  var items: String?

  @Option(
    name: .customLong("items-dir"), parsing: .unconditional,
    help: ArgumentHelp("The items folder (default: <out>.items beside the output folder).", valueName: "dir"))
  var itemsDir: String?

  @Flag(help: "Run the work items missing from the items folder, then merge them into the outputs.")
  var resume = false

  @Flag(help: "Merge the items folder into the outputs; refuse when any item is missing.")
  var merge = false

  /// The mode the options ask for.
  ///
  /// - Throws: `InputError` when more than one mode is given, or `--items` is empty.
  func mode() throws -> ShardMode {
    var modes: [(String, ShardMode)] = []
    if listItems { modes.append(("--list-items", .list)) }
    if let items {
      let ids = items.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      guard !ids.isEmpty else {
        throw InputError("--items \(items): no item ID (allowed: IDs that --list-items prints, separated by commas)")
      }
      modes.append(("--items", .items(ids)))
    }
    if resume { modes.append(("--resume", .resume)) }
    if merge { modes.append(("--merge", .merge)) }
    guard modes.count <= 1 else {
      throw InputError(
        "\(modes.map(\.0).joined(separator: " and ")): allowed: one of --list-items, --items, --resume and --merge")
    }
    if itemsDir != nil, modes.isEmpty {
      throw InputError(
        "--items-dir: not used by a plain run (allowed: with --list-items, --items, --resume or --merge)")
    }
    return modes.first?.1 ?? .whole
  }

  /// The work-item option given (for messages), e.g. `--items point-0001`.
  var modeOption: String {
    if listItems { return "--list-items" }
    if let items { return "--items \(items)" }
    if resume { return "--resume" }
    if merge { return "--merge" }
    return "--items-dir \(itemsDir ?? "")"
  }

  /// The items folder of an output folder.
  func folder(for destination: URL) -> URL {
    itemsDir.map { URL(fileURLWithPath: $0) } ?? ItemStore.defaultFolder(for: destination)
  }

  /// Carries out a non-whole `mode` for `work`: lists the items, or runs the asked ones into the
  /// items folder, or runs the missing ones (`--resume`) and reads every item back. Returns the
  /// items' results in item order when the command goes on to write its outputs, nil when it is
  /// done (`--list-items`, `--items`).
  func results<Work: ShardedWork>(
    of work: Work, fingerprint: CommandFingerprint, mode: ShardMode, destination: URL, threads: Int,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> [Work.ItemResult]? {
    guard mode != .list else {
      ShardOptions.list(work.workItems)
      return nil
    }
    let store = try ItemStore(folder: folder(for: destination), fingerprint: fingerprint.text)
    if case .items(let ids) = mode {
      let indices = try ShardRunner.indices(of: ids, in: work)
      let outcome = try ShardRunner.run(work, indices: indices, store: store, threads: threads, progress: progress)
      print(outcome.line(folder: store.folder))
      return nil
    }
    if mode == .resume {
      let outcome = try ShardRunner.run(
        work, indices: Array(work.workItems.indices), store: store, threads: threads, progress: progress)
      print(outcome.line(folder: store.folder))
    }
    return try ShardRunner.results(work, store: store)
  }

  /// Prints the items, one a line.
  static func list(_ items: [WorkItem]) {
    for item in items { print(item.line) }
  }
}
