/// Every limit dlxh puts on what it reads, in one place. Beyond them a file or an option is
/// refused with one line naming the file (and where it can, the line and column), never taken in
/// half-way and never allowed to crash the program. Docs/STORE.md ("Limits") lists them; change
/// one, change the other.
public enum Limits {
    /// The largest exchange file `dlxh import` or the `incoming/` folder reads. Checked with
    /// `fstat` before a byte is read. A whole ten-year store exported is about 10 MB.
    public static let exchangeFileBytes = 16 * 1024 * 1024
    /// The largest store file read. A month's reports at ten years are well under 1 MB.
    public static let storeFileBytes = 64 * 1024 * 1024
    /// How deeply arrays and objects may nest in any JSON file. The store's own files are
    /// under 10 deep; the limit keeps every reader's recursion small.
    public static let nestingDepth = 64

    /// Characters in a long text: a summary, an item's content, proposal or step note.
    public static let longText = 20_000
    /// Characters in a short text: ids, names, document numbers, topic and attitude ids, the
    /// addressee of a proposal.
    public static let shortText = 200
    /// Opinion items in one report.
    public static let itemsPerReport = 500
    /// Reports in one exchange file (a whole ten-year store is about 7,000).
    public static let reportsPerExchange = 20_000

    /// The years a date, a period or `--today` may fall in.
    public static let years = 1900...2200
    /// The largest number at the end of a record id (`R-2026-11-0042`, `HS-2026-007`) or of an
    /// item id (`i12`): six digits.
    public static let sequence = 999_999
    /// Hot-spot rule durations, in hours: up to one year.
    public static let hours = 0...8760
    /// A number of people: the workers a hot spot involves, an enterprise's workforce. Values
    /// beyond it are reported by `check` and counted as the nearest bound, so no sum overflows.
    public static let people = 0...10_000_000
    /// The configured due day of the month.
    public static let dueDay = 1...31
    /// The configured UTC offset, in minutes (−12:00 … +14:00).
    public static let utcOffsetMinutes = -720...840
}

extension Limits {
    /// A number of people as it is counted: within `people`.
    public static func counted(people n: Int) -> Int { min(max(n, people.lowerBound), people.upperBound) }

    /// Throws the decoding error that becomes "file … is damaged at line L, column C (field):
    /// invalid value" when `value` is outside `range`.
    static func require<K: CodingKey>(
        _ value: Int, in range: ClosedRange<Int>, _ key: K, _ container: KeyedDecodingContainer<K>, unit: String
    ) throws {
        guard range.contains(value) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(value) is outside \(range.lowerBound)…\(range.upperBound) (\(unit))")
        }
    }

    /// "more than 20,000 characters", in both languages, for the messages that name a limit.
    public static func describe(_ count: Int, _ what: Localized) -> Localized {
        let n = grouped(count)
        return Localized(vi: "quá \(n.replacingOccurrences(of: ",", with: ".")) \(what.vi)", en: "more than \(n) \(what.en)")
    }

    /// 20000 → "20,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

extension Limits {
    /// "the file is 1 GiB, larger than the limit of 16 MiB".
    public static func tooLarge(bytes: Int, limit: Int) -> Localized {
        Localized(
            vi: "tệp có \(size(bytes)), lớn hơn giới hạn \(size(limit))",
            en: "the file is \(size(bytes)), larger than the limit of \(size(limit))")
    }

    /// Bytes as people read them: `16 MiB`, `1.5 GiB`, `812 bytes`.
    static func size(_ bytes: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (scale, name) in units where bytes >= scale {
            let whole = bytes / scale
            let tenth = (bytes % scale) * 10 / scale
            return tenth == 0 ? "\(whole) \(name)" : "\(whole).\(tenth) \(name)"
        }
        return "\(bytes) bytes"
    }

    public static let longerThanChars = Localized(vi: "ký tự", en: "characters")
    public static let moreItems = Localized(vi: "luồng ý kiến trong một báo cáo", en: "opinion items in one report")
    public static let moreReports = Localized(vi: "báo cáo trong một tệp", en: "reports in one file")
    public static let numberTooLarge = Localized(
        vi: "số thứ tự quá \(grouped(sequence).replacingOccurrences(of: ",", with: ".")) (quá \(String(sequence).count) chữ số)",
        en: "a number beyond \(grouped(sequence)) (more than \(String(sequence).count) digits)")
}

extension Limits {
    public static let notItemID = Localized(
        vi: "không phải mã luồng ý kiến i1…i\(grouped(sequence).replacingOccurrences(of: ",", with: "."))",
        en: "not an item id i1…i\(grouped(sequence))")

    /// A value from a file as an error message may show it: control characters written as
    /// `\u{1B}`, and at most `limit` characters, so a hostile value can neither drive the
    /// terminal nor flood the line.
    public static func shown(_ text: String, limit: Int = 60) -> String {
        // Cut first (by characters), then made safe by the one escaping rule (`Text.printable`).
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return Text.printable(text) }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars.prefix(limit))
        return Text.printable(String(cut)) + "…"
    }
}
