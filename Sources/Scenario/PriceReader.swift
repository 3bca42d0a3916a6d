import CareModel

/// Reads one price (`{value, year}`) and brings it to the price year with a table of factors
/// (the NHS uplift for costs, the GDP deflator for societal valuations).
struct PriceReader {
  /// Factor by source year: pounds of year y times factor[y] / factor[price year].
  let uplift: [String: Double]
  let priceYear: String
  let top: MappingReader

  /// The price under `key` of `map`, or the default, in price-year pounds.
  func price(_ map: MappingReader?, _ key: String, _ fallback: CareDefaults.Price) throws -> Double {
    let given = try map?.mapping(key)
    try given?.rejectUnknownKeys(["value", "year"])
    let value = try given?.double("value", in: 0...1e9, allowed: "pounds from 0 to 1e9") ?? fallback.value
    let year = try given?.string("year") ?? fallback.year
    guard let factor = uplift[year], let target = uplift[priceYear] else {
      throw (given ?? map ?? top).error(
        "year", "no price factor for \(year)", allowed: uplift.keys.sorted().joined(separator: ", "))
    }
    return value * factor / target
  }
}
