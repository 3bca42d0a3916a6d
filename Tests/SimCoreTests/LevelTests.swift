import SimCore
import Testing

@Suite("TimeWeightedLevel and LevelTimeSeries")
struct LevelTests {
  @Test("Mean, integral and maximum of a hand-built step function; reset")
  func timeWeightedLevel() {
    // 0 on [0,1), 2 on [1,3), 5 on [3,4), 1 on [4,6), 0 from 6: area 4 + 5 + 2 = 11.
    var level = TimeWeightedLevel()
    #expect(level.mean(at: 0) == 0)
    level.update(to: 2, at: 1)
    level.update(to: 5, at: 3)
    level.add(-4, at: 4)
    #expect(level.value == 1)
    level.update(to: 0, at: 6)
    #expect(level.integral(at: 8) == 11)
    #expect(level.mean(at: 8) == 1.375)
    #expect(level.maximum == 5)
    #expect(level.value == 0)

    level.reset(at: 8)
    #expect(level.integral(at: 8) == 0)
    // No time since the reset: the current level.
    #expect(level.mean(at: 8) == 0)
    #expect(level.maximum == 0)
    level.update(to: 3, at: 10)
    #expect(level.mean(at: 12) == 1.5)
    #expect(level.maximum == 3)
    level.add(1, at: 12)
    #expect(level.mean(at: 16) == 22.0 / 8.0)
  }

  @Test("A level starting late and non-zero")
  func lateStart() {
    var level = TimeWeightedLevel(start: 10, value: 4)
    #expect(level.mean(at: 10) == 4)
    #expect(level.mean(at: 14) == 4)
    #expect(level.maximum == 4)
    level.update(to: 0, at: 12)
    #expect(level.mean(at: 14) == 2)
    #expect(level.integral(at: 20) == 8)
    #expect(level.maximum == 4)
  }

  @Test("Bin means of a hand-built trace spanning several bins")
  func seriesHandBuilt() {
    // Bins of 2 over [0, 10]. Level: 0 to 1, 3 to 5, 1 to 6, 0 to 7.5, then 4.
    var series = LevelTimeSeries(horizon: 10, bins: 5)
    #expect(series.binWidth == 2)
    #expect(series.binStarts == [0, 2, 4, 6, 8])
    series.update(to: 3, at: 1)
    series.update(to: 1, at: 5)
    series.update(to: 0, at: 6)
    series.update(to: 4, at: 7.5)
    // [0,2): 3 x 1; [2,4): 3 x 2; [4,6): 3 + 1; [6,8): 4 x 0.5; [8,10): 4 x 2.
    #expect(series.binMeans(closingAt: 10) == [1.5, 3, 2, 1, 4])
    // Asking is not recording: the same answer twice, and closing earlier sees less.
    #expect(series.binMeans(closingAt: 10) == [1.5, 3, 2, 1, 4])
    #expect(series.binMeans(closingAt: 9) == [1.5, 3, 2, 1, 2])
    // Time beyond the horizon falls in no bin.
    #expect(series.binMeans(closingAt: 50) == [1.5, 3, 2, 1, 4])
  }

  @Test("A level held across many bins in one step")
  func seriesLongStep() {
    var series = LevelTimeSeries(horizon: 8, bins: 8)
    series.update(to: 2, at: 0.5)
    series.update(to: 6, at: 6.5)
    #expect(series.binMeans(closingAt: 8) == [1, 2, 2, 2, 2, 2, 4, 6])
    #expect(LevelTimeSeries(horizon: 8, bins: 4).binMeans(closingAt: 8) == [0, 0, 0, 0])
  }

  @Test("Random integer step functions match a unit-by-unit integral", arguments: Seed.all)
  func seriesRandom(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    let horizon = 120
    let bins = 12
    var series = LevelTimeSeries(horizon: Double(horizon), bins: bins)
    var levelPerUnit = [Double](repeating: 0, count: horizon)
    var level = 0.0
    var t = 0
    while t < horizon {
      let next = min(horizon, t + 1 + rng.below(25))
      for unit in t..<next { levelPerUnit[unit] = level }
      t = next
      level = Double(rng.below(9))
      series.update(to: level, at: Double(t))
    }
    let width = horizon / bins
    let expected = (0..<bins).map { bin in
      levelPerUnit[(bin * width)..<((bin + 1) * width)].reduce(0, +) / Double(width)
    }
    let means = series.binMeans(closingAt: Double(horizon))
    #expect(means.count == bins)
    #expect(zip(means, expected).allSatisfy { isClose($0, $1) }, "\(means) vs \(expected)")
  }
}
