import Foundation

extension PlanSetup {
  /// The work item of the evaluation at grid `indices` with `replications` replications: its ID
  /// is each varied key's value and the replications, e.g. `services.talking.wte=12-r10` or
  /// `services.a.wte=8+services.b.wte=3.5-r20`.
  static func item(axes: [PlanAxis], indices: [Int], replications: Int) -> WorkItem {
    let values = zip(axes, indices).map { "\($0.key)=\($0.text($1))" }
    return WorkItem(
      id: values.joined(separator: "+") + "-r\(replications)",
      description: values.joined(separator: ", ") + " (\(replications) replications)")
  }

  /// The grid indices and replications an item ID names, or nil when it names none of this plan's
  /// evaluations.
  func evaluation(_ id: String) -> (indices: [Int], replications: Int)? {
    guard let cut = id.range(of: "-r", options: .backwards), let replications = Int(id[cut.upperBound...]),
      (1...maximumReplications).contains(replications)
    else { return nil }
    let parts = id[..<cut.lowerBound].split(separator: "+", omittingEmptySubsequences: false)
    guard parts.count == axes.count else { return nil }
    var indices: [Int] = []
    for (axis, part) in zip(axes, parts) {
      guard part.hasPrefix("\(axis.key)="),
        let index = (0..<axis.count).first(where: { axis.text($0) == part.dropFirst(axis.key.count + 1) })
      else { return nil }
      indices.append(index)
    }
    return (indices, replications)
  }

  /// The fingerprint: the effective scenario, the varied keys, the targets, the window and the run
  /// options (not `--max-replications`, which changes which evaluations run, not their results).
  public func fingerprint(request: PlanRequest, options: RunOptions) -> CommandFingerprint {
    var settings = axes.map { "vary \($0.argument)" } + targets.map { "target \($0.argument)" }
    settings += ["by=\(request.by ?? "none")", "from=\(request.from ?? "none")", "recruited=\(request.recruited)"]
    return CommandFingerprint(
      command: "plan", options: settings + CommandFingerprint.options(options), scenarios: [loaded.effectiveYAML])
  }

  /// Reads evaluations from `source` (and, when it allows, runs and writes missing ones).
  public func use(_ source: PlanItemSource) { evaluator.items = source }

  /// Runs the evaluations `ids` names into the items folder (skipping those present).
  ///
  /// - Throws: `ShardError.unknownItems` for an ID that is not an evaluation of this plan, or
  ///   `.refusedItem` for values the scenario refuses.
  public func runItems(_ ids: [String], store: ItemStore) throws -> ShardRunner.Outcome {
    let unknown = ids.filter { evaluation($0) == nil }
    let example = PlanSetup.item(
      axes: axes, indices: axes.map(\.currentIndex), replications: replications
    ).id
    guard unknown.isEmpty else { throw ShardError.unknownItems(ids: unknown, example: example) }
    let source = PlanItemSource(store: store, runsMissing: true)
    use(source)
    var seen = Set<String>()
    for id in ids where seen.insert(id).inserted {
      guard let found = evaluation(id) else { continue }
      guard try evaluator.evaluate(found.indices, replications: found.replications) != nil else {
        let text = zip(axes, found.indices).map { $0.text($1) }.joined(separator: ",")
        throw ShardError.refusedItem(id: id, reason: evaluator.refusals[text] ?? "refused")
      }
    }
    return source.outcome
  }

  /// The evaluations the search needs next, given the items folder: one round of the search
  /// (empty when the search can finish from the items present).
  public func nextItems(store: ItemStore) throws -> [WorkItem] {
    use(PlanItemSource(store: store, runsMissing: false))
    do {
      _ = try PlanRun(setup: self)
      return []
    } catch let pending as PlanItemSource.Pending {
      return [pending.item]
    }
  }
}

extension PlanSetup {
  /// The items folder the evaluations come from, when one is used.
  public var items: PlanItemSource? { evaluator.items }
}
