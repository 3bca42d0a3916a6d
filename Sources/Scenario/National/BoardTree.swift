import Foundation
import Yams

/// Builds one board's scenario tree from the national scenario's shared design.
///
/// The board's tree is the shared design with the board's area, seed and referrals a year, and
/// every capacity and starting count multiplied by the board's capacity scale (docs/scenarios.md,
/// "National runs"): a service's `wte` (to 0.1 WTE, at least 0.1), `places` and `beds` (whole,
/// at least 1), `in_service.count` and `backlog.count` (whole people), a current list `file`
/// (each row, through `backlog.scale`), and `risk.background_admissions_per_year` and
/// `risk.background_cmht_per_year`. Rates, shares, durations and policies are kept. The
/// national `targets` are left out: they describe England, not the board.
public enum BoardTree {
  /// The board's tree. `shared` is the national tree without `boards`.
  public static func tree(_ shared: Node, plan: BoardPlan, nationalName: String) -> Node {
    guard case .mapping(var top) = shared else { return shared }
    top[Node("targets")] = nil
    top[Node("name")] = Node("\(nationalName)-\(plan.shortName)")
    top[Node("area")] = Node(plan.areaName)
    top[Node("seed")] = Node(String(plan.seed))
    let scale = plan.capacityScale
    if case .mapping(var referrals)? = top[Node("referrals")] {
      referrals[Node("per_year")] = Node(text(plan.referralsPerYear))
      top[Node("referrals")] = .mapping(referrals)
    }
    if case .mapping(var services)? = top[Node("services")] {
      for (key, value) in services { services[key] = scaledService(value, by: scale) }
      top[Node("services")] = .mapping(services)
    }
    if case .mapping(var risk)? = top[Node("risk")] {
      for key in ["background_admissions_per_year", "background_cmht_per_year"] {
        risk[Node(key)] = risk[Node(key)].map { scaled($0, by: scale, rounding: 1, minimum: 0) }
      }
      top[Node("risk")] = .mapping(risk)
    }
    return .mapping(top)
  }

  /// One service with its capacity and starting counts scaled.
  static func scaledService(_ service: Node, by scale: Double) -> Node {
    guard case .mapping(var keys) = service else { return service }
    keys[Node("wte")] = keys[Node("wte")].map { scaled($0, by: scale, rounding: 0.1, minimum: 0.1) }
    for key in ["places", "beds"] {
      keys[Node(key)] = keys[Node(key)].map { scaled($0, by: scale, rounding: 1, minimum: 1) }
    }
    for key in ["in_service", "backlog"] {
      guard case .mapping(var inner)? = keys[Node(key)] else { continue }
      inner[Node("count")] = inner[Node("count")].map { scaled($0, by: scale, rounding: 1, minimum: 0) }
      if inner[Node("file")] != nil {
        let existing = inner[Node("scale")].flatMap { MappingReader.number($0.string ?? "") } ?? 1
        inner[Node("scale")] = Node(text(existing * scale, rounding: 0.0001))
      }
      keys[Node(key)] = .mapping(inner)
    }
    return .mapping(keys)
  }

  /// A number scaled and rounded to a multiple of `rounding`, at least `minimum`; anything that
  /// is not a plain number (a schedule, `open`) is kept as written.
  static func scaled(_ node: Node, by scale: Double, rounding: Double, minimum: Double) -> Node {
    guard case .scalar(let scalar) = node, let value = MappingReader.number(scalar.string) else { return node }
    return Node(text(max(minimum, value * scale), rounding: rounding))
  }

  /// A number as scenario text, rounded to a multiple of `rounding`: whole numbers without a
  /// decimal point.
  static func text(_ value: Double, rounding: Double = 1) -> String {
    let rounded = (value / rounding).rounded() * rounding
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    let decimals = max(0, Int((-log10(rounding)).rounded(.up)))
    return String(format: "%.\(decimals)f", rounded)
  }
}
