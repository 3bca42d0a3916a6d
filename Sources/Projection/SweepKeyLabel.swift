/// The words and unit for a swept scenario key on a chart's axis, with the key itself kept so the
/// reader can type it again: `step3 staff (WTE): services.step3.wte`.
///
/// Keys are scenario values, not metrics, so they have no catalogue entry; the words come from
/// the key's last part (what it sets) and the part before it (whose it is). A key whose last part
/// is not known here is shown as typed.
public enum SweepKeyLabel {
  /// The axis label for `key` in a scenario whose time unit is `timeUnit` (e.g. `days`).
  public static func text(_ key: String, timeUnit: String) -> String {
    let parts = key.split(separator: ".").map(String.init)
    guard let last = parts.last else { return key }
    let owner = parts.count >= 3 ? parts[parts.count - 2] : nil
    let words: String?
    switch last {
    case "wte": words = "\(owner.map { "\($0) " } ?? "")staff (WTE)"
    case "servers": words = "\(owner.map { "\($0) " } ?? "")servers (people serving at once)"
    case "places", "beds": words = "\(owner.map { "\($0) " } ?? "")places (people at once)"
    case "per_year": words = "\(parts.first ?? "") a year (people a year)"
    case "mean", "median":
      let whose = parts.count >= 3 ? parts.dropFirst().dropLast() : parts.dropLast()
      words = "\(whose.joined(separator: " ").replacingOccurrences(of: "_", with: " ")) \(last) (\(timeUnit))"
    default:
      if last.hasSuffix("_share") || last.hasSuffix("_rate") || last == "share" || last == "rate" {
        words = "\(last.replacingOccurrences(of: "_", with: " ")) (share, 0 to 1)"
      } else if last.hasSuffix("_days") {
        words = "\(last.replacingOccurrences(of: "_", with: " ")) (days)"
      } else {
        words = nil
      }
    }
    return words.map { "\($0): \(key)" } ?? key
  }
}
