import Projection
import Testing

@Suite("Sweep ranges and grids")
struct SweepRangeTests {
  @Test("integers step by 1 without a step")
  func integers() throws {
    let axis = try SweepAxis("services.step3.wte=18...26")
    #expect(axis.key == "services.step3.wte")
    #expect(axis.isInteger)
    #expect(axis.values == (18...26).map(Double.init))
    #expect(axis.texts.first == "18" && axis.texts.last == "26")
  }

  @Test("an explicit integer step; TO is included when a step lands on it")
  func integerStep() throws {
    #expect(try SweepAxis("services.step3.wte=18...26:4").texts == ["18", "22", "26"])
    #expect(try SweepAxis("services.step3.wte=18...25:4").texts == ["18", "22"])
  }

  @Test("reals take 10 equal steps, both ends included, printed without rounding noise")
  func realsTenSteps() throws {
    let axis = try SweepAxis("policies.dna.callback_rate=0.5...1.5")
    #expect(!axis.isInteger)
    #expect(axis.values.count == 11)
    #expect(axis.texts == ["0.5", "0.6", "0.7", "0.8", "0.9", "1", "1.1", "1.2", "1.3", "1.4", "1.5"])
    #expect(axis.values.last == 1.5)
  }

  @Test("reals with an explicit step, and whole ends with a real step")
  func realStep() throws {
    #expect(try SweepAxis("x=1...2:0.25").texts == ["1", "1.25", "1.5", "1.75", "2"])
    let mixed = try SweepAxis("x=1...2:0.5")
    #expect(!mixed.isInteger)
    #expect(mixed.values == [1, 1.5, 2])
    #expect(try SweepAxis("x=0...0.3:0.1").texts == ["0", "0.1", "0.2", "0.3"])
  }

  @Test("two ranges form a full grid, the first key outermost; plain values ride along")
  func grid() throws {
    let grid = try SweepGrid(arguments: ["a.b=1...2", "seed=7", "c=10...30:10"])
    #expect(grid.axes.map(\.key) == ["a.b", "c"])
    #expect(
      grid.points.map(\.texts) == [["1", "10"], ["1", "20"], ["1", "30"], ["2", "10"], ["2", "20"], ["2", "30"]])
    #expect(grid.points[4].overrides.map(\.argument) == ["a.b=2", "c=20"])
    #expect(SweepGrid.plainArguments(["a.b=1...2", "seed=7"]) == ["seed=7"])
  }

  @Test(
    "bad ranges are refused with a message naming the argument",
    arguments: [
      "x=5...1", "x=3...3", "x=a...3", "x=1...b", "x=1...3:0", "x=1...3:-1", "x=1...2...3", "x=1...3:x",
      "x=0...1000", "x=1...2:5", "=1...3", "a..b=1...3",
    ])
  func badRange(argument: String) {
    #expect {
      _ = try SweepAxis(argument)
    } throws: { error in
      guard let error = error as? SweepError, case .badRange(let named, _, _) = error else { return false }
      return named == argument && error.description.hasPrefix("--set \(argument): ")
    }
  }

  @Test("grids: no range, three ranges, a repeated key and too many points are refused")
  func badGrids() {
    #expect(throws: SweepError.noRange) { _ = try SweepGrid(arguments: ["x=3"]) }
    #expect(throws: SweepError.tooManyRanges(argument: "z=1...2")) {
      _ = try SweepGrid(arguments: ["x=1...2", "y=1...2", "z=1...2"])
    }
    #expect(throws: SweepError.repeatedKey(argument: "x=4", key: "x")) {
      _ = try SweepGrid(arguments: ["x=1...2", "x=4"])
    }
    #expect(throws: SweepError.tooManyPoints(count: 10201)) {
      _ = try SweepGrid(arguments: ["x=0...100", "y=0...100"])
    }
  }
}
