import Presentation
import Testing

@Suite("Tick algorithms")
struct TickTests {
  @Test("covering rounds up to 1, 2, 2.5, 5 or 10; nearest rounds to 1, 2, 5 or 10")
  func stepRules() {
    #expect(TickStep.covering(2.4) == 2.5)
    #expect(TickStep.nearest(2.4) == 2)
    #expect(TickStep.covering(4) == 5)
    #expect(TickStep.nearest(4) == 5)
    #expect(TickStep.covering(1.2) == 2)
    #expect(TickStep.nearest(1.2) == 1)
    #expect(TickStep.covering(0.8) == 1)
    #expect(TickStep.nearest(8_000) == 10_000)
    #expect(TickStep.covering(0) == 1)
    #expect(TickStep.covering(.nan) == 1)
  }

  @Test("LinearScale widens to whole covering steps and maps onto pixels")
  func linearScale() {
    let scale = LinearScale(low: 0, high: 11, pixels: (start: 200, end: 0), tickCount: 5)
    #expect(scale.step == 2.5)
    #expect(scale.domain == 0...12.5)
    #expect(scale.ticks == [0, 2.5, 5, 7.5, 10, 12.5])
    #expect(scale.position(6.25) == 100)
    #expect(scale.clampedPosition(99) == 0)
    let withZero = LinearScale(low: 40, high: 90, pixels: (start: 0, end: 100))
    #expect(withZero.domain.lowerBound == 0)
    let without = LinearScale(low: 40, high: 90, pixels: (start: 0, end: 100), includeZero: false)
    #expect(without.domain == 40...90)
  }

  @Test("TickRange widens to whole nearest steps, at least one step wide")
  func tickRange() {
    let range = TickRange(low: 0, high: 11)
    #expect(range.step == 2)
    #expect(range.values == [0, 2, 4, 6, 8, 10, 12])
    let flat = TickRange(low: 5, high: 5)
    #expect(flat.values == [5, 6])
    #expect(TickRange(low: 0, high: 11, target: 2).step == 5)
    let negative = TickRange(low: -7, high: 23)
    #expect(negative.step == 5)
    #expect(negative.low == -10)
    #expect(negative.high == 25)
  }

  @Test("Tick labels: by kind for the report, suffixed for the sweep chart")
  func labels() {
    #expect(TickLabel.byKind(0.25, step: 0.05, kind: .share) == "25%")
    #expect(TickLabel.byKind(-2_000_000, step: 1_000_000, kind: .pounds) == "\u{2212}£2m")
    #expect(TickLabel.byKind(12_000, step: 2_000, kind: .count) == "12,000")
    #expect(TickLabel.byKind(0.5, step: 0.25, kind: .days) == "0.5")
    #expect(TickLabel.suffixed(26_500_000, step: 500_000) == "26.5m")
    #expect(TickLabel.suffixed(12_000, step: 2_000) == "12k")
    #expect(TickLabel.suffixed(-0.0001, step: 1) == "0")
    #expect(TickLabel.suffixed(0.25, step: 0.05) == "0.25")
  }
}
