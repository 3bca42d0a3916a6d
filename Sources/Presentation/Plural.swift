/// Counts with their noun in the right number: "1 replication", "20 replications".
public enum Plural {
  /// `count` and `noun`, the noun made plural (`plural`, default `noun` + "s") unless the count
  /// is exactly 1.
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(word(count, noun, plural: plural))"
  }

  /// `noun` in the number `count` calls for, without the count.
  public static func word(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    count == 1 ? noun : (plural ?? noun + "s")
  }
}
