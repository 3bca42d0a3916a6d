import Foundation

extension PlanRun {
  /// The files a plan writes.
  public static let fileNames = ["plan.csv", "plan.json", "plan.svg", "manifest.json", "data-dictionary.csv"]

  /// The output folder's default name: `plan-<name>`.
  public var folderName: String { "plan-\(name)" }

  /// `plan.csv`: one row per evaluated point and target metric (and the cash a year when the
  /// model has it): the varied keys' values, the replications, how many met every target with
  /// the exact interval of that share, then the metric's mean and 95% interval and how many
  /// replications met that target.
  public var planCSV: String {
    var table = CSVTable(
      columns: axes.map(\.key) + [
        "replications", "met_all", "met_all_share", "met_all_ci_low", "met_all_ci_high", "meets_targets", "metric",
        "target", "mean", "ci_low", "ci_high", "met",
      ])
    for point in points {
      let interval = point.successInterval
      let prefix =
        point.texts + [
          String(point.replications), String(point.successes), NumberFormat.csv(point.successShare),
          NumberFormat.csv(interval.low), NumberFormat.csv(interval.high), point.meets(confidence) ? "true" : "false",
        ]
      for (position, target) in targets.enumerated() {
        let summary = point.targetSummaries[position]
        table.append(
          prefix + [
            target.metric, "\(target.comparison.rawValue)\(NumberFormat.csv(target.threshold))",
            NumberFormat.csv(summary.mean), NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
            String(point.targetSuccesses[position]),
          ])
      }
      if let cost = point.cost {
        table.append(
          prefix + [
            cost.name, "", NumberFormat.csv(cost.mean), NumberFormat.csv(cost.ciLow), NumberFormat.csv(cost.ciHigh), "",
          ])
      }
    }
    return table.text
  }

  /// A point's values and how it met the targets, for `plan.json`.
  func pointJSON(_ point: PlanPoint) -> JSONValue {
    let interval = point.successInterval
    return .object(
      zip(axes, point.values).map { ($0.key, JSONValue.number($1)) } + [
        ("replications", .number(Double(point.replications))), ("met_all", .number(Double(point.successes))),
        ("met_all_share", .number(point.successShare)), ("met_all_ci_low", .number(interval.low)),
        ("met_all_ci_high", .number(interval.high)), ("cost_per_year", .number(point.cost?.mean)),
      ])
  }

  /// The staff behind the answer, for `plan.json`.
  var recruitmentJSON: JSONValue {
    guard let recruitment else { return .null }
    return .object([
      ("service", .string(recruitment.service)), ("contracted_wte", .number(recruitment.answerWTE)),
      ("contracted_wte_now", .number(recruitment.currentWTE)), ("wte_in_post", .number(recruitment.answerInPost)),
      ("vacancy_rate", .number(recruitment.vacancyRate)), ("wte_per_person", .number(recruitment.wtePerPerson)),
      ("people_to_recruit", .number(Double(recruitment.people))),
      ("recruitment_lead_days", .number(recruitment.leadDays)), ("delayed_by_lead", .bool(recruitment.delayed)),
    ])
  }

  /// Why nothing below the answer was tried, for `plan.json`.
  var floorJSON: JSONValue {
    switch floor {
    case nil: return .null
    case .gridStart?:
      return .string(axes.contains(where: \.isExplicit) ? "the range given starts here" : "the grid starts here")
    case .refused(let values, let reason)?: return .string("the scenario refuses \(values): \(reason)")
    }
  }

  /// `plan.json`: the answer, its cost and how sure it is.
  public var planJSON: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("answer", answer.map { point in .object(zip(axes, point.values).map { ($0.key, .number($1)) }) } ?? .null),
      ("confidence", .number(confidence)),
      ("cost_per_year", .number(answer?.cost?.mean)),
      ("cost_per_year_ci", .array([.number(answer?.cost?.ciLow), .number(answer?.cost?.ciHigh)])),
      ("cost_difference_per_year", .number(costDifference)),
      ("answer_text", .string(sentence)),
      ("answer_is_lowest_tried", .bool(answerIsLowest)),
      ("lowest_because", floorJSON),
      ("verdict_clear", .bool(isClear)),
      ("at_answer", answer.map(pointJSON) ?? .null),
      ("one_step_below", below.map(pointJSON) ?? .null),
      ("starting_point", pointJSON(reference)),
      ("recruitment", recruitmentJSON),
      ("scenario", .string(file)), ("name", .string(name)), ("seed", .string(String(seed))),
      ("by", byDate.map { .string($0) } ?? .null),
      ("measured_from", windowStart.map { .string($0) } ?? .null),
      (
        "varied",
        .array(
          axes.map { axis in
            .object([
              ("key", .string(axis.key)), ("argument", .string(axis.argument)),
              ("scenario_value", .number(axis.current)),
              ("lowest", .number(axis.lowest)), ("step", .number(axis.step)),
              ("highest", .number(axis.value(axis.count - 1))),
            ])
          })
      ),
      (
        "targets",
        .array(
          targets.map { target in
            .object([
              ("expression", .string(target.argument)), ("metric", .string(target.metric)),
              ("comparison", .string(target.comparison.rawValue)), ("threshold", .number(target.threshold)),
            ])
          })
      ),
      ("replications", .number(Double(replications))),
      ("maximum_replications", .number(Double(maximumReplications))),
      ("evaluations", .number(Double(evaluations))),
    ]
    if let forms = closedForms {
      fields.append(
        (
          "closed_forms",
          .object([
            ("wait_from", .string(forms.waitSource)),
            (
              "answers",
              .array(
                forms.answers.map { answer in
                  .object([
                    ("name", .string(answer.name)), ("label", .string(answer.label)), ("value", .number(answer.value)),
                    ("unit", .string(answer.unit)), ("assumptions", .string(answer.assumptions)),
                  ])
                })
            ),
            ("differ_because", .string(forms.differences)),
          ])
        ))
    }
    return .object(fields)
  }

  /// Writes the plan's files into `destination`, atomically, with `<folder-name>.xlsx` when
  /// `workbook` is given (`--xlsx`).
  public func write(
    to destination: URL, command: [String], options: RunOptions, workbook: WorkbookWriter? = nil
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .plan, workbook: workbook)
    do {
      try folder.write(planCSV, to: "plan.csv")
      try folder.write(planJSON.rendered(), to: "plan.json")
      try folder.write(PlanChart(run: self).svg, to: "plan.svg")
      let manifest = RunManifest(
        command: command, scenarioFile: file, seed: seed, replications: maximumReplications, threads: options.threads,
        wallSeconds: wallSeconds, events: events, precision: nil, kind: .plan)
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
