/// An optional value written to JSON as `null` when missing, rather than left out, so the page
/// always finds every key of a response.
@propertyWrapper
public struct NullWhenMissing<Value: Encodable & Sendable>: Encodable, Sendable {
  public var wrappedValue: Value?

  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}

extension NullWhenMissing: Equatable where Value: Equatable {}
