import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TeachingServer

/// Every kind of bad input is refused with a JSON message and the right status, never a crash.
@Suite struct BadInputTests {
  /// Bodies that must get HTTP 400, each with a word its message must contain.
  static let badBodies: [(body: String, mentions: String)] = [
    ("", "JSON object"),
    ("not json", "JSON object"),
    ("[1, 2]", "JSON object"),
    ("\"one-step\"", "JSON object"),
    ("{}", "preset is missing"),
    (#"{"preset": "nowhere"}"#, "unknown"),
    (#"{"preset": 3}"#, "preset"),
    (#"{"preset": "one-step", "colour": "red"}"#, "unknown key 'colour'"),
    (#"{"preset": "one-step", "referrals_per_week": "ten"}"#, "referrals_per_week"),
    (#"{"preset": "one-step", "referrals_per_week": 0}"#, "referrals_per_week"),
    (#"{"preset": "one-step", "referrals_per_week": 1e9}"#, "referrals_per_week"),
    (#"{"preset": "one-step", "staff_wte": -1}"#, "staff_wte"),
    (#"{"preset": "one-step", "staff_wte": 1000}"#, "staff_wte"),
    (#"{"preset": "one-step", "staff_wte": true}"#, "staff_wte"),
    (#"{"preset": "one-step", "sessions_per_course": 1}"#, "sessions_per_course"),
    (#"{"preset": "one-step", "sessions_per_course": [12]}"#, "sessions_per_course"),
    (#"{"preset": "one-step", "dna_rate": 0.9}"#, "dna_rate"),
    (#"{"preset": "one-step", "dna_rate": -0.1}"#, "dna_rate"),
    (#"{"preset": "one-step", "callbacks": 1}"#, "callbacks"),
    (#"{"preset": "one-step", "callbacks": "yes"}"#, "callbacks"),
    (#"{"preset": "one-step", "replications": 11}"#, "replications"),
    (#"{"preset": "one-step", "replications": 0}"#, "replications"),
    (#"{"preset": "one-step", "replications": 2.5}"#, "replications"),
    (#"{"preset": "one-step", "years": 6}"#, "years"),
    (#"{"preset": "one-step", "years": {"n": 2}}"#, "years"),
    (#"{"preset": "one-step", "seed": -4}"#, "seed"),
    (#"{"preset": "one-step", "seed": 1e12}"#, "seed"),
  ]

  @Test(arguments: badBodies)
  func badBodyIsRefused(_ example: (body: String, mentions: String)) async throws {
    let response = try await send(.post, "/api/simulate", body: example.body)
    #expect(response.status == .badRequest, "\(example.body)")
    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
    let message = try errorMessage(response)
    #expect(message.contains(example.mentions), "\(example.body) -> \(message)")
  }

  @Test func oversizeBodyIsRefused() async throws {
    let padding = String(repeating: " ", count: SimulationService.maxBodyBytes)
    let response = try await send(.post, "/api/simulate", body: #"{"preset": "one-step"\#(padding)}"#)
    #expect(response.status == .contentTooLarge)
    #expect(try errorMessage(response).contains("\(SimulationService.maxBodyBytes) bytes"))
  }

  @Test func busyServerSaysTooManyRequests() async throws {
    let response = try await send(.post, "/api/simulate", body: #"{"preset": "one-step"}"#, capacity: 0)
    #expect(response.status == .tooManyRequests)
    #expect(try errorMessage(response).contains("already running"))
  }

  @Test func badInputIsCheckedBeforeBusy() async throws {
    let response = try await send(.post, "/api/simulate", body: #"{"preset": "x"}"#, capacity: 0)
    #expect(response.status == .badRequest)
  }
}
