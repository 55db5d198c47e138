import Foundation
import Testing

@testable import DLXHDomain

@Suite("Period: months, quarters, halves and years")
struct PeriodTests {
    func p(_ kind: Period.Kind, _ year: Int, _ index: Int) -> Period {
        guard let period = Period(kind: kind, year: year, index: index) else {
            fatalError("test fixture: impossible period \(kind) \(year) \(index)")
        }
        return period
    }

    @Test("ids for every kind")
    func ids() {
        #expect(Period.month(2026, 11).id == "2026-11")
        #expect(Period.month(2026, 1).id == "2026-01")
        #expect(p(.quarter, 2026, 4).id == "2026-Q4")
        #expect(p(.half, 2026, 2).id == "2026-H2")
        #expect(p(.half, 2025, 1).id == "2025-H1")
        #expect(p(.year, 2026, 1).id == "2026")
        #expect(Period.month(2026, 11).description == "2026-11")
    }

    @Test("parsing ids of every kind")
    func parsing() {
        #expect(Period(id: "2026-11") == Period.month(2026, 11))
        #expect(Period(id: "2026-01") == Period.month(2026, 1))
        #expect(Period(id: "2026-Q1") == p(.quarter, 2026, 1))
        #expect(Period(id: "2026-Q4") == p(.quarter, 2026, 4))
        #expect(Period(id: "2026-H1") == p(.half, 2026, 1))
        #expect(Period(id: "2026-H2") == p(.half, 2026, 2))
        #expect(Period(id: "2026") == p(.year, 2026, 1))
        #expect(Period(id: "2026")?.kind == .year)
    }

    @Test("parsing rejects malformed ids and out-of-range indices")
    func parsingRejects() {
        for bad in [
            "2026-13", "2026-00", "2026-1", "2026-011", "2026-Q0", "2026-Q5", "2026-H0", "2026-H3", "2026-q4",
            "2026-h1", "+026", "+026-11", "2026-+1", "2026- 1", "2026-Q+", "2026-Q04", "26-11", "2026-11-01", "2026-", "", "0000", "0000-01", "abcd", "11/2026", "2026-Q", "T11/2026",
        ] {
            #expect(Period(id: bad) == nil, "accepted \(bad)")
        }
    }

    @Test("ids round-trip for every period of 2025–2027")
    func idRoundTrip() {
        for kind in Period.Kind.allCases {
            for year in 2025...2027 {
                for index in 1...(12 / kind.length) {
                    let period = p(kind, year, index)
                    #expect(Period(id: period.id) == period)
                }
            }
        }
    }

    @Test("the memberwise initializer validates the index for the kind")
    func initValidation() {
        #expect(Period(kind: .month, year: 2026, index: 12) != nil)
        #expect(Period(kind: .month, year: 2026, index: 13) == nil)
        #expect(Period(kind: .month, year: 2026, index: 0) == nil)
        #expect(Period(kind: .quarter, year: 2026, index: 4) != nil)
        #expect(Period(kind: .quarter, year: 2026, index: 5) == nil)
        #expect(Period(kind: .half, year: 2026, index: 3) == nil)
        #expect(Period(kind: .year, year: 2026, index: 2) == nil)
        #expect(Period(kind: .year, year: 0, index: 1) == nil)
        #expect(Period.Kind.allCases.map(\.length) == [1, 3, 6, 12])
    }

    @Test("the period containing a day")
    func containing() {
        let day = d(2026, 11, 24)
        #expect(Period.containing(day) == Period.month(2026, 11))
        #expect(Period.containing(day, kind: .quarter) == p(.quarter, 2026, 4))
        #expect(Period.containing(day, kind: .half) == p(.half, 2026, 2))
        #expect(Period.containing(day, kind: .year) == p(.year, 2026, 1))
        #expect(Period.containing(d(2026, 3, 31), kind: .quarter) == p(.quarter, 2026, 1))
        #expect(Period.containing(d(2026, 4, 1), kind: .quarter) == p(.quarter, 2026, 2))
        #expect(Period.containing(d(2026, 6, 30), kind: .half) == p(.half, 2026, 1))
        #expect(Period.containing(d(2026, 7, 1), kind: .half) == p(.half, 2026, 2))
    }

    @Test("first and last months and days")
    func bounds() {
        #expect(Period.month(2024, 2).firstDay == d(2024, 2, 1))
        #expect(Period.month(2024, 2).lastDay == d(2024, 2, 29))
        #expect(Period.month(2026, 2).lastDay == d(2026, 2, 28))
        #expect(Period.month(2026, 4).lastDay == d(2026, 4, 30))
        #expect(Period.month(2026, 12).lastDay == d(2026, 12, 31))

        let q1 = p(.quarter, 2026, 1)
        #expect((q1.firstMonth, q1.lastMonth) == (1, 3))
        #expect(q1.firstDay == d(2026, 1, 1))
        #expect(q1.lastDay == d(2026, 3, 31))

        let q3 = p(.quarter, 2026, 3)
        #expect((q3.firstMonth, q3.lastMonth) == (7, 9))
        #expect(q3.lastDay == d(2026, 9, 30))

        let h2 = p(.half, 2026, 2)
        #expect((h2.firstMonth, h2.lastMonth) == (7, 12))
        #expect(h2.firstDay == d(2026, 7, 1))
        #expect(h2.lastDay == d(2026, 12, 31))

        let year = p(.year, 2024, 1)
        #expect((year.firstMonth, year.lastMonth) == (1, 12))
        #expect(year.firstDay.days(until: year.lastDay) == 365)  // 366 days in 2024
    }

    @Test("contains is inclusive of both ends and nothing more")
    func contains() {
        let q4 = p(.quarter, 2026, 4)
        #expect(q4.contains(d(2026, 10, 1)))
        #expect(q4.contains(d(2026, 11, 24)))
        #expect(q4.contains(d(2026, 12, 31)))
        #expect(!q4.contains(d(2026, 9, 30)))
        #expect(!q4.contains(d(2027, 1, 1)))
        #expect(!q4.contains(d(2025, 11, 24)))  // same month, other year

        let feb = Period.month(2024, 2)
        #expect(feb.contains(d(2024, 2, 29)))
        #expect(!feb.contains(d(2024, 3, 1)))
        #expect(!feb.contains(d(2024, 1, 31)))
    }

    @Test("next and previous cross year ends for every kind")
    func nextAndPrevious() {
        #expect(Period.month(2026, 12).next == Period.month(2027, 1))
        #expect(Period.month(2027, 1).previous == Period.month(2026, 12))
        #expect(Period.month(2026, 6).next == Period.month(2026, 7))
        #expect(p(.quarter, 2026, 4).next == p(.quarter, 2027, 1))
        #expect(p(.quarter, 2027, 1).previous == p(.quarter, 2026, 4))
        #expect(p(.half, 2026, 2).next == p(.half, 2027, 1))
        #expect(p(.half, 2027, 1).previous == p(.half, 2026, 2))
        #expect(p(.year, 2026, 1).next == p(.year, 2027, 1))
        #expect(p(.year, 2026, 1).previous == p(.year, 2025, 1))
        #expect(Period.month(2026, 11).advanced(by: 13) == Period.month(2027, 12))
        #expect(Period.month(2026, 11).advanced(by: -23) == Period.month(2024, 12))
        #expect(Period.month(2026, 11).advanced(by: -11) == Period.month(2025, 12))
        #expect(Period.month(2026, 11).advanced(by: 0) == Period.month(2026, 11))
        #expect(p(.quarter, 2026, 2).advanced(by: -6) == p(.quarter, 2024, 4))
    }

    @Test("distance counts periods, signed, and inverts advanced(by:)")
    func distance() {
        #expect(Period.month(2026, 11).distance(to: Period.month(2027, 2)) == 3)
        #expect(Period.month(2027, 2).distance(to: Period.month(2026, 11)) == -3)
        #expect(Period.month(2025, 7).distance(to: Period.month(2026, 7)) == 12)
        #expect(p(.quarter, 2025, 4).distance(to: p(.quarter, 2027, 1)) == 5)
        #expect(p(.half, 2025, 2).distance(to: p(.half, 2026, 1)) == 1)
        #expect(p(.year, 2020, 1).distance(to: p(.year, 2026, 1)) == 6)
        let start = Period.month(2025, 3)
        for n in -30...30 {
            #expect(start.distance(to: start.advanced(by: n)) == n)
        }
        // Walking next 12 times from any month lands on the same month next year.
        var walk = Period.month(2025, 8)
        for _ in 0..<12 { walk = walk.next }
        #expect(walk == Period.month(2026, 8))
    }

    @Test("order: chronological, and a longer period after a shorter one starting the same day")
    func ordering() {
        #expect(Period.month(2026, 12) < Period.month(2027, 1))
        #expect(Period.month(2026, 10) < p(.quarter, 2026, 4))
        #expect(p(.quarter, 2026, 4) < Period.month(2026, 11))
        #expect(p(.quarter, 2026, 3) < p(.half, 2026, 2))
        #expect(p(.year, 2026, 1) < Period.month(2026, 2))
        #expect(!(Period.month(2026, 11) < Period.month(2026, 11)))
        let sorted = [p(.year, 2026, 1), Period.month(2026, 1), p(.quarter, 2026, 1), p(.half, 2026, 1)].sorted()
        #expect(sorted.map(\.id) == ["2026-01", "2026-Q1", "2026-H1", "2026"])
    }

    @Test("Codable as the id string")
    func codable() throws {
        let periods = [Period.month(2026, 11), p(.quarter, 2026, 4), p(.half, 2026, 1), p(.year, 2026, 1)]
        let data = try JSONEncoder().encode(periods)
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11","2026-Q4","2026-H1","2026"]"#)
        #expect(try JSONDecoder().decode([Period].self, from: data) == periods)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Period].self, from: Data(#"["2026-13"]"#.utf8))
        }
    }
}
