import Foundation
import QueueingTheory
import Testing

@Suite("Waiting-list closed forms (NHSRwaitinglist's relief capacity, target list size, Kingman)")
struct WaitingListFormulaTests {
  @Test("relief capacity by hand: 30 a week, 1,200 waiting, target 390 in 26 weeks gives 30 + 810/26")
  func reliefCapacity() {
    let relief = WaitingListFormulas.reliefCapacity(demand: 30, listSize: 1200, targetSize: 390, time: 26)
    #expect(abs(relief - (30 + 810.0 / 26)) < 1e-12)
    #expect(abs(relief - 61.153846) < 1e-6)
    #expect(WaitingListFormulas.reliefCapacity(demand: 30, listSize: 300, targetSize: 390, time: 26) == 30)
    #expect(WaitingListFormulas.reliefCapacity(demand: 30, listSize: 300, targetSize: 390, time: 0).isNaN)
  }

  @Test("target mean wait: 98.2% within t gives t / 4, as NHSRwaitinglist's factor of 4; 75% within 42 days")
  func targetMeanWait() {
    let share = 1 - exp(-4.0)
    #expect(abs(WaitingListFormulas.targetMeanWait(within: 52, share: share) - 13) < 1e-9)
    #expect(abs(WaitingListFormulas.targetMeanWait(within: 42, share: 0.75) - 42 / log(4.0)) < 1e-12)
    #expect(WaitingListFormulas.targetMeanWait(within: 42, share: 1).isNaN)
  }

  @Test("target list size by Little's law: 30 a week and a 52-week target (mean 13 weeks) gives 390")
  func targetListSize() {
    #expect(abs(WaitingListFormulas.targetListSize(demand: 30, meanWait: 13) - 390) < 1e-12)
  }

  @Test("target capacity (Kingman, as calc_target_capacity): demand 4, target 52 with factor 4 gives 4 + 4/52")
  func targetCapacity() {
    #expect(abs(WaitingListFormulas.targetCapacity(demand: 4, meanWait: 13) - (4 + 4.0 / 52)) < 1e-12)
    let regular = WaitingListFormulas.targetCapacity(
      demand: 4, meanWait: 13, arrivalVariation: 0, removalVariation: 0)
    #expect(regular == 4)
  }

  @Test(
    "least servers of an M/M/c for a mean-wait target agrees with Erlang C either side", arguments: [0.5, 0.1, 2.0])
  func leastServers(_ target: Double) throws {
    let servers = try #require(WaitingListFormulas.leastServers(arrivalRate: 2, serviceMean: 1.2, meanWait: target))
    let at = try #require(MMc(arrivalRate: 2, serviceMean: 1.2, servers: servers))
    #expect(at.meanWait <= target)
    if let fewer = MMc(arrivalRate: 2, serviceMean: 1.2, servers: servers - 1) {
      #expect(!(fewer.meanWait <= target))
    }
  }
}
