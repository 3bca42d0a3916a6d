import Foundation
import Testing

@testable import TeachingServer

/// `POST /api/lesson` and `GET /api/lessons` through the router, and the refusals of bad values.
@Suite struct LessonRequestTests {
  @Test func listsTheSixLessonsWithTheirStartingValues() async throws {
    let response = try await send(.get, "/api/lessons")
    #expect(response.status == .ok)
    let lessons = try json(response)["lessons"] as? [[String: Any]] ?? []
    #expect(
      lessons.compactMap { $0["id"] as? String }
        == ["utilisation", "variability", "pooling", "missed-appointments", "backlog", "hidden-waits"])
    for lesson in lessons {
      #expect((lesson["question"] as? String ?? "").hasSuffix("?"))
      #expect(!(lesson["notice"] as? String ?? "").isEmpty)
      #expect((lesson["defaults"] as? [String: Any])?["arrivals_per_week"] is Double)
    }
  }

  @Test func runsALessonWithItsSetUpsSideBySide() async throws {
    let body = #"{"lesson": "pooling", "replications": 2, "weeks": 300, "animate": true}"#
    let response = try await send(.post, "/api/lesson", body: body)
    #expect(response.status == .ok)
    let reply = try json(response)
    let setups = reply["setups"] as? [[String: Any]] ?? []
    #expect(setups.compactMap { $0["label"] as? String } == ["Two separate lists", "One pooled list"])
    #expect(setups.compactMap { $0["lists"] as? Int } == [2, 1])
    let animation = setups.first?["animation"] as? [String: Any]
    #expect((animation?["events"] as? [[String: Any]])?.isEmpty == false)
    #expect((reply["prediction"] as? [String: Any])?["metric"] as? String == "wait_first_days")
  }

  @Test(arguments: [
    (#"{"lesson": "nope"}"#, "lesson 'nope' is unknown (allowed: utilisation, variability"),
    (#"{"lesson": "utilisation", "places": 3}"#, "unknown key 'places'"),
    (#"{"lesson": "utilisation", "servers": 41}"#, "servers: 41 is not allowed (allowed: a whole number from 1 to 40)"),
    (#"{"lesson": "pooling", "servers": 7}"#, "servers: 7 cannot be split evenly between 2 lists"),
    (
      #"{"lesson": "utilisation", "missed_share": 0.6}"#,
      "missed_share: 0.6 is out of range (allowed: a number from 0 to 0.5)"
    ),
    (#"{"lesson": "utilisation", "animate": 1}"#, "animate: got a number (allowed: true or false)"),
    (#"{"lesson": "backlog", "weeks": 4, "replications": 20}"#, ""),
    (
      #"{"lesson": "hidden-waits", "arrivals_per_week": 60, "visits": 20, "replications": 20}"#,
      "bookings (allowed: at most 400000"
    ),
  ])
  func refusesBadValues(_ body: String, _ words: String) async throws {
    let response = try await send(.post, "/api/lesson", body: body)
    if words.isEmpty {
      #expect(response.status == .ok, "a short backlog run is allowed")
    } else {
      try expectJSONError(response, .badRequest, mentioning: words)
    }
  }

  @Test func refusesANonJSONBodyAndAWrongMethod() async throws {
    let plain = try await send(
      .post, "/api/lesson", body: #"{"lesson": "utilisation"}"#, headers: [.contentType: "text/plain"])
    try expectJSONError(plain, .unsupportedMediaType)
    let get = try await send(.get, "/api/lesson")
    try expectJSONError(get, .methodNotAllowed)
    #expect(get.headers[.allow] == "POST")
    let busy = try await send(.post, "/api/lesson", body: #"{"lesson": "utilisation"}"#, capacity: 0)
    try expectJSONError(busy, .tooManyRequests)
  }

  @Test func theSameValuesGiveTheSameNumbers() throws {
    let lesson = try #require(LessonCatalog.lesson("variability"))
    var values = lesson.defaults
    values.replications = 3
    let first = try TeachingJSON.encode(try LessonRun.run(try LessonRequest(lesson: lesson, values: values)))
    let second = try TeachingJSON.encode(try LessonRun.run(try LessonRequest(lesson: lesson, values: values)))
    #expect(first == second)
  }
}
