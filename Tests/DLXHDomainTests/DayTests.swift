import Foundation
import Testing

@testable import DLXHDomain

@Suite("Day: calendar arithmetic, parsing and formatting")
struct DayTests {

    // MARK: Validity

    @Test("29 February exists only in leap years (Gregorian 100/400 rule)")
    func leapDay() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)  // divisible by 400
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)  // divisible by 100, not 400
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
    }

    @Test("impossible dates are rejected, month ends accepted")
    func impossibleDates() {
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 2026, month: 6, day: 31) == nil)
        #expect(Day(year: 2026, month: 9, day: 31) == nil)
        #expect(Day(year: 2026, month: 11, day: 31) == nil)
        #expect(Day(year: 2026, month: 4, day: 30) != nil)
        #expect(Day(year: 2026, month: 1, day: 31) != nil)
        #expect(Day(year: 2026, month: 12, day: 31) != nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 0, day: 1) == nil)
        #expect(Day(year: 2026, month: 1, day: 0) == nil)
        #expect(Day(year: 2026, month: 1, day: -1) == nil)
        #expect(Day(year: 2026, month: 1, day: 32) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: -5, month: 1, day: 1) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(year: 1, month: 1, day: 1) != nil)
        #expect(Day(year: 9999, month: 12, day: 31) != nil)
    }

    @Test("isLeap and daysIn agree with the Gregorian calendar")
    func leapYearsAndMonthLengths() {
        #expect(Day.isLeap(2024))
        #expect(Day.isLeap(2000))
        #expect(Day.isLeap(1600))
        #expect(!Day.isLeap(2026))
        #expect(!Day.isLeap(1900))
        #expect(!Day.isLeap(2100))
        let common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        #expect((1...12).map { Day.daysIn(month: $0, year: 2026) } == common)
        #expect((1...12).map { Day.daysIn(month: $0, year: 2024) } == leap)
        #expect(common.reduce(0, +) == 365)
    }

    // MARK: Day numbers

    @Test("day numbers of known dates (days since 1970-01-01)")
    func knownDayNumbers() {
        #expect(d(1970, 1, 1).dayNumber == 0)
        #expect(d(1970, 1, 2).dayNumber == 1)
        #expect(d(1969, 12, 31).dayNumber == -1)
        #expect(d(2000, 1, 1).dayNumber == 10_957)
        #expect(d(2026, 11, 24).dayNumber == 20_781)
        #expect(d(2025, 7, 1).dayNumber == 20_270)
        #expect(d(1900, 1, 1).dayNumber == -25_567)
        #expect(d(1, 1, 1).dayNumber == -719_162)
        #expect(d(9999, 12, 31).dayNumber == 2_932_896)
    }

    /// Walks every day from 0001-01-01 to 9999-12-31 with a naive "next day" written here, so the
    /// closed-form conversion is checked against counting, in both directions.
    @Test("dayNumber round-trips for every day of years 1…9999")
    func dayNumberRoundTripEverywhere() {
        var (y, m, dd) = (1, 1, 1)
        var number = -719_162
        var failures = 0
        while y <= 9999 {
            let day = Day(dayNumber: number)
            if day.year != y || day.month != m || day.day != dd || day.dayNumber != number {
                failures += 1
                if failures <= 5 { Issue.record("day \(number): got \(day), expected \(y)-\(m)-\(dd)") }
            }
            // naive successor
            let monthLength: Int
            switch m {
            case 2: monthLength = ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: monthLength = 30
            default: monthLength = 31
            }
            dd += 1
            if dd > monthLength { dd = 1; m += 1 }
            if m > 12 { m = 1; y += 1 }
            number += 1
        }
        #expect(failures == 0)
        #expect(number == 2_932_897)
    }

    @Test("day numbers and weekdays agree with Foundation's Gregorian calendar, 1600–2400")
    func agreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var mismatches = 0
        // Every 13th day over 800 years, so every weekday and every month end gets hit.
        var number = d(1600, 1, 1).dayNumber
        let end = d(2400, 12, 31).dayNumber
        while number <= end {
            let date = Date(timeIntervalSince1970: TimeInterval(number) * 86_400)
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = Day(dayNumber: number)
            // Foundation weekday: 1 = Sunday … 7 = Saturday; ISO: 1 = Monday … 7 = Sunday.
            let isoFromFoundation = (c.weekday! + 5) % 7 + 1
            if day.year != c.year || day.month != c.month || day.day != c.day || day.isoWeekday != isoFromFoundation {
                mismatches += 1
            }
            number += 13
        }
        #expect(mismatches == 0)
    }

    // MARK: Adding days

    @Test("adding days crosses month, year and leap-day boundaries")
    func addingDays() {
        #expect(d(2026, 12, 31).adding(days: 1) == d(2027, 1, 1))
        #expect(d(2027, 1, 1).adding(days: -1) == d(2026, 12, 31))
        #expect(d(2024, 2, 28).adding(days: 1) == d(2024, 2, 29))
        #expect(d(2024, 2, 29).adding(days: 1) == d(2024, 3, 1))
        #expect(d(2025, 2, 28).adding(days: 1) == d(2025, 3, 1))
        #expect(d(2026, 3, 1).adding(days: -1) == d(2026, 2, 28))
        #expect(d(2026, 4, 30).adding(days: 1) == d(2026, 5, 1))
        #expect(d(2024, 1, 1).adding(days: 365) == d(2024, 12, 31))
        #expect(d(2026, 11, 24).adding(days: 100) == d(2027, 3, 4))
        #expect(d(2026, 11, 24).adding(days: -1000) == d(2024, 2, 28))
        #expect(d(2026, 11, 24).adding(days: 10_000) == d(2054, 4, 11))
        #expect(d(2026, 11, 24).adding(days: 0) == d(2026, 11, 24))
    }

    @Test("days(until:) counts whole days, signed")
    func daysUntil() {
        #expect(d(2026, 10, 20).days(until: d(2026, 10, 24)) == 4)
        #expect(d(2026, 10, 24).days(until: d(2026, 10, 20)) == -4)
        #expect(d(2026, 1, 1).days(until: d(2027, 1, 1)) == 365)
        #expect(d(2024, 1, 1).days(until: d(2025, 1, 1)) == 366)
        #expect(d(2026, 2, 20).days(until: d(2026, 3, 20)) == 28)
        #expect(d(2024, 2, 20).days(until: d(2024, 3, 20)) == 29)
        #expect(d(2026, 5, 5).days(until: d(2026, 5, 5)) == 0)
    }

    // MARK: Weekdays

    @Test("ISO weekday of known dates")
    func weekdays() {
        #expect(d(2026, 11, 24).isoWeekday == 2)  // Tuesday
        #expect(d(2000, 1, 1).isoWeekday == 6)  // Saturday
        #expect(d(1970, 1, 1).isoWeekday == 4)  // Thursday
        #expect(d(1969, 12, 31).isoWeekday == 3)  // Wednesday, before the epoch
        #expect(d(1900, 1, 1).isoWeekday == 1)  // Monday
        #expect(d(2025, 9, 2).isoWeekday == 2)  // National Day 2025, a Tuesday
        #expect(d(2026, 6, 20).isoWeekday == 6)  // Saturday
        #expect(d(2026, 9, 20).isoWeekday == 7)  // Sunday
        #expect(d(1, 1, 1).isoWeekday == 1)  // proleptic Gregorian: Monday
        #expect(d(9999, 12, 31).isoWeekday == 5)  // Friday
    }

    @Test("weekends are Saturday and Sunday only")
    func weekend() {
        // 23/11/2026 is a Monday; walk one week.
        let week = (0..<7).map { d(2026, 11, 23).adding(days: $0) }
        #expect(week.map(\.isoWeekday) == [1, 2, 3, 4, 5, 6, 7])
        #expect(week.map(\.isWeekend) == [false, false, false, false, false, true, true])
    }

    // MARK: Order

    @Test("days order chronologically, across months and years")
    func ordering() {
        #expect(d(2026, 1, 31) < d(2026, 2, 1))
        #expect(d(2025, 12, 31) < d(2026, 1, 1))
        #expect(d(2026, 2, 9) < d(2026, 2, 10))
        #expect(!(d(2026, 2, 10) < d(2026, 2, 10)))
        #expect([d(2026, 3, 1), d(2025, 12, 31), d(2026, 2, 28)].sorted() == [d(2025, 12, 31), d(2026, 2, 28), d(2026, 3, 1)])
    }

    // MARK: ISO text

    @Test("ISO formatting pads to YYYY-MM-DD")
    func isoFormatting() {
        #expect(d(2026, 11, 24).isoString == "2026-11-24")
        #expect(d(2026, 1, 5).isoString == "2026-01-05")
        #expect(d(999, 1, 5).isoString == "0999-01-05")
        #expect(d(1, 1, 1).isoString == "0001-01-01")
        #expect(d(2026, 1, 5).description == "2026-01-05")
    }

    @Test("display format is dd/mm/yyyy")
    func displayFormatting() {
        #expect(d(2026, 11, 24).displayString == "24/11/2026")
        #expect(d(2026, 1, 5).displayString == "05/01/2026")
    }

    @Test("ISO parsing accepts exactly YYYY-MM-DD of real dates")
    func isoParsing() {
        #expect(Day(iso: "2026-11-24") == d(2026, 11, 24))
        #expect(Day(iso: "2024-02-29") == d(2024, 2, 29))
        #expect(Day(iso: "0001-01-01") == d(1, 1, 1))
        for bad in [
            "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-24", "26-11-24",
            "2026-11-4", "2026/11/24", "24/11/2026", "2026-11-24T00:00", " 2026-11-24", "2026-11-24 ", "",
            "2026-11", "2026-11-24-01", "abcd-ef-gh", "2026--1-24",
        ] {
            #expect(Day(iso: bad) == nil, "accepted \(bad)")
        }
    }

    @Test("ISO parsing is strict about signs, spaces and non-ASCII digits inside the fields")
    func isoParsingRejectsSigns() {
        #expect(Day(iso: "2026-+1-05") == nil)
        #expect(Day(iso: "+026-11-24") == nil)
        #expect(Day(iso: "2026-11-+5") == nil)
        #expect(Day(iso: "2026-11- 5") == nil)
        #expect(Day(iso: "2026-1１-05") == nil)  // a full-width digit
        #expect(Day(iso: "２０２６-11-05") == nil)
    }

    @Test("ISO text round-trips for a spread of days")
    func isoRoundTrip() {
        var number = d(1850, 1, 1).dayNumber
        while number < d(2150, 1, 1).dayNumber {
            let day = Day(dayNumber: number)
            #expect(Day(iso: day.isoString) == day)
            number += 97
        }
    }

    // MARK: Typed dates

    @Test("typed dates: dd/mm/yyyy and its variants")
    func typedDates() {
        #expect(Day(typed: "24/11/2026") == d(2026, 11, 24))
        #expect(Day(typed: "1/2/2026") == d(2026, 2, 1))  // day first, Vietnamese order
        #expect(Day(typed: "01/02/2026") == d(2026, 2, 1))
        #expect(Day(typed: "24-11-2026") == d(2026, 11, 24))
        #expect(Day(typed: "24.11.2026") == d(2026, 11, 24))
        #expect(Day(typed: "  24/11/2026 ") == d(2026, 11, 24))
        #expect(Day(typed: "29/02/2024") == d(2024, 2, 29))
        #expect(Day(typed: "31/12/2026") == d(2026, 12, 31))
    }

    @Test("typed dates: impossible or ambiguous input is rejected, not adjusted")
    func typedDatesRejected() {
        for bad in [
            "31/04/2026",  // April has 30 days
            "29/02/2025",  // common year
            "29/2/2026",
            "30/02/2024",
            "00/01/2026",
            "24/13/2026",
            "24/00/2026",
            "32/01/2026",
            "24/11/26",  // two-digit year
            "2026/11/24",  // year first
            "2026-11-24",  // ISO is not the typed form
            "24/11",
            "24/11/2026/1",
            "",
            "   ",
            "hôm nay",
            "24/11/0000",
            "ab/cd/efgh",
        ] {
            #expect(Day(typed: bad) == nil, "accepted \(bad)")
        }
    }

    // MARK: Codable

    @Test("Codable: a bare ISO string, round trip inside a record")
    func codable() throws {
        let data = try JSONEncoder().encode([d(2026, 11, 24)])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-24"]"#)
        let back = try JSONDecoder().decode([Day].self, from: data)
        #expect(back == [d(2026, 11, 24)])

        struct Holder: Codable, Equatable {
            var due: Day
            var received: Day?
        }
        let holder = Holder(due: d(2024, 2, 29), received: nil)
        let decoded = try JSONDecoder().decode(Holder.self, from: JSONEncoder().encode(holder))
        #expect(decoded == holder)
    }

    @Test("Codable: impossible or malformed dates fail to decode")
    func codableRejects() {
        for bad in [#"["2026-02-30"]"#, #"["24/11/2026"]"#, #"[20261124]"#, #"["2026-11-24T09:00:00Z"]"#] {
            #expect(throws: DecodingError.self, "decoded \(bad)") {
                try JSONDecoder().decode([Day].self, from: Data(bad.utf8))
            }
        }
    }
}
