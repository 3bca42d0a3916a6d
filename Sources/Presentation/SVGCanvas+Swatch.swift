extension SVGCanvas {
  /// What a legend key looks like: a filled square of a colour (CSS), or a short line, band or
  /// dot drawn with a class name.
  public enum Swatch {
    case fill(String)
    case line(String)
    case band(String)
    case dot(String)
  }
}
