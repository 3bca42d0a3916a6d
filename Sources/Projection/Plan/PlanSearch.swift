/// The search for the least value of one key on its grid at which every target holds in at
/// least `confidence` of replications, assuming more of the key never makes a target harder.
///
/// It brackets from a starting index (down in doubling steps while the targets hold, up in
/// doubling steps while they do not), bisects the bracket, then doubles the replications at the
/// two points either side of the boundary until each verdict's exact 95% interval clears the
/// confidence level or the replications reach their limit, bracketing again if a verdict turns.
/// Every replication count uses the same seeds (common random numbers), so the first n
/// replications of a longer evaluation repeat a shorter one.
public struct PlanSearch {
  /// The share of replications that must meet every target.
  public let confidence: Double
  /// Replications at a first evaluation.
  public let replications: Int
  /// The most replications one point may get.
  public let maximumReplications: Int
  /// Points on the grid.
  public let count: Int
  /// Runs the grid index with n replications; nil when the scenario refuses that value.
  let evaluate: (Int, Int) throws -> PlanPoint?

  /// The best evaluation of each index so far (the most replications).
  public private(set) var evaluated: [Int: PlanPoint] = [:]
  /// Indices the scenario refused.
  public private(set) var refused: Set<Int> = []

  /// The most bracketing rounds after a verdict turns.
  static let maximumRounds = 8

  public init(
    count: Int, confidence: Double, replications: Int, maximumReplications: Int,
    evaluate: @escaping (Int, Int) throws -> PlanPoint?
  ) {
    self.count = count
    self.confidence = confidence
    self.replications = replications
    self.maximumReplications = max(replications, maximumReplications)
    self.evaluate = evaluate
  }

  /// What the search found.
  public struct Outcome: Sendable {
    /// The least index that meets the targets, nil when none on the grid does.
    public let answer: Int?
    /// The index just below it that does not, nil when the answer is the lowest allowed value.
    public let below: Int?
    /// The highest index tried that does not meet the targets, when there is no answer.
    public let highestTried: Int?
  }

  /// Searches from `start` (usually the scenario's own value).
  public mutating func run(from start: Int) throws -> Outcome {
    var hint = min(max(0, start), count - 1)
    var bracket = try self.bracket(from: hint)
    for _ in 0..<PlanSearch.maximumRounds {
      guard let pass = bracket.pass else { break }
      var refined = false
      for index in [pass, bracket.fail].compactMap({ $0 }) where try refine(index) { refined = true }
      guard refined else { break }
      hint = pass
      bracket = try self.bracket(from: hint)
    }
    return Outcome(
      answer: bracket.pass, below: bracket.fail,
      highestTried: bracket.pass == nil ? evaluated.keys.max() : nil)
  }

  /// The verdict at an index with what is known; evaluates it once if new. nil: refused.
  mutating func passes(_ index: Int) throws -> Bool? {
    if refused.contains(index) { return nil }
    if let point = evaluated[index] { return point.meets(confidence) }
    guard let point = try evaluate(index, replications) else {
      refused.insert(index)
      return nil
    }
    evaluated[index] = point
    return point.meets(confidence)
  }

  /// Doubles the replications at an unclear verdict; true when it ran more.
  mutating func refine(_ index: Int) throws -> Bool {
    guard let point = evaluated[index], !point.isClear(confidence), point.replications < maximumReplications else {
      return false
    }
    let more = min(maximumReplications, point.replications * 2)
    guard let better = try evaluate(index, more) else { return false }
    evaluated[index] = better
    return true
  }

  /// The least passing index and the failing (or refused) one below it, found from `start`.
  mutating func bracket(from start: Int) throws -> (pass: Int?, fail: Int?) {
    var pass: Int?
    var fail: Int?
    if try passes(start) == true {
      pass = start
      var gap = 1
      while let top = pass, top > 0 {
        let probe = max(0, top - gap)
        if try passes(probe) == true {
          pass = probe
          gap *= 2
        } else {
          fail = probe
          break
        }
      }
    } else {
      fail = start
      var gap = 1
      while let bottom = fail, bottom < count - 1 {
        let probe = min(count - 1, bottom + gap)
        switch try passes(probe) {
        case true?: pass = probe
        case false?: fail = probe
        case nil: return (nil, fail)
        }
        if pass != nil { break }
        gap *= 2
      }
      guard pass != nil else { return (nil, fail) }
    }
    while let top = pass, let bottom = fail, top - bottom > 1 {
      let middle = (top + bottom) / 2
      if try passes(middle) == true { pass = middle } else { fail = middle }
    }
    return (pass, fail)
  }
}
