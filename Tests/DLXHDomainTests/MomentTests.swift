import Foundation
import Testing

@testable import DLXHDomain

@Suite("Moment: instants with their recorded UTC offset")
struct MomentTests {
    /// Seconds since the epoch of a UTC wall-clock time, computed here from the day number.
    func utc(_ day: Day, _ h: Int, _ m: Int, _ s: Int = 0) -> Int64 {
        Int64(day.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
    }

    @Test("parses +07:00, Z and negative offsets to the right instant")
    func parsing() throws {
        let vn = try #require(Moment(iso: "2026-11-24T09:30:00+07:00"))
        #expect(vn.secondsSinceEpoch == utc(d(2026, 11, 24), 2, 30))
        #expect(vn.utcOffsetMinutes == 420)

        let z = try #require(Moment(iso: "2026-11-24T02:30:00Z"))
        #expect(z.secondsSinceEpoch == utc(d(2026, 11, 24), 2, 30))
        #expect(z.utcOffsetMinutes == 0)

        let west = try #require(Moment(iso: "2026-11-23T19:30:00-05:00"))
        #expect(west.secondsSinceEpoch == utc(d(2026, 11, 24), 0, 30))
        #expect(west.utcOffsetMinutes == -300)

        let noSeconds = try #require(Moment(iso: "2026-11-24T09:30+07:00"))
        #expect(noSeconds.secondsSinceEpoch == vn.secondsSinceEpoch)

        let half = try #require(Moment(iso: "2026-11-24T09:30:15+05:45"))
        #expect(half.utcOffsetMinutes == 345)
        #expect(half.secondsSinceEpoch == utc(d(2026, 11, 24), 3, 45, 15))
    }

    @Test("rejects malformed and impossible date-times")
    func parsingRejects() {
        for bad in [
            "2026-11-24", "2026-11-24T09:30:00", "2026-11-24 09:30:00+07:00", "2026-11-24t09:30:00Z",
            "2026-11-24T24:00:00Z", "2026-11-24T09:60:00Z", "2026-11-24T09:30:60Z", "2026-02-30T09:00:00Z",
            "2026-11-24T09:30:00+07", "2026-11-24T09:30:00+0700", "2026-11-24T09:30:00+24:00",
            "2026-11-24T09:30:00+07:60", "2026-11-24T09:30:00.5Z", "2026-11-24T09Z", "", "T09:30:00+07:00", "2026-11-24T09:30:00Z ",
            "2026-11-24T09:30:00+07:00 ", "2026-11-24T9:30:00+07:00", "2026-11-24T09:30:00+7:00",
            "2026-11-24T09:30:00ZZ", "2026-11-24T+9:30:00Z", "2026-11-24T09:30:+5Z", "2026-11-24T09:30",
            "2026-11-24T09:30:00+07:00:00", "2026-11-24T09:30:00z",
        ] {
            #expect(Moment(iso: bad) == nil, "accepted \(bad)")
        }
    }

    @Test("day and time of day are local to the offset, around midnight")
    func localDayAroundMidnight() {
        // 17:00Z on 23/11 is midnight in Vietnam on 24/11.
        let midnight = Moment(secondsSinceEpoch: utc(d(2026, 11, 23), 17, 0), utcOffsetMinutes: 420)
        #expect(midnight.day == d(2026, 11, 24))
        #expect(midnight.timeOfDay == (0, 0, 0))

        let justBefore = midnight.adding(seconds: -1)
        #expect(justBefore.day == d(2026, 11, 23))
        #expect(justBefore.timeOfDay == (23, 59, 59))

        // The same instant read in UTC is still the 23rd, at 17:00.
        let sameInUTC = Moment(secondsSinceEpoch: midnight.secondsSinceEpoch, utcOffsetMinutes: 0)
        #expect(sameInUTC.day == d(2026, 11, 23))
        #expect(sameInUTC.timeOfDay == (17, 0, 0))

        // New Year in Vietnam while it is still the old year in UTC.
        let newYear = Moment(secondsSinceEpoch: utc(d(2026, 12, 31), 17, 30), utcOffsetMinutes: 420)
        #expect(newYear.day == d(2027, 1, 1))
        #expect(newYear.timeOfDay == (0, 30, 0))
    }

    @Test("local day and time are right before the epoch (negative seconds)")
    func beforeEpoch() throws {
        let lastSecond = try #require(Moment(iso: "1969-12-31T23:59:59Z"))
        #expect(lastSecond.secondsSinceEpoch == -1)
        #expect(lastSecond.day == d(1969, 12, 31))
        #expect(lastSecond.timeOfDay == (23, 59, 59))

        let evening = try #require(Moment(iso: "1969-12-31T20:00:00+07:00"))
        #expect(evening.secondsSinceEpoch == -11 * 3600)
        #expect(evening.day == d(1969, 12, 31))
        #expect(evening.timeOfDay == (20, 0, 0))

        let inVietnam = Moment(secondsSinceEpoch: -1, utcOffsetMinutes: 420)
        #expect(inVietnam.day == d(1970, 1, 1))
        #expect(inVietnam.timeOfDay == (6, 59, 59))
    }

    @Test("init(day:hour:…) is the local wall-clock time")
    func fromDay() {
        let m = Moment(day: d(2025, 9, 19), hour: 10)
        #expect(m.secondsSinceEpoch == utc(d(2025, 9, 19), 3, 0))
        #expect(m.day == d(2025, 9, 19))
        #expect(m.timeOfDay == (10, 0, 0))
        // Early morning in Vietnam is the previous day in UTC.
        let early = Moment(day: d(2025, 9, 19), hour: 5, minute: 15)
        #expect(early.secondsSinceEpoch == utc(d(2025, 9, 18), 22, 15))
        #expect(early.day == d(2025, 9, 19))
    }

    @Test("formats ISO with the recorded offset and displays HH:MM dd/mm/yyyy")
    func formatting() {
        let m = Moment(day: d(2026, 11, 24), hour: 9, minute: 30)
        #expect(m.isoString == "2026-11-24T09:30:00+07:00")
        #expect(m.description == "2026-11-24T09:30:00+07:00")
        #expect(m.displayString == "09:30 24/11/2026")

        let utcMoment = Moment(secondsSinceEpoch: m.secondsSinceEpoch, utcOffsetMinutes: 0)
        #expect(utcMoment.isoString == "2026-11-24T02:30:00+00:00")

        let west = Moment(day: d(2026, 1, 5), hour: 7, minute: 5, second: 9, utcOffsetMinutes: -330)
        #expect(west.isoString == "2026-01-05T07:05:09-05:30")
        #expect(west.displayString == "07:05 05/01/2026")
    }

    @Test("ISO text round-trips, keeping the offset")
    func isoRoundTrip() throws {
        for text in ["2026-11-24T09:30:00+07:00", "2026-11-24T02:30:00+00:00", "2025-07-01T00:00:00-05:30",
            "2024-02-29T23:59:59+07:00"]
        {
            let m = try #require(Moment(iso: text))
            #expect(m.isoString == text)
        }
    }

    @Test("equality, hashing and order compare the instant and ignore the offset")
    func orderIgnoresOffset() throws {
        let vn = try #require(Moment(iso: "2026-11-24T09:30:00+07:00"))
        let z = try #require(Moment(iso: "2026-11-24T02:30:00Z"))
        #expect(vn == z)
        #expect(Set([vn, z]).count == 1)

        // 08:00 in Vietnam (01:00Z) is earlier than 02:00Z, though its local clock reads later.
        let earlyVN = try #require(Moment(iso: "2026-11-24T08:00:00+07:00"))
        let laterUTC = try #require(Moment(iso: "2026-11-24T02:00:00Z"))
        #expect(earlyVN < laterUTC)
        #expect(!(laterUTC < earlyVN))
        #expect([laterUTC, earlyVN].sorted().map(\.utcOffsetMinutes) == [420, 0])
        #expect([laterUTC, earlyVN].max() == laterUTC)
    }

    @Test("adding and measuring time")
    func arithmetic() {
        let m = Moment(day: d(2026, 12, 31), hour: 23, minute: 30)
        let later = m.adding(hours: 1)
        #expect(later.day == d(2027, 1, 1))
        #expect(later.timeOfDay == (0, 30, 0))
        #expect(later.utcOffsetMinutes == 420)
        #expect(m.seconds(until: later) == 3600)
        #expect(later.seconds(until: m) == -3600)
        #expect(m.adding(hours: -24).day == d(2026, 12, 30))
        #expect(m.adding(hours: 48).seconds(until: m) == -172_800)
    }

    @Test("Codable: ISO string, decoding keeps the offset")
    func codable() throws {
        let m = Moment(day: d(2025, 9, 19), hour: 10, utcOffsetMinutes: 420)
        let data = try JSONEncoder().encode([m])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-09-19T10:00:00+07:00"]"#)
        let back = try JSONDecoder().decode([Moment].self, from: data)
        #expect(back == [m])
        #expect(back[0].utcOffsetMinutes == 420)

        let z = try JSONDecoder().decode([Moment].self, from: Data(#"["2025-09-19T03:00:00Z"]"#.utf8))
        #expect(z[0] == m)
        #expect(z[0].utcOffsetMinutes == 0)

        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Moment].self, from: Data(#"["2025-09-19"]"#.utf8))
        }
    }
}
