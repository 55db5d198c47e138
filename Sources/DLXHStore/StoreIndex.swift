import DLXHDomain
import Foundation

// The derived index (Docs/STORE.md, "The index"): beside every record file of the store, a small
// text file under `.index/` with the same relative path (`.index/reports/2026/2026-11.idx`) that
// says which version of the record file it was made from and what the first screens and the
// command-line reads need of it. It is never the truth: every use checks it against the record
// file's stamp, and a missing, damaged, stale or unknown-version one is simply not used.

/// A report as the index holds it: the submission facts and what the inbox lists. Its folded
/// text for search is kept in a file of its own (`SearchEntry`), so reading headers never reads it.
public struct ReportHeader: Hashable, Sendable {
    public var id: String
    public var unitID: String
    public var period: Period
    public var kind: ReportKind
    public var receivedOn: Day
    public var step: HandlingStep
    public var itemCount: Int
    public var createdAt: Moment

    public init(_ report: Report) {
        id = report.id
        unitID = report.unitID
        period = report.period
        kind = report.kind
        receivedOn = report.receivedOn
        step = report.step
        itemCount = report.items.count
        createdAt = report.createdAt
    }

    init(
        id: String, unitID: String, period: Period, kind: ReportKind, receivedOn: Day, step: HandlingStep, itemCount: Int,
        createdAt: Moment
    ) {
        self.id = id
        self.unitID = unitID
        self.period = period
        self.kind = kind
        self.receivedOn = receivedOn
        self.step = step
        self.itemCount = itemCount
        self.createdAt = createdAt
    }

    /// The folded text search looks in: the summary and every item's content, proposal and step
    /// note, folded (`Text.fold`), one per line.
    public static func searchText(of report: Report) -> String {
        var parts = [report.summary]
        for item in report.items { parts += [item.content, item.proposal, item.stepNote] }
        return parts.filter { !$0.isEmpty }.map(Text.fold).joined(separator: "\n")
    }

    /// A report with these facts and nothing else (no items, summary or audit): what the
    /// submission rules read (unit, period, kind, received). Never written anywhere.
    public var submissionReport: Report {
        var report = Report(
            id: id, unitID: unitID, period: period, kind: kind, receivedOn: receivedOn, createdAt: createdAt, createdBy: "")
        report.step = step
        return report
    }
}

/// The index file of one record file.
struct IndexEntry: Equatable, Sendable {
    /// Raise when the layout below changes: an index file of another version is not used, and
    /// the next command-line read or save writes it again. 2: hot-spot files' `H` line.
    static let formatVersion = 2
    /// The fields this build knows, as a number: raise it whenever an optional field is added to
    /// any store file. A record file recorded as `exact` at this number holds no field this
    /// build does not know, so a save may skip looking for them.
    /// 2: audit entries may carry `changes` (the changed fields as data).
    static let fieldsRevision = 2

    /// The record file as it was when indexed: inode, size, modification time, and a hash of its bytes.
    var stamp: FileSystem.Stamp
    var hash: UInt64
    /// The record file's bytes are exactly what `JSONCodec.encode` made of this build's types
    /// (written by a build of `fieldsRevision`, nothing grafted on): it holds no unknown field.
    var exact: Bool
    var fieldsRevision: Int = IndexEntry.fieldsRevision
    /// When this entry was made (the wall clock, nanoseconds): a record file modified within the
    /// clock's granularity of it is checked by its hash, not only its stamp ("racily clean").
    var builtAtNanos: Int64
    /// For a report file, its reports; empty for other files.
    var headers: [ReportHeader] = []
    /// For a hot-spot file, how many of its hot spots are not closed (a line `H <count>`); nil
    /// for other files and for entries made before it was kept. A past year with none open
    /// waits for the history instead of delaying the first frame (`Store.loadRecent`).
    var openHotSpots: Int?

    /// Whether a record file is written exactly as this build writes it, so its unknown fields
    /// need not be looked for.
    func vouchesExact(for bytesHash: UInt64) -> Bool {
        exact && fieldsRevision == IndexEntry.fieldsRevision && hash == bytesHash
    }

    // MARK: Text form

    func encoded() -> Data {
        var out = "dlxh.index\t\(IndexEntry.formatVersion)\t\(fieldsRevision)\n"
        out += "source\t\(stamp.inode)\t\(stamp.size)\t\(stamp.modifiedNanos)\t\(String(hash, radix: 16))\t\(exact ? 1 : 0)\t\(builtAtNanos)\n"
        for h in headers {
            let fields = [
                h.id, h.unitID, h.period.id, h.kind.rawValue, h.receivedOn.isoString, String(h.step.rawValue), String(h.itemCount),
                h.createdAt.isoString,
            ]
            out += "R\t" + fields.map(IndexEntry.escape).joined(separator: "\t") + "\n"
        }
        if let openHotSpots { out += "H\t\(openHotSpots)\n" }
        out += "end\t\(headers.count + (openHotSpots == nil ? 0 : 1))\n"
        return Data(out.utf8)
    }

    /// Reads an index file; nil for anything but a whole one of this version. Works on the
    /// bytes (tab and line feed are ASCII and never inside a UTF-8 sequence): splitting a Swift
    /// string by characters was a hundred times slower.
    static func decode(_ data: Data) -> IndexEntry? { decode(data, periods: nil) }

    /// `decode`, keeping only the headers of reports for `periods` (all when nil): the other
    /// lines are checked for their shape (field count) but not parsed.
    static func decode(_ data: Data, periods: Set<String>?) -> IndexEntry? {
        guard let lines = lines(of: data), lines.count >= 3 else { return nil }
        let head = fields(lines[0])
        guard head.count == 3, head[0] == "dlxh.index", Int(head[1]) == formatVersion, let revision = Int(head[2]) else { return nil }
        let source = fields(lines[1])
        guard source.count == 7, source[0] == "source", let inode = UInt64(source[1]), let size = Int64(source[2]),
            let mtime = Int64(source[3]), let hash = UInt64(source[4], radix: 16), let built = Int64(source[6])
        else { return nil }
        let end = fields(lines[lines.count - 1])
        guard end.count == 2, end[0] == "end", let count = Int(end[1]), count == lines.count - 3 else { return nil }
        var entry = IndexEntry(
            stamp: FileSystem.Stamp(inode: inode, size: size, modifiedNanos: mtime), hash: hash, exact: source[5] == "1",
            fieldsRevision: revision, builtAtNanos: built)
        entry.headers.reserveCapacity(count)
        var skipped: Set<String> = []  // periods of lines left out, each checked once
        for line in lines[2..<(lines.count - 1)] {
            if line.first == UInt8(ascii: "H") {
                let f = fields(line)
                guard f.count == 2, f[0] == "H", entry.openHotSpots == nil, entry.headers.isEmpty, let open = Int(f[1]), open >= 0
                else { return nil }
                entry.openHotSpots = open
                continue
            }
            guard entry.openHotSpots == nil else { return nil }  // a hot-spot file's entry has no reports
            if let periods {
                guard let field = periodField(line) else { return nil }
                if !periods.contains(field) {
                    if skipped.insert(field).inserted, Period(id: field) == nil { return nil }
                    continue
                }
            }
            let f = fields(line)
            guard f.count == 9, f[0] == "R", let period = Period(id: f[3]), let kind = ReportKind(rawValue: f[4]),
                let received = Day(iso: f[5]), let stepNumber = Int(f[6]), let step = HandlingStep(rawValue: stepNumber),
                let items = Int(f[7]), let created = Moment(iso: f[8])
            else { return nil }
            entry.headers.append(
                ReportHeader(
                    id: unescape(f[1]), unitID: unescape(f[2]), period: period, kind: kind, receivedOn: received, step: step,
                    itemCount: items, createdAt: created))
        }
        return entry
    }

    /// The lines of a whole UTF-8 text file ending in a line feed; nil for anything else.
    static func lines(of data: Data) -> [ArraySlice<UInt8>]? {
        let bytes = [UInt8](data)
        guard bytes.last == 0x0A, String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            lines.append(bytes[start..<i])
            start = i + 1
        }
        return lines
    }

    /// The period field (the fourth) of a whole header line of nine fields, without splitting the
    /// rest; nil for a line of another shape.
    static func periodField(_ line: ArraySlice<UInt8>) -> String? {
        var tabs: [Int] = []
        tabs.reserveCapacity(8)
        for i in line.indices where line[i] == 0x09 { tabs.append(i) }
        guard tabs.count == 8, line.first == UInt8(ascii: "R"), tabs[0] == line.startIndex + 1 else { return nil }
        return String(decoding: line[(tabs[2] + 1)..<tabs[3]], as: UTF8.self)
    }

    /// The tab-separated fields of a line.
    static func fields(_ line: ArraySlice<UInt8>) -> [String] {
        var out: [String] = []
        var from = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            out.append(String(decoding: line[from..<i], as: UTF8.self))
            from = i + 1
        }
        out.append(String(decoding: line[from..<line.endIndex], as: UTF8.self))
        return out
    }

    static func escape(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = String.UnicodeScalarView()
        for s in scalars {
            switch s {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var escaped = false
        for s in scalars {
            if escaped {
                switch s {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(s)
                }
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// FNV-1a, 64 bits: enough to tell two versions of a file apart, and about a gigabyte a second.
    static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer {
                h ^= UInt64(byte)
                h &*= 0x100_0000_01b3
            }
            return h
        }
    }

    static func nowNanos() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// How close to its entry's making a file's modification time must be for the stamp alone
    /// not to tell two versions apart ("racily clean"). File systems stamp times from a coarse
    /// clock: a tick of a few milliseconds where times carry nanoseconds, and up to two seconds
    /// where they are whole seconds (nanoseconds 0), so the margin follows the file's own stamp.
    static func racyMargin(for stamp: FileSystem.Stamp) -> Int64 {
        stamp.modifiedNanos % 1_000_000_000 == 0 ? 2_000_000_000 : 20_000_000
    }
}

/// The folded search text of one report file's reports (`.index/…/2026-11.search`), made from
/// the version of the file whose bytes hash to `hash`: used only beside a valid index entry of
/// the same hash.
struct SearchEntry: Equatable, Sendable {
    static let formatVersion = 1
    var hash: UInt64
    /// Report id and its folded text, escaped as in the index file (tab, line feed, backslash).
    var escapedTexts: [(id: String, text: String)]

    static func == (a: SearchEntry, b: SearchEntry) -> Bool {
        a.hash == b.hash && a.escapedTexts.map(\.id) == b.escapedTexts.map(\.id) && a.escapedTexts.map(\.text) == b.escapedTexts.map(\.text)
    }

    func encoded() -> Data {
        var out = "dlxh.search\t\(SearchEntry.formatVersion)\t\(String(hash, radix: 16))\n"
        for (id, text) in escapedTexts { out += IndexEntry.escape(id) + "\t" + text + "\n" }
        out += "end\t\(escapedTexts.count)\n"
        return Data(out.utf8)
    }

    static func decode(_ data: Data) -> SearchEntry? {
        guard let lines = IndexEntry.lines(of: data), lines.count >= 2 else { return nil }
        let head = IndexEntry.fields(lines[0])
        guard head.count == 3, head[0] == "dlxh.search", Int(head[1]) == formatVersion, let hash = UInt64(head[2], radix: 16)
        else { return nil }
        let end = IndexEntry.fields(lines[lines.count - 1])
        guard end.count == 2, end[0] == "end", Int(end[1]) == lines.count - 2 else { return nil }
        var texts: [(id: String, text: String)] = []
        texts.reserveCapacity(lines.count - 2)
        for line in lines[1..<(lines.count - 1)] {
            guard let tab = line.firstIndex(of: 0x09) else { return nil }
            texts.append(
                (IndexEntry.unescape(String(decoding: line[line.startIndex..<tab], as: UTF8.self)),
                 String(decoding: line[(tab + 1)...], as: UTF8.self)))
        }
        return SearchEntry(hash: hash, escapedTexts: texts)
    }

    /// Report id → folded text.
    var texts: [String: String] {
        Dictionary(escapedTexts.map { ($0.id, IndexEntry.unescape($0.text)) }, uniquingKeysWith: { a, _ in a })
    }
}
