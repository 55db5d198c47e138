/// A reporting period: a month (the usual case), a quarter, a half-year or a year.
///
/// Written as `2026-11`, `2026-Q4`, `2026-H2` or `2026` in files and on the command line.
public struct Period: Hashable, Comparable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case month, quarter, half, year

        /// Months in one period of this kind.
        public var length: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .half: 6
            case .year: 12
            }
        }
    }

    public let kind: Kind
    public let year: Int
    /// 1-based: month 1…12, quarter 1…4, half 1…2, always 1 for a year.
    public let index: Int

    public init?(kind: Kind, year: Int, index: Int) {
        // Years a person or a file may name (`Limits.years`); computed periods may go beyond.
        guard Limits.years.contains(year), (1...(12 / kind.length)).contains(index) else { return nil }
        self.init(unchecked: kind, year: year, index: index)
    }

    /// For periods computed from valid ones (the next, the one containing a day): any year, so
    /// that stepping past the years a file may name (`Limits.years`) never traps.
    private init(unchecked kind: Kind, year: Int, index: Int) {
        self.kind = kind
        self.year = year
        self.index = index
    }

    public static func month(_ year: Int, _ month: Int) -> Period {
        Period(unchecked: .month, year: year, index: min(max(month, 1), 12))
    }

    /// The period of the given kind that contains `day`.
    public static func containing(_ day: Day, kind: Kind = .month) -> Period {
        Period(unchecked: kind, year: day.year, index: (day.month - 1) / kind.length + 1)
    }

    /// Whether the period falls in the years a file or the command line may name.
    public var isInAcceptedRange: Bool { Limits.years.contains(year) }

    public var firstMonth: Int { (index - 1) * kind.length + 1 }
    public var lastMonth: Int { firstMonth + kind.length - 1 }
    public var firstDay: Day { Day(validYear: year, month: firstMonth, day: 1) }
    public var lastDay: Day {
        Day(validYear: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))
    }

    public func contains(_ day: Day) -> Bool { firstDay <= day && day <= lastDay }

    public var next: Period { advanced(by: 1) }
    public var previous: Period { advanced(by: -1) }

    public func advanced(by count: Int) -> Period {
        let perYear = 12 / kind.length
        // Saturating: no count can overflow, and floor division keeps years before 1 whole.
        let ordinal = year.multipliedReportingOverflow(by: perYear).partialValue &+ (index - 1)
        let (moved, overflow) = ordinal.addingReportingOverflow(count)
        let target = overflow ? (count < 0 ? Int.min / 2 : Int.max / 2) : moved
        let remainder = ((target % perYear) + perYear) % perYear
        return Period(unchecked: kind, year: (target - remainder) / perYear, index: remainder + 1)
    }

    /// How many periods from `self` to `other` (same kind).
    public func distance(to other: Period) -> Int {
        let perYear = 12 / kind.length
        return (other.year * perYear + other.index) - (year * perYear + index)
    }

    public static func < (a: Period, b: Period) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        return a.kind.length < b.kind.length
    }

    /// `2026-11`, `2026-Q4`, `2026-H2`, `2026`.
    public var id: String {
        switch kind {
        case .month: pad(year, 4) + "-" + pad(index, 2)
        case .quarter: pad(year, 4) + "-Q\(index)"
        case .half: pad(year, 4) + "-H\(index)"
        case .year: pad(year, 4)
        }
    }

    public init?(id text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let y = Int(first) else { return nil }
        if parts.count == 1 {
            self.init(kind: .year, year: y, index: 1)
            return
        }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        if rest.count == 2, rest.allSatisfy(\.isASCIIDigit), let m = Int(rest) {
            self.init(kind: .month, year: y, index: m)
        } else if rest.count == 2, rest.first == "Q", let q = Int(rest.dropFirst()) {
            self.init(kind: .quarter, year: y, index: q)
        } else if rest.count == 2, rest.first == "H", let h = Int(rest.dropFirst()) {
            self.init(kind: .half, year: y, index: h)
        } else {
            return nil
        }
    }
}

extension Period: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(id: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a period (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY): \(Limits.shown(text))")
        }
        guard period.isInAcceptedRange else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(Limits.shown(text)) is outside the years \(Limits.years.lowerBound)…\(Limits.years.upperBound)")
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

extension Period: CustomStringConvertible {
    public var description: String { id }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
