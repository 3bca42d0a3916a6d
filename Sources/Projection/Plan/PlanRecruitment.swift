import CareModel

/// What a plan's answer means for staff, when the varied key is a service's `wte` (or a link
/// team's `staff`): the contracted WTE it asks for, the WTE in post at the service's vacancy
/// rate, and the people to recruit at the service's WTE per person.
public struct PlanRecruitment: Sendable, Equatable {
  /// The service.
  public let service: String
  /// Contracted WTE in the scenario and at the answer.
  public let currentWTE: Double
  public let answerWTE: Double
  /// WTE in post at the answer (contracted x (1 - vacancy rate)).
  public let answerInPost: Double
  /// The service's vacancy rate and WTE per person.
  public let vacancyRate: Double
  public let wtePerPerson: Double
  /// People to recruit for the extra posts (0 when the answer is not above the scenario's).
  public let people: Int
  /// Days from the decision to the recruits being in post.
  public let leadDays: Double
  /// True when the plan delayed new posts by the lead (`--recruited`).
  public let delayed: Bool

  /// The recruitment behind `answer` of `axis`, or nil when the key is not a staffed service's WTE.
  init?(design: CareDesign, axis: PlanAxis, answer: Double, delayed: Bool) {
    let parts = axis.key.split(separator: ".").map(String.init)
    guard parts.count == 3, parts[0] == "services", ["wte", "staff"].contains(parts[2]),
      let workforce = design.services.first(where: { $0.id == parts[1] })?.workforce
    else { return nil }
    service = parts[1]
    currentWTE = axis.current
    answerWTE = answer
    vacancyRate = workforce.vacancyRate
    wtePerPerson = workforce.wtePerPerson
    answerInPost = answer * (1 - workforce.vacancyRate)
    people = workforce.peopleToRecruit(extraContractedWTE: answer - axis.current)
    leadDays = workforce.recruitmentLeadDays
    self.delayed = delayed
  }

  /// `3.0 more contracted WTE, 2.7 in post at a 10% vacancy rate: about 4 people to recruit at
  /// 0.85 WTE each`.
  public var phrase: String {
    let extra = answerWTE - currentWTE
    guard extra > 1e-9 else { return "no posts to add" }
    var text = "\(NumberFormat.csv(extra)) more contracted WTE"
    if vacancyRate > 0 {
      text +=
        ", \(NumberFormat.csv((extra * (1 - vacancyRate) * 100).rounded() / 100)) in post at a \(Int((vacancyRate * 100).rounded()))% vacancy rate"
    }
    text +=
      ": about \(people) \(people == 1 ? "person" : "people") to recruit at \(NumberFormat.csv(wtePerPerson)) WTE each"
    return text
  }
}
