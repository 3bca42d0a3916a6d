/// Splitting and joining one CSV line (RFC 4180 quoting: fields holding a comma, quote or line
/// break are quoted, quotes doubled).
public enum CSVFields {
  /// The fields of one line.
  public static func split(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      index = line.index(after: index)
      if quoted {
        if character != "\"" {
          field.append(character)
        } else if index < line.endIndex, line[index] == "\"" {
          field.append("\"")
          index = line.index(after: index)
        } else {
          quoted = false
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }

  /// One line with a final "\n".
  public static func line(_ fields: [String]) -> String {
    fields.map(quote).joined(separator: ",") + "\n"
  }

  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
    var out = "\""
    for character in field { out += character == "\"" ? "\"\"" : String(character) }
    return out + "\""
  }
}
