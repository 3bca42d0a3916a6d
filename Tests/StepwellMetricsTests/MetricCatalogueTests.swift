import Testing

@testable import StepwellMetrics

@Suite("Metric catalogue")
struct MetricCatalogueTests {
  @Test("every definition is found by its own name in its own scope", arguments: MetricCatalogue.definitions)
  func roundTrip(_ definition: MetricDefinition) {
    let concrete = definition.name.replacingOccurrences(of: "<id>", with: "step3")
      .replacingOccurrences(of: "<name>", with: "triage")
    #expect(MetricCatalogue.definition(of: concrete, in: definition.scope) == definition)
  }

  @Test("no two definitions of a scope share a name")
  func unique() {
    for scope in MetricScope.allCases {
      let names = MetricCatalogue.definitions.filter { $0.scope == scope }.map(\.name)
      #expect(Set(names).count == names.count, "\(scope)")
    }
  }

  @Test("templated keys resolve to their family; the service id may hold dots and underscores")
  func templated() {
    let wait = MetricCatalogue.definition(of: MetricKey.service("talking_therapies.north", .waitMean))
    #expect(wait?.name == "service.<id>.wait.mean")
    #expect(wait?.unit == .days)
    #expect(wait?.label(of: "service.step3.wait.mean") == "Service step3: wait, mean")
    #expect(MetricCatalogue.definition(of: MetricKey.node("desk", .reneged))?.unit == .customers)
    #expect(MetricCatalogue.definition(of: "service..wait.mean") == nil)
    #expect(MetricCatalogue.definition(of: "service.step3.wait.median") == nil)
  }

  @Test("cost categories: exact names per year, categories in costs.csv, only the total in projection.csv")
  func costs() {
    for category in CostCategory.allCases {
      #expect(MetricCatalogue.definition(of: MetricKey.costPerYear(category))?.unit == .pounds)
      #expect(MetricCatalogue.definition(of: category.rawValue, in: .costCategory) != nil)
    }
    #expect(MetricCatalogue.definition(of: YearMetricKey.costTotal.name, in: .year)?.unit == .pounds)
    #expect(MetricCatalogue.definition(of: YearMetricKey.cost(.gp).name, in: .year) == nil)
    #expect(MetricKey.costPerYear(.total).name == "cost.total.per_year")
    #expect(MetricCatalogue.definition(of: "cost.total.per_year")?.label == "Total cost a year")
  }

  @Test("a name means different things in different scopes")
  func scopes() {
    #expect(MetricCatalogue.definition(of: "beddays", in: .replication) == nil)
    #expect(MetricCatalogue.definition(of: "beddays", in: .year)?.unit == .bedDays)
    #expect(MetricCatalogue.definition(of: "recovery.rate", in: .year)?.aggregation == .yearRatio)
    #expect(MetricCatalogue.definition(of: "recovery.rate", in: .replication)?.aggregation == .share)
  }

  @Test("yearly keys and their per-year counterparts are both in the catalogue")
  func perYear() {
    let keys: [YearMetricKey] = [.referrals, .newReferrals, .admissions, .bedDays, .bedDaysOutOfArea, .crises]
    for key in keys {
      #expect(MetricCatalogue.definition(of: key.name, in: .year) != nil, "\(key)")
      #expect(MetricCatalogue.definition(of: key.perYear) != nil, "\(key.perYear)")
    }
  }

  @Test("the subject of a service or node key")
  func subject() {
    #expect(MetricKey.service("step3", .utilisation).serviceMetric?.id == "step3")
    #expect(MetricKey.service("step3", .waitP90).serviceMetric?.metric == .waitP90)
    #expect(MetricKey.node("a.b", .waitP90).nodeMetric?.name == "a.b")
    #expect(MetricKey.node("a.b", .waitP90).serviceMetric == nil)
    #expect(MetricKey.recoveryRate.serviceMetric == nil)
  }
}
