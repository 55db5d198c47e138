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

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`.
    public init?(iso text: String) {
        let chars = Array(text)
        guard chars.count >= 17, chars[10] == "T", let day = Day(iso: String(chars[0..<10])) else { return nil }
        var rest = Array(chars[11...])
        var offset = 0
        if rest.last == "Z" {
            rest.removeLast()
        } else if rest.count >= 6, rest[rest.count - 6] == "+" || rest[rest.count - 6] == "-" {
            let sign = rest[rest.count - 6] == "-" ? -1 : 1
            let tz = String(rest[(rest.count - 5)...]).split(separator: ":")
            guard tz.count == 2, let h = Int(tz[0]), let m = Int(tz[1]), h < 24, m < 60 else { return nil }
            offset = sign * (h * 60 + m)
            rest.removeLast(6)
        } else {
            return nil
        }
        let hms = String(rest).split(separator: ":")
        guard hms.count == 2 || hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]),
            (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        let s = hms.count == 3 ? Int(hms[2]) ?? -1 : 0
        guard (0..<60).contains(s) else { return nil }
        self.init(day: day, hour: h, minute: m, second: s, utcOffsetMinutes: offset)
    }
}

extension Moment: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let moment = Moment(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date-time YYYY-MM-DDTHH:MM:SS+07:00: \(text)")
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
