/// The values and fragments the mutator puts into scenario and area files.
enum FuzzValues {
  /// Numbers at and beyond every edge: zero, negatives, the smallest and largest doubles,
  /// integers past 32 and 64 bits, and text that some parsers read as a number.
  static let numbers = [
    "0", "-1", "1e-300", "4.9e-324", "1e19", "1e300", "-1e300", "1e308", "-1e308", "nan", ".nan", "NaN",
    ".inf", "-.inf", "inf", "99999999999999999999999", "9223372036854775807", "-9223372036854775808",
    "18446744073709551616", "2147483648", "4294967296", "0x7fffffff", "0o777", "1_000_000_000_000", "1e9",
    "1000000001", "1e6", "-0", "0.5", "65536", "1.0e+3", "+5", "5.", ".5", "1e-9", "1e-10", "2e9",
  ]

  /// Values of another type than the key expects.
  static let otherTypes = [
    "[1, 2]", "{a: 1}", "text", "''", "~", "true", "[]", "{}", "!!binary aGVsbG8=", "!!float 1e400",
    "\"5\"", "[[[[[[1]]]]]]", "2011-02-30", "0000-01-01", "9999-12-31", "1000y", "1e300y", "-5d", "28wd",
    "{distribution: poisson, mean: 1e300}", "{distribution: fixed, value: 1e19}", "- 1",
  ]

  /// A one-line flow sequence that expands to 9^8 (about 43 million) values through aliases.
  static let aliasBomb: String = {
    var parts = ["&a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1...8 {
      let uses = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      parts.append("&a\(level) [\(uses)]")
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }()

  /// Characters that break YAML structure.
  static let breakers = [
    ":", "-", "{", "}", "[", "]", "'", "\"", "\t", "&", "*", "!", "%", "@", "`", "|", ">", "#", ",", "?",
  ]

  /// `--set` arguments that are malformed or aim at keys an override may not set.
  static let badSetArguments = [
    "noequals", "=5", "a..b=1", ".a=1", "a.=1", "extends=sandwell-hub.yaml", "name=other", "model=network",
    "version=2", "horizon=&a [*a]", "horizon={", "nodes=[", "services=1", "horizon=", "seed=-1",
    "replications=abc", "replications=0", "replications=10001", "horizon=1e308", "horizon=1000y", "warmup=1e300",
    "start_date=0000-01-01", "referrals.per_year=1e8", "targets.recovery.rate=1e308", "seed=1e19",
  ]

  /// Keys worth aiming `--set` at in the ready scenarios.
  static let setKeys = [
    "horizon", "warmup", "replications", "seed", "start_date", "services.triage.wte",
    "services.triage.assessments_per_wte_week", "services.step1.sessions.value", "services.step2.sessions.mean",
    "services.step3.sessions.shift", "services.step3.wte", "services.step3.caseload_per_wte",
    "services.step3.providers", "services.linkworker.staff", "services.inpatient.beds", "services.cmht.places",
    "referrals.per_year", "referrals.new_episode_share", "targets.recovery.rate", "policies.dna.missed_limit",
    "policies.step_down.people", "nodes.triage.servers", "nodes.triage.arrivals.mean", "nodes.triage.service.mean",
    "nodes.triage.capacity", "nodes.triage.backlog", "nodes.triage.priority", "nodes.clinic.servers",
    "nodes.clinic.arrivals", "costs.discount_rate", "risk.background_admissions_per_year",
  ]
}
