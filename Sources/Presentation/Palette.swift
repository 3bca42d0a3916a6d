/// Colours the charts share (CSS hex).
public enum Palette {
  /// The main data colour (NHS blue).
  public static let primary = "#005EB8"
  /// The colour that stands out against `primary` (NHS red): out-of-area bed days, markers.
  public static let alert = "#DA291C"
  /// The report's fill for anything without a colour of its own (NHS mid grey).
  public static let neutral = "#768692"

  /// Colours for lines told apart by colour alone: Okabe-Ito (colour-blind safe), then greys and
  /// two more. Charts with more lines than colours start again with dashes.
  public static let lines = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255", "#44AA99",
    "#999999",
  ]
}
