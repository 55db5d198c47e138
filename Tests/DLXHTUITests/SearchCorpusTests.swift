import DLXHDemo
import DLXHDomain
import Testing

@testable import DLXHTUI

/// The inbox's search through its index (`SearchCorpus`) finds exactly what a scan of every
/// report's folded text finds, whatever the query: phrases, `|`, `-`, quotes and field terms.
@Suite("Search through the index answers as the scan")
struct SearchCorpusTests {
    static let dataset: Dataset = {
        let output = DemoGenerator(years: 3, seed: 7, today: goldenToday).generate()
        return Dataset(configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots)
    }()

    static func state() -> AppState {
        var state = AppState(
            session: Session(storeName: "demo-store", staff: "Lê Thị Thu Hà", language: .vi), now: goldenNow, width: 120, height: 40)
        _ = state.update(.loaded(dataset))
        return state
    }

    /// What the inbox showed before the index: every report's key scanned for every phrase.
    static func scan(_ query: ReportQuery, _ derived: Derived, _ configuration: Configuration) -> [Int] {
        derived.inbox.indices.filter { i in
            let report = derived.inbox[i]
            if report.archived && !query.asksForArchived { return false }
            if query.isEmpty { return true }
            return query.matches(report, unitName: derived.unitName(report.unitID), configuration: configuration) {
                ByteSearch.contains(derived.inboxKeys[i], Array($0.utf8))
            }
        }
    }

    static let queries = [
        "t", "ti", "tie", "tien", "tien ", "tien l", "tien lu", "tien luo", "tien luon", "tien luong", "tiền lương",
        "luong", "tien luong | bao hiem", "-luong", "tien -luong", "\"tien luong\"", "\"luong, thuong\"", "bao hiem, -that nghiep",
        "đơn vị:bien", "chủ đề:tiền lương luong", "lương | -việc", "-tien | -luong", "xyzzy", "cong nhan | xyzzy",
        "kỳ:2026 -cong", "lưu trữ:có luong", "nhan", "cong nhan",
    ]

    @Test("every query answers alike through the index and by scanning, typed one after another")
    func sameAsScan() throws {
        let base = Self.state()
        let configuration = try #require(base.dataset?.configuration)
        var nonTrivial = 0
        for query in Self.queries {
            var state = base
            state.press(.character("/"))
            state.type(query)
            let expected = Self.scan(ReportQuery(query), state.derived, configuration)
            #expect(state.inbox.visible == expected, "\(query)")
            if !expected.isEmpty && expected.count < state.derived.inbox.count / 2 { nonTrivial += 1 }
        }
        #expect(nonTrivial >= 10, "the queries narrow the list, so a wrong index would show")
    }

    @Test("after a save changes a report's text, the index finds it by its new text and not its old")
    func afterASave() throws {
        var base = Self.state()
        let configuration = try #require(base.dataset?.configuration)
        for query in ["tien luong", "xyzzy quorp", "bao hiem"] {  // remembered before the change
            var state = base
            state.press(.character("/"))
            state.type(query)
        }
        let i = try #require(base.derived.inbox.firstIndex { report in
            report.items.contains { Text.fold($0.content).contains("bao hiem") } && !report.archived
        })
        var changed = base.derived.inbox[i]
        for n in changed.items.indices { changed.items[n].content = "xyzzy quorp" }
        changed.summary = "xyzzy"
        base.derived.apply([changed], removed: [], dataset: try #require(base.dataset))
        for query in ["xyzzy quorp", "bao hiem", "tien luong", "xyzzy | bao hiem", "-xyzzy"] {
            var state = base
            state.press(.character("/"))
            state.type(query)
            let expected = Self.scan(ReportQuery(query), state.derived, configuration)
            #expect(state.inbox.visible == expected, "\(query)")
        }
        var state = base
        state.press(.character("/"))
        state.type("xyzzy quorp")
        #expect(state.inbox.visible.contains(i))
    }
}
