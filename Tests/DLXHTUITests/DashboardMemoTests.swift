import DLXHDemo
import DLXHDomain
import DLXHReport
import Testing

@testable import DLXHTUI

/// The dashboard's remembered rows and matrices (`DashboardMemo`) are those worked out afresh
/// from the whole dataset, for every period and window, and a new dataset is never answered
/// from an old one's.
@Suite("The dashboard's remembered data answers as a fresh computation")
struct DashboardMemoTests {
    @Test("rows of every month and every twelve-month window, remembered or not, are the full computation's")
    func sameAsFresh() {
        let dataset = SearchCorpusTests.dataset
        let memo = DashboardMemo()
        let today = goldenToday
        var last = Period.containing(today)
        var seen = 0
        for _ in 0..<30 {
            for _ in 0..<2 {  // the second time from memory
                #expect(memo.submissionRows(dataset, period: last, today: today) == dataset.submissionRows(for: last, asOf: today))
                let units = Array(dataset.units.prefix(40))
                var shown = dataset
                shown.units = units
                #expect(
                    memo.matrix(dataset, units: units, last: last, months: 12, today: today)
                        == SubmissionMatrix.build(from: shown, last: last, months: 12, today: today))
            }
            seen += dataset.submissionRows(for: last, asOf: today).filter { $0.state.isSubmitted }.count
            last = last.previous
        }
        #expect(seen > 100, "the months compared hold reports")
        let quarter = Period.containing(today, kind: .quarter)
        #expect(memo.submissionRows(dataset, period: quarter, today: today) == dataset.submissionRows(for: quarter, asOf: today))
    }

    @Test("a save taken in starts afresh: the dashboard shows the new report")
    func afreshAfterASave() throws {
        var state = SearchCorpusTests.state()
        _ = state.update(.key(.character("4")))
        _ = state.view()
        let dataset = try #require(state.dataset)
        let period = Period.containing(goldenToday).previous
        let before = state.derived.dashboard.submissionRows(dataset, period: period, today: goldenToday)
        let owing = try #require(before.first { !$0.state.isSubmitted && $0.state.isExpected })
        var report = Report(
            id: "R-2026-11-9999", unitID: owing.unit.id, period: period, kind: .periodic, receivedOn: goldenToday,
            createdAt: goldenNow, createdBy: "test")
        report.summary = "x"
        var changed = dataset
        changed.reports.append(report)
        _ = state.update(.loaded(changed))
        let after = state.derived.dashboard.submissionRows(try #require(state.dataset), period: period, today: goldenToday)
        #expect(after == changed.submissionRows(for: period, asOf: goldenToday))
        #expect(after.first { $0.unit.id == owing.unit.id }?.state.isSubmitted == true)
    }
}
