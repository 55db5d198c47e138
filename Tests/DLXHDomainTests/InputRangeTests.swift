import Foundation
import Testing

@testable import DLXHDomain

/// Numbers and dates that come from a file or the command line: refused at decode when out of
/// range (Docs/STORE.md, "Limits"), and the arithmetic on them never traps.
@Suite("Input ranges: dates, periods, ids and rule values")
struct InputRangeTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test("periods step past the years a file may name without trapping")
    func periodArithmeticNeverTraps() {
        let first = Period.month(1, 1)
        #expect(first.advanced(by: -2).id == "0000-11")
        #expect(Period.month(9999, 12).next.year == 10_000)
        #expect(Period.containing(Day(dayNumber: Day(year: 1, month: 1, day: 1)!.dayNumber - 1)).year == 0)
    }

    @Test("a period or date outside 1900…2200 is refused when decoded")
    func decodedYearsAreInRange() throws {
        #expect(throws: DecodingError.self) { try decode(Period.self, "\"0001-01\"") }
        #expect(throws: DecodingError.self) { try decode(Period.self, "\"9999-Q4\"") }
        #expect(throws: DecodingError.self) { try decode(Day.self, "\"0001-06-01\"") }
        #expect(throws: DecodingError.self) { try decode(Day.self, "\"9999-12-31\"") }
        #expect(throws: DecodingError.self) { try decode(Moment.self, "\"9999-12-31T23:59:59+07:00\"") }
        #expect(try decode(Period.self, "\"2200-12\"") == Period.month(2200, 12))
        #expect(try decode(Day.self, "\"1900-01-01\"") == Day(year: 1900, month: 1, day: 1))
    }

    @Test("the next record number ignores a number beyond six digits instead of overflowing")
    func recordIDNextNeverOverflows() {
        #expect(RecordID.sequence(of: "R-2026-11-9223372036854775807") == nil)
        #expect(RecordID.sequence(of: "R-2026-11-99999999999999999999999") == nil)
        #expect(RecordID.next(after: ["R-2026-11-0005", "R-2026-11-9223372036854775807"]) == 6)
        #expect(RecordID.isValidSequence(of: "R-2026-11-999999"))
        #expect(!RecordID.isValidSequence(of: "R-2026-11-1000000"))
    }

    @Test("the next item id never overflows on a huge item id or last item number")
    func nextItemIDNeverOverflows() {
        let moment = Moment(day: Day(year: 2026, month: 11, day: 24)!, hour: 9)
        var report = Report(
            id: "R-2026-11-0001", unitID: "u", period: .month(2026, 11), receivedOn: moment.day,
            items: [OpinionItem(id: "i9223372036854775807", topic: "wages", content: "x", attitude: "agree")],
            createdAt: moment, createdBy: "t")
        #expect(report.nextItemID == "i1")
        report.lastItemNumber = Int.max
        let added = report.addItem(OpinionItem(id: "", topic: "wages", content: "y", attitude: "agree"))
        #expect(added.id.hasPrefix("i"))
        #expect(Set(report.items.map(\.id)).count == report.items.count)
    }

    @Test("hot-spot rule hours beyond a year, a due day outside 1…31 and an impossible UTC offset are refused")
    func configurationValuesInRange() throws {
        #expect(throws: DecodingError.self) { try decode(HotSpotRules.self, #"{"acknowledgeWithinHours": 9223372036854775807}"#) }
        #expect(throws: DecodingError.self) { try decode(HotSpotRules.self, #"{"updateEveryHours": -1}"#) }
        #expect(throws: DecodingError.self) { try decode(HotSpotRules.self, #"{"updateEveryHours": 8761}"#) }
        #expect(try decode(HotSpotRules.self, #"{"updateEveryHours": 8760}"#).updateEveryHours == 8760)
        #expect(try decode(HotSpotRules.self, "{}") == HotSpotRules())
        #expect(throws: DecodingError.self) { try decode(DeadlinePolicy.self, #"{"dueDay": 0}"#) }
        #expect(throws: DecodingError.self) { try decode(DeadlinePolicy.self, #"{"dueDay": 32}"#) }
        #expect(throws: DecodingError.self) { try decode(Configuration.self, #"{"utcOffsetMinutes": 9223372036854775807}"#) }
        #expect(try decode(Configuration.self, #"{"utcOffsetMinutes": -720}"#).utcOffsetMinutes == -720)
    }
}
