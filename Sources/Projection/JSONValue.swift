/// A small JSON document model that renders deterministically (keys in insertion order, numbers
/// with `NumberFormat.json`), so `summary.json` is byte-stable.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double?)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

  /// The document as indented JSON text with a final newline.
  public func rendered() -> String { render(indent: 0) + "\n" }

  func render(indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return NumberFormat.json(value)
    case .string(let text): return JSONValue.quote(text)
    case .array(let items):
      guard !items.isEmpty else { return "[]" }
      let body = items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n")
      return "[\n\(body)\n\(close)]"
    case .object(let pairs):
      guard !pairs.isEmpty else { return "{}" }
      let body = pairs.map { pad + JSONValue.quote($0.0) + ": " + $0.1.render(indent: indent + 1) }
        .joined(separator: ",\n")
      return "{\n\(body)\n\(close)}"
    }
  }

  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
