/// Calendar lengths in days, the one time unit of care runs and populations.
public enum DayCount {
  /// Days in a year (and in a projection year): 365.25.
  public static let perYear = 365.25
  /// Days in an average month: a twelfth of a year.
  public static let perMonth = perYear / 12
  /// Days in a week.
  public static let perWeek = 7.0
}
