/// The standard age bands of area files, population outputs and breakdowns (years, inclusive).
///
/// Every area file gives all eight bands. Single years of age are spread evenly within a closed
/// band; in the open band `75+` the number of people falls linearly from age 75 to age 99 (weights
/// 25, 24, ..., 1; mean age 83), an assumption that stands in for single-year Census ages.
public enum AgeBand: String, Sendable, CaseIterable, Comparable {
  case age0to15 = "0-15"
  case age16to24 = "16-24"
  case age25to34 = "25-34"
  case age35to44 = "35-44"
  case age45to54 = "45-54"
  case age55to64 = "55-64"
  case age65to74 = "65-74"
  case age75plus = "75+"

  /// The oldest age the synthetic population holds (years).
  public static let oldestAge = 99

  /// The age at which adulthood starts in prevalence surveys (APMS: 16 and over).
  public static let adultAge = 16

  /// The band holding `age` (years; negative ages count as 0).
  @inlinable
  public init(age: Int) {
    switch age {
    case ..<16: self = .age0to15
    case 16...24: self = .age16to24
    case 25...34: self = .age25to34
    case 35...44: self = .age35to44
    case 45...54: self = .age45to54
    case 55...64: self = .age55to64
    case 65...74: self = .age65to74
    default: self = .age75plus
    }
  }

  /// The position of the band, 0 for `0-15` to 7 for `75+`.
  @inlinable
  public var index: Int {
    switch self {
    case .age0to15: return 0
    case .age16to24: return 1
    case .age25to34: return 2
    case .age35to44: return 3
    case .age45to54: return 4
    case .age55to64: return 5
    case .age65to74: return 6
    case .age75plus: return 7
    }
  }

  /// The youngest age in the band (years).
  public var lowerAge: Int {
    switch self {
    case .age0to15: return 0
    case .age16to24: return 16
    case .age25to34: return 25
    case .age35to44: return 35
    case .age45to54: return 45
    case .age55to64: return 55
    case .age65to74: return 65
    case .age75plus: return 75
    }
  }

  /// The oldest age in the band (years); `oldestAge` for the open band.
  public var upperAge: Int {
    switch self {
    case .age0to15: return 15
    case .age16to24: return 24
    case .age25to34: return 34
    case .age35to44: return 44
    case .age45to54: return 54
    case .age55to64: return 64
    case .age65to74: return 74
    case .age75plus: return AgeBand.oldestAge
    }
  }

  /// The relative number of people at each single year of age in the band, youngest first.
  public var ageWeights: [Double] {
    let count = upperAge - lowerAge + 1
    if self == .age75plus { return (0..<count).map { Double(count - $0) } }
    return [Double](repeating: 1, count: count)
  }

  /// True when every age in the band is 16 or over.
  public var isAdult: Bool { lowerAge >= AgeBand.adultAge }

  public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.lowerAge < rhs.lowerAge }
}
