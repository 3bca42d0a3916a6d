import Scenario

extension LoadedScenario {
  /// The design as the outputs know it: every model the loader builds conforms to
  /// `ProjectedModel`.
  public var projected: any ProjectedModel {
    guard let design = design as? any ProjectedModel else {
      preconditionFailure("\(kind.rawValue) designs must conform to ProjectedModel")
    }
    return design
  }
}
