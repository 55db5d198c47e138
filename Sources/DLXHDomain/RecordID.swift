/// The ids the store gives records: `R-2026-11-0042` (a report, numbered within the month it
/// was entered, which names its file) and `HS-2026-007` (a hot spot, numbered within its year).
/// Numbers are zero-padded to 4 and 3 digits and simply grow longer past that.
public enum RecordID {
    public static func report(month: Period, sequence: Int) -> String {
        "R-\(month.id)-" + pad(sequence, 4)
    }

    public static func hotSpot(year: Int, sequence: Int) -> String {
        "HS-\(pad(year, 4))-" + pad(sequence, 3)
    }

    /// `G-2026-001`: a guidance record, numbered within the year of its date.
    public static func guidance(year: Int, sequence: Int) -> String {
        "G-\(pad(year, 4))-" + pad(sequence, 3)
    }

    /// The number at the end of an id; nil when it is not a number or has more digits than
    /// `Limits.sequence` allows (such an id is refused by `dlxh check` and ignored when numbering,
    /// so no arithmetic on it can overflow).
    public static func sequence(of id: String) -> Int? {
        guard let last = id.split(separator: "-").last, !last.isEmpty, last.count <= 9, last.allSatisfy(\.isASCIIDigit),
            let n = Int(last), n <= Limits.sequence
        else { return nil }
        return n
    }

    /// Whether the id ends in a number of at most `Limits.sequence`.
    public static func isValidSequence(of id: String) -> Bool { sequence(of: id) != nil }

    /// The next number after the highest in use.
    public static func next<S: Sequence>(after ids: S) -> Int where S.Element == String {
        (ids.compactMap(sequence(of:)).max() ?? 0) + 1
    }
}
