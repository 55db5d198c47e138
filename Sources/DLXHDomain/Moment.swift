/// An instant, kept with the UTC offset it was recorded in so that files read naturally
/// (`2026-11-24T09:30:00+07:00`). Equality and order compare the instant only.
///
/// Vietnam has one offset (+07:00) and no daylight saving, so the offset is a setting, not a
/// time-zone database lookup.
public struct Moment: Comparable, Hashable, Sendable {
    public let secondsSinceEpoch: Int64
    public let utcOffsetMinutes: Int

    public init(secondsSinceEpoch: Int64, utcOffsetMinutes: Int = 420) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The local wall-clock time `hour:minute` on `day`, at the given offset.
    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffsetMinutes: Int = 420) {
        let local = Int64(day.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(secondsSinceEpoch: local - Int64(utcOffsetMinutes * 60), utcOffsetMinutes: utcOffsetMinutes)
    }

    public static func == (a: Moment, b: Moment) -> Bool { a.secondsSinceEpoch == b.secondsSinceEpoch }
    public func hash(into hasher: inout Hasher) { hasher.combine(secondsSinceEpoch) }
    public static func < (a: Moment, b: Moment) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }

    public func adding(seconds: Int64) -> Moment {
        Moment(secondsSinceEpoch: secondsSinceEpoch + seconds, utcOffsetMinutes: utcOffsetMinutes)
    }
    public func adding(hours: Int) -> Moment { adding(seconds: Int64(hours) * 3600) }

    public func seconds(until other: Moment) -> Int64 { other.secondsSinceEpoch - secondsSinceEpoch }

    private var localSeconds: Int64 { secondsSinceEpoch + Int64(utcOffsetMinutes * 60) }

    /// The local calendar day.
    public var day: Day {
        let s = localSeconds
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        return Day(dayNumber: Int(days))
    }

    /// Local (hour, minute, second).
    public var timeOfDay: (hour: Int, minute: Int, second: Int) {
        var s = Int(localSeconds % 86_400)
        if s < 0 { s += 86_400 }
        return (s / 3600, (s % 3600) / 60, s % 60)
    }

    /// `2026-11-24T09:30:00+07:00`
    public var isoString: String {
        let t = timeOfDay
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let off = abs(utcOffsetMinutes)
        return day.isoString + "T" + pad(t.hour, 2) + ":" + pad(t.minute, 2) + ":" + pad(t.second, 2)
            + sign + pad(off / 60, 2) + ":" + pad(off % 60, 2)
    }

    /// `09:30 24/11/2026`, as the UI shows times.
    public var displayString: String {
        let t = timeOfDay
        return pad(t.hour, 2) + ":" + pad(t.minute, 2) + " " + day.displayString
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`, on the UTF-8 bytes (see `Day.init(iso:)`).
    public init?(iso text: String) {
        var text = text
        let parsed: (Day, Int, Int, Int, Int)? = text.withUTF8 { b in
            guard b.count >= 17, b[10] == 0x54, b[4] == 0x2D, b[7] == 0x2D, b[13] == 0x3A,
                let y = digits(b, 0, 4), let mo = digits(b, 5, 2), let d = digits(b, 8, 2),
                let day = Day(year: y, month: mo, day: d),
                let h = digits(b, 11, 2), let mi = digits(b, 14, 2), h < 24, mi < 60
            else { return nil }
            var i = 16
            var s = 0
            if b[i] == 0x3A {
                guard b.count >= 19, let sec = digits(b, 17, 2), sec < 60 else { return nil }
                s = sec
                i = 19
            }
            guard i < b.count else { return nil }
            if b[i] == 0x5A {  // Z
                return i + 1 == b.count ? (day, h, mi, s, 0) : nil
            }
            guard b[i] == 0x2B || b[i] == 0x2D, b.count == i + 6, b[i + 3] == 0x3A,
                let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2), oh < 24, om < 60
            else { return nil }
            return (day, h, mi, s, (b[i] == 0x2D ? -1 : 1) * (oh * 60 + om))
        }
        guard let (day, h, mi, s, offset) = parsed else { return nil }
        self.init(day: day, hour: h, minute: mi, second: s, utcOffsetMinutes: offset)
    }
}

extension Moment: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let moment = Moment(iso: text), moment.day.isInAcceptedRange else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date-time YYYY-MM-DDTHH:MM:SS+07:00 in \(Limits.years.lowerBound)…\(Limits.years.upperBound): \(Limits.shown(text))")
        }
        self = moment
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }
}

extension Moment: CustomStringConvertible {
    public var description: String { isoString }
}
