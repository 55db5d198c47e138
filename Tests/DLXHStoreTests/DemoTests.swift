import DLXHDemo
import DLXHDomain
import Foundation
import Testing

/// The demo data reads as real data would: what the union did about a hot spot is not a
/// proposal (kiến nghị) in the consolidated report's section VI.
@Suite("The demo generator")
struct DemoTests {
    @Test("no item's proposal is a hot spot's union actions; rapid reports propose to a real addressee", arguments: [1, 3, 7] as [UInt64])
    func rapidReportProposals(seed: UInt64) throws {
        let output = DemoGenerator(years: 2, seed: seed, today: testToday).generate()
        let actions = Set(output.hotSpots.map { Text.fold($0.unionActions) }.filter { !$0.isEmpty })
        #expect(!actions.isEmpty)
        let rapid = output.reports.filter { $0.kind == .rapid }
        #expect(rapid.count >= 5, "the demo has rapid reports linked to hot spots")
        for report in output.reports {
            for item in report.items {
                #expect(!actions.contains(Text.fold(item.proposal)), "\(report.id)/\(item.id) proposes what the union did")
            }
        }
        for item in rapid.flatMap(\.items) where !item.proposal.isEmpty {
            #expect(item.proposal.hasPrefix("Đề nghị"), "\(item.proposal)")
            #expect(!item.proposalTo.isEmpty, "\(item.proposal) names no addressee")
        }
        #expect(rapid.contains { !$0.items.allSatisfy { $0.proposal.isEmpty } }, "some rapid report proposes something")
    }

    @Test("the same seed and day give the same demo")
    func deterministic() {
        let a = DemoGenerator(years: 2, seed: 4, today: testToday).generate()
        let b = DemoGenerator(years: 2, seed: 4, today: testToday).generate()
        #expect(a.reports == b.reports)
        #expect(a.hotSpots == b.hotSpots)
        #expect(a.audit == b.audit)
    }
}
