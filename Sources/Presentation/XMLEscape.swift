/// Text made safe inside XML or XHTML. The toolkit's two rules, kept apart because each output
/// must stay byte-identical:
///
/// - `minimal(_:)`: only `&`, `<`, `>` and `"`; everything else passes through (`sweep.svg`).
/// - `strict(_:)`: also `'`, and drops what XML 1.0 does not allow (the report, through `Markup`).
public enum XMLEscape {
  /// `&`, `<`, `>` and `"` as character references; every other character unchanged. Enough for
  /// element content and double-quoted attribute values of text without control characters.
  public static func minimal(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Text for element content or a double-quoted attribute value.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references; control characters other than
  /// tab and newline (not allowed in XML 1.0) and `Markup.figureNumber` are dropped.
  public static func strict(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case Markup.figureNumber: break
      default:
        if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
