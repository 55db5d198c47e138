import Testing

@testable import DLXHDomain

@Suite("RecordID: report and hot-spot ids")
struct RecordIDTests {
    @Test("report ids: R-YYYY-MM-NNNN, growing past 9999 instead of wrapping")
    func reportIDs() {
        #expect(RecordID.report(month: Period.month(2026, 11), sequence: 42) == "R-2026-11-0042")
        #expect(RecordID.report(month: Period.month(2026, 1), sequence: 1) == "R-2026-01-0001")
        #expect(RecordID.report(month: Period.month(2026, 11), sequence: 9999) == "R-2026-11-9999")
        #expect(RecordID.report(month: Period.month(2026, 11), sequence: 10_000) == "R-2026-11-10000")
    }

    @Test("hot-spot ids: HS-YYYY-NNN")
    func hotSpotIDs() {
        #expect(RecordID.hotSpot(year: 2025, sequence: 7) == "HS-2025-007")
        #expect(RecordID.hotSpot(year: 2025, sequence: 999) == "HS-2025-999")
        #expect(RecordID.hotSpot(year: 2025, sequence: 1000) == "HS-2025-1000")
    }

    @Test("the sequence number is read back from an id")
    func sequence() {
        #expect(RecordID.sequence(of: "R-2026-11-0042") == 42)
        #expect(RecordID.sequence(of: "R-2026-11-10000") == 10_000)
        #expect(RecordID.sequence(of: "HS-2025-007") == 7)
        #expect(RecordID.sequence(of: "HS-2025-abc") == nil)
        #expect(RecordID.sequence(of: "") == nil)
        for n in [1, 9, 10, 99, 100, 9999, 10_000, 123_456] {
            #expect(RecordID.sequence(of: RecordID.report(month: Period.month(2026, 11), sequence: n)) == n)
            #expect(RecordID.sequence(of: RecordID.hotSpot(year: 2026, sequence: n)) == n)
        }
    }

    @Test("next: one more than the highest in use, numerically; 1 when none")
    func next() {
        #expect(RecordID.next(after: [String]()) == 1)
        #expect(RecordID.next(after: ["R-2026-11-0001", "R-2026-11-0042", "R-2026-11-0007"]) == 43)
        // 10000 sorts before 9999 as text, but is the higher number.
        #expect(RecordID.next(after: ["R-2026-11-9999", "R-2026-11-10000"]) == 10_001)
        #expect(RecordID.next(after: ["HS-2025-003", "HS-2025-bad"]) == 4)
        // Gaps are not refilled.
        #expect(RecordID.next(after: ["HS-2025-001", "HS-2025-005"]) == 6)
    }
}
