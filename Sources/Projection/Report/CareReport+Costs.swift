import CareModel
import Presentation
import StepwellMetrics

extension CareReport {
  /// Cost categories present in the run's yearly series, in output order.
  var costCategories: [CostCategory] {
    let present = Set(run.replications.first?.yearly.map(\.name) ?? [])
    return CostCategory.parts.filter { present.contains(YearMetricKey.cost($0).name) }
  }

  /// Cost by category per year: stacked bars with the total's interval, a table and the
  /// discounted total.
  var costSection: String {
    guard let costs = run.design.costs, yearCount > 0 else {
      return ReportSection.costs.wrap(paragraph("This scenario has no costs section, so no costs were computed."))
    }
    let categories = costCategories
    let totals = perYear(.costTotal)
    let columns = (1...yearCount).map { year in
      StackedBarChart.Column(
        label: yearLabels[year - 1],
        parts: categories.map { perYear(.cost($0)).element(year - 1)?.mean ?? 0 },
        total: totals.element(year - 1).map(PlotValue.init) ?? PlotValue(mean: .nan))
    }
    let total = YearMetricKey.costTotal.name
    let discounted = MetricSummary(name: total, values: run.discountedTotals(total))
    let rate = ReportNumber.fixed(costs.discountRate * 100, decimals: 1)
    let discountText =
      "Discounted total over \(Plural.count(yearCount, "year")) at \(rate)% a year (HM Treasury Green Book; year 1 undiscounted): \(ReportNumber.withInterval(discounted.mean, discounted.ciLow, discounted.ciHigh, .pounds))."
    let biggest = categories.max { lhs, rhs in
      (perYear(.cost(lhs)).first?.mean ?? 0) < (perYear(.cost(rhs)).first?.mean ?? 0)
    }
    let chart = StackedBarChart(
      id: "chart-costs", title: "Cost by category per year, \(costs.priceYear) prices",
      summary:
        "Stacked cost by category for each projection year in \(costs.priceYear) pounds, undiscounted, with the 95% interval of the total. Year 1 total \(ReportNumber.format(totals.first?.mean, .pounds)); largest category \(biggest.map(categoryLabel) ?? "n/a"). \(discountText)",
      categories: categories.map {
        (categoryLabel($0), CostCategoryStyle.categories[$0.rawValue]?.colour ?? Palette.neutral)
      },
      columns: columns)
    var content = paragraph(
      "What the modelled services cost each year, by category, in \(costs.priceYear) prices (unit costs uplifted from their source years). Bars are undiscounted means; the whisker is the 95% interval of the total."
    )
    content += figure(
      chart.rendered, title: chart.title,
      caption: "Cost by category per year (£, \(costs.priceYear) prices, undiscounted). \(discountText)")
    content += costTable(categories: categories, discounted: discounted)
    content += payerTable
    if let perRecovery = value(.costPerRecovery) {
      content += paragraph(
        "Talking-therapies cost per recovery (the talking-therapies commissioner's cost over recoveries; secondary care, community services and GP time left out): \(ReportNumber.withInterval(perRecovery.mean, perRecovery.low, perRecovery.high, .pounds))."
      )
    }
    return ReportSection.costs.wrap(content)
  }

  /// Categories by year, with each category's discounted total.
  func costTable(categories: [CostCategory], discounted: MetricSummary) -> String {
    let rows = (categories + [.total]).map { category -> [TableCell] in
      let key = YearMetricKey.cost(category)
      let total = MetricSummary(name: key.name, values: run.discountedTotals(key.name))
      let cell = { (value: MetricSummary?) -> TableCell in
        guard category == .total else { return .text(ReportNumber.format(value?.mean, .pounds)) }
        return .summary(value.map(PlotValue.init), .pounds)
      }
      return [.text(category == .total ? "Total" : categoryLabel(category))]
        + (0..<yearCount).map { cell(perYear(key).element($0)) } + [cell(total)]
    }
    return Markup.table(
      caption:
        "Cost by category and year (£, \(run.design.costs?.priceYear ?? "")): means, with the total's 95% interval below it (every interval is in costs.csv)",
      header: ["Category"] + yearLabels + ["Discounted total"], rows: rows, numeric: Set(1...(yearCount + 1)))
  }

  /// Cash by payer and year, with each payer's discounted total.
  var payerTable: String {
    let rows = CostPayer.allCases.compactMap { payer -> [TableCell]? in
      let key = YearMetricKey.cost(payer)
      guard yearly[key.name] != nil else { return nil }
      let total = MetricSummary(name: key.name, values: run.discountedTotals(key.name))
      return [.text(MetricCatalogue.definition(of: MetricKey.costPerYear(payer))?.label ?? payer.rawValue)]
        + (0..<yearCount).map { .text(ReportNumber.format(perYear(key).element($0)?.mean, .pounds)) }
        + [.text(ReportNumber.format(total.mean, .pounds))]
    }
    guard !rows.isEmpty else { return "" }
    return Markup.table(
      caption:
        "Cash by payer and year (£, \(run.design.costs?.priceYear ?? "")): means; the payers add up to the total as the categories do",
      header: ["Payer"] + yearLabels + ["Discounted total"], rows: rows, numeric: Set(1...(yearCount + 1)))
  }

  func categoryLabel(_ category: CostCategory) -> String {
    CostCategoryStyle.categories[category.rawValue]?.label ?? category.rawValue
  }
}

extension Array {
  /// The element at `index`, or nil when out of range.
  func element(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
