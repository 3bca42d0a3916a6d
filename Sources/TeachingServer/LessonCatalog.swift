/// The six staged lessons, in the order a trainer runs them. Every number the learner sees comes
/// from running these set-ups; docs/teaching.md gives the figures the starting values produce.
///
/// Lists of 42-day courses at 90% utilisation take years to settle (the relaxation time of M/M/8
/// at rho 0.9 is about 5 years), so those lessons run 40 replications of 40 years with 5 of
/// warm-up: enough for an interval of about +-10% around the mean wait. The work is small: a few
/// hundred thousand events.
public enum LessonCatalog {
  /// Every lesson, in order.
  public static let all: [Lesson] = [
    utilisation, variability, pooling, missedAppointments, backlog, hiddenWaits,
  ]

  /// The lesson with key `id`.
  public static func lesson(_ id: String) -> Lesson? { all.first { $0.id == id } }

  static let utilisation = Lesson(
    id: "utilisation", number: 1, title: "Utilisation and waits",
    question: "A team has 8 places; each course holds a place for 6 weeks on average, and 1.2 people "
      + "are referred a week, so the places are 90% busy. How long is the mean wait for a place?",
    sets: "Referrals a week (the load), places, and the mean course length.",
    sees: "People arriving, waiting and taking places; the mean wait with its interval beside "
      + "Erlang C's; the list week by week.",
    notice: "Waits rise slowly at first and then steeply as utilisation nears 1 (the hockey stick): "
      + "in theory going from 80% to 90% busy triples the wait (12 to 37 days), and from 90% to 95% "
      + "more than doubles it again (89 days). At 95% and above the list has not settled within the run.",
    controls: ["arrivals_per_week", "servers", "service_days"],
    defaults: LessonValues(arrivalsPerWeek: 1.2, servers: 8, serviceDays: 42, weeks: 2080, replications: 40),
    warmupWeeks: 260, animationWeeks: 26,
    variants: [LessonVariant(label: "One list")],
    prediction: LessonPrediction(setup: 0, metric: "wait_first_days", label: "mean wait for a place", unit: "days"))

  static let variability = Lesson(
    id: "variability", number: 2, title: "Variability",
    question: "One assessor sees 5.6 people a week; an assessment takes a day on average (80% busy). "
      + "If every assessment took exactly one day, what would the mean wait be?",
    sets: "Arrivals a week, assessors and the mean assessment length; the two set-ups differ only in "
      + "whether lengths vary (exponential) or are all the same (fixed).",
    sees: "The same load run twice side by side, each with its wait and interval, and the theory: "
      + "Pollaczek-Khinchine for one assessor.",
    notice: "With the same load, fixed lengths halve the wait of one assessor (Pollaczek-Khinchine: "
      + "the wait grows with (1 + cs^2) / 2, cs the coefficient of variation of the length). "
      + "Variability, not only load, makes queues.",
    controls: ["arrivals_per_week", "servers", "service_days"],
    defaults: LessonValues(arrivalsPerWeek: 5.6, servers: 1, serviceDays: 1, weeks: 520, replications: 40),
    warmupWeeks: 13, animationWeeks: 3,
    variants: [
      LessonVariant(label: "Lengths vary (exponential)"),
      LessonVariant(label: "Every one the same length (fixed)", fixedLength: true),
    ],
    prediction: LessonPrediction(
      setup: 1, metric: "wait_first_days", label: "mean wait with fixed lengths", unit: "days"))

  static let pooling = Lesson(
    id: "pooling", number: 3, title: "Pooling",
    question: "Two teams of 4 places each keep their own list and take half the referrals (1.2 a week "
      + "in all, courses of 6 weeks on average). How long is the mean wait on the separate lists?",
    sets: "Referrals a week, places in all (split evenly between two lists) and the course length.",
    sees: "Split lists and one pooled list of the same places, side by side, each with Erlang C.",
    notice: "The same places and the same referrals wait far less on one pooled list: nobody waits "
      + "while a place on the other list is free.",
    controls: ["arrivals_per_week", "servers", "service_days"],
    defaults: LessonValues(arrivalsPerWeek: 1.2, servers: 8, serviceDays: 42, weeks: 2080, replications: 40),
    warmupWeeks: 260, animationWeeks: 26,
    variants: [LessonVariant(label: "Two separate lists", lists: 2), LessonVariant(label: "One pooled list")],
    prediction: LessonPrediction(
      setup: 0, metric: "wait_first_days", label: "mean wait on the separate lists", unit: "days"))

  static let missedAppointments = Lesson(
    id: "missed-appointments", number: 4, title: "Missed appointments and call-backs",
    question: "Two clinicians see 22 people a week in appointments of half a day on average; 15% of "
      + "appointments are missed, and a missed appointment uses the slot and is booked again. "
      + "How long does a person wait in all before being seen?",
    sets: "Arrivals a week, clinicians and the share of appointments missed without reminders; "
      + "the second set-up has reminder call-backs (4% missed).",
    sees: "Both set-ups side by side: the wait per booking, the total wait until seen and the "
      + "utilisation, with the theory (a Jackson network: each missed booking comes back).",
    notice: "Missed appointments add work as well as delay: each one uses a slot and adds another "
      + "wait, so near full utilisation a few missed appointments lengthen waits far more than "
      + "their share suggests; call-backs give the slots back.",
    controls: ["arrivals_per_week", "servers", "missed_share"],
    defaults: LessonValues(
      arrivalsPerWeek: 22, servers: 2, serviceDays: 0.5, missedShare: 0.15, weeks: 260, replications: 20),
    warmupWeeks: 13, animationWeeks: 2,
    variants: [
      LessonVariant(label: "No reminders"), LessonVariant(label: "Reminder call-backs (4% missed)", missedShare: 0.04),
    ],
    prediction: LessonPrediction(
      setup: 0, metric: "wait_total_days", label: "total wait until seen without reminders", unit: "days"))

  static let backlog = Lesson(
    id: "backlog", number: 5, title: "Clearing a backlog",
    question: "40 people are already waiting for a team of 8 places that is 90% busy with its usual "
      + "referrals. With 6 extra places for 26 weeks, how many weeks until the list is back to its usual size?",
    sets: "The backlog, the extra (relief) places and for how many weeks they run.",
    sees: "The list week by week with and without the relief places, and the weeks each takes to "
      + "reach the usual list (Erlang C's mean list for the usual places).",
    notice: "A team that is 90% busy has little spare capacity: without help the backlog barely "
      + "shrinks. Relief capacity clears it; if it stops too early, the rest takes years.",
    controls: ["backlog", "relief_servers", "relief_weeks"],
    defaults: LessonValues(
      arrivalsPerWeek: 1.2, servers: 8, serviceDays: 42, backlog: 40, reliefServers: 6, reliefWeeks: 26,
      weeks: 156, replications: 40),
    warmupWeeks: 0, animationWeeks: 26,
    variants: [
      LessonVariant(label: "No extra places", withoutRelief: true), LessonVariant(label: "Relief places"),
    ],
    prediction: LessonPrediction(
      setup: 1, metric: "clear_weeks", label: "weeks until the list is back to its usual size", unit: "weeks"))

  static let hiddenWaits = Lesson(
    id: "hidden-waits", number: 6, title: "Hidden waits between sessions",
    question: "A course is 6 weekly sessions on average. If each session is booked on its own when a "
      + "place is free (instead of holding a place for the whole course), how long does a person "
      + "wait in all between their sessions?",
    sets: "Referrals a week, places, the mean sessions a course and the days a session holds a place.",
    sees: "The wait for the first session, the waits between sessions and the total, for a place "
      + "held for the whole course and for sessions booked one at a time, with the theory.",
    notice: "Booking session by session makes the list wait look shorter, but the waiting moves "
      + "between the sessions where a list does not count it: the total wait is much the same.",
    controls: ["arrivals_per_week", "servers", "visits"],
    defaults: LessonValues(
      arrivalsPerWeek: 1.2, servers: 8, serviceDays: 7, visits: 6, weeks: 1040, replications: 40),
    warmupWeeks: 260, animationWeeks: 13,
    variants: [
      LessonVariant(label: "Place held for the whole course", wholeCourse: true),
      LessonVariant(label: "Each session booked on its own"),
    ],
    prediction: LessonPrediction(
      setup: 1, metric: "wait_between_days", label: "total wait between sessions", unit: "days"))
}
