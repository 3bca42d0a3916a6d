/// One value of a flat JSON object, typed as JSON typed it (a number is never a boolean).
enum JSONField: Decodable, Equatable {
  case number(Double)
  case bool(Bool)
  case string(String)
  case null
  /// An array or an object: never allowed in a request.
  case nested

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else {
      self = .nested
    }
  }

  /// The JSON type's name, for messages.
  var typeName: String {
    switch self {
    case .number: return "a number"
    case .bool: return "true or false"
    case .string: return "text"
    case .null: return "null"
    case .nested: return "a list or an object"
    }
  }
}
