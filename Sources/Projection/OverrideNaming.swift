import Foundation

/// How a run made with `--set` overrides is named: its default output folder, its title and the
/// fields of `summary.json` and `manifest.json` that list the overrides.
///
/// A run of the scenario as written keeps its name everywhere (`Output/sandwell-hub/`); a
/// what-if gets a folder of its own, `Output/sandwell-hub--services.step3.wte=22/`, so it never
/// replaces the baseline's outputs.
public enum OverrideNaming {
  /// The longest override part of a folder name; longer lists are cut and given a hash.
  static let longestSlug = 100

  /// `<name>` with no overrides, else `<name>--<override>--<override>...`: each override as
  /// typed, with characters other than letters, digits and `._=+-,` replaced by `_`. When that
  /// is longer than 100 characters it is cut to 91 and ends `-` and 8 hex digits of a hash of the
  /// whole list, so different lists keep different folders.
  public static func folderName(_ name: String, overrides: [String]) -> String {
    guard !overrides.isEmpty else { return name }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._=+-,")
    let slug = String(overrides.joined(separator: "--").map { allowed.contains($0) ? $0 : "_" })
    guard slug.count > longestSlug else { return "\(name)--\(slug)" }
    let hash = String(format: "%08x", fnv1a(overrides.joined(separator: "\n")))
    return "\(name)--\(slug.prefix(longestSlug - 9))-\(hash)"
  }

  /// `<name>` with no overrides, else `<name> with --set A, --set B`.
  public static func title(_ name: String, overrides: [String]) -> String {
    overrides.isEmpty ? name : "\(name) \(phrase(overrides))"
  }

  /// `with --set A, --set B`.
  public static func phrase(_ overrides: [String]) -> String {
    "with " + overrides.map { "--set \($0)" }.joined(separator: ", ")
  }

  /// `("overrides", [...])` when there are overrides, else nothing (so a run of the scenario as
  /// written keeps its files unchanged).
  static func jsonFields(_ overrides: [String]) -> [(String, JSONValue)] {
    overrides.isEmpty ? [] : [("overrides", .array(overrides.map { .string($0) }))]
  }

  /// 32-bit FNV-1a of the text's UTF-8 bytes.
  static func fnv1a(_ text: String) -> UInt32 {
    text.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
  }
}
