import DLXHDomain

/// `register/YYYY.json`: the federation's own consolidated reports of one year: the register of
/// those issued that year (numbers run per year and are never reused), and the staff-written
/// parts of the reports whose period starts in that year. Schema-versioned, written under the
/// lock through the crash-safe path, every change audited, like the other record files.
public struct RegisterFile: StoreFile, Hashable {
    static let schemaName = "dlxh.register"
    static let currentVersion = 1
    public var schema = RegisterFile.schemaName
    public var version = RegisterFile.currentVersion
    public var year: Int
    /// The highest number given this year: the next is one more, even when an entry was lost.
    public var lastNumber: Int
    public var issued: [IssuedReport]
    public var parts: [ReportParts]
    public var audit: [AuditEntry]

    public init(year: Int, lastNumber: Int = 0, issued: [IssuedReport] = [], parts: [ReportParts] = [], audit: [AuditEntry] = []) {
        self.year = year
        self.lastNumber = lastNumber
        self.issued = issued
        self.parts = parts
        self.audit = audit
    }
}

/// Phrases of the register's refusals.
public enum RegisterText {
    public static func unknownIssue(_ id: String) -> Localized {
        Localized(vi: "không có báo cáo số \(id) trong sổ đăng ký", en: "no report numbered \(id) in the register")
    }
    public static func alreadyIssued(_ id: String) -> Localized {
        Localized(
            vi: "kỳ này vừa được ban hành (sổ đăng ký: \(id)); xuất lại bản đó bằng --reissue \(id), hoặc thêm --again để cấp số mới",
            en: "this period was just issued (register: \(id)); write it again with --reissue \(id), or add --again for a new number")
    }
    public static let badIssueID = Localized(vi: "số báo cáo phải có dạng SỐ/NĂM, ví dụ 12/2026", en: "a report number reads NUMBER/YEAR, e.g. 12/2026")
}

extension Store {
    static let registerFolder = "register"

    static func registerPath(_ year: Int) -> String { "\(registerFolder)/\(year).json" }

    /// The register files on disk now.
    func registerPaths() throws -> [String] { try listJSON(in: Store.registerFolder, depth: 1) }

    /// Issues the consolidated report of `period` on `day`: under the lock, takes the next number
    /// of that year (never one given before), asks `document` for the report carrying it, and
    /// records both in the register with the recipients. Two staff issuing at once get two numbers.
    /// With `again` false, a period this year's register already holds is refused under the lock
    /// (two staff issuing the same report at once give it one number, not two).
    @discardableResult
    public func issueReport(
        period: Period, on day: Day, recipients: [String], language: Language, by editor: Editor, again: Bool = true,
        document: (Int) throws -> ReportDocument
    ) throws -> IssuedReport {
        let year = day.year
        let (issued, _) = try transact(RegisterFile.self, relativePath: Store.registerPath(year), empty: { RegisterFile(year: year) }) {
            file -> IssuedReport in
            if !again, let earlier = file.issued.first(where: { $0.period == period }) {
                throw StoreError.refused(RegisterText.alreadyIssued(earlier.id))
            }
            let number = max(file.lastNumber, file.issued.map(\.number).max() ?? 0) + 1
            let entry = IssuedReport(
                number: number, year: year, period: period, issuedOn: day, issuedBy: editor.staff,
                recipients: recipients.map { Text.clean($0, multiline: false).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                language: language, document: try document(number))
            file.lastNumber = number
            file.issued.append(entry)
            file.audit.append(editor.audit(.reportIssue, "register/\(entry.id)", "\(period.id); \(entry.recipients.joined(separator: "; "))"))
            return entry
        }
        return issued
    }

    /// One entry of the register, read from disk ("12/2026").
    public func issuedReport(_ id: String) throws -> IssuedReport {
        guard let (number, year) = IssuedReport.parseID(id) else { throw StoreError.refused(RegisterText.badIssueID) }
        let path = Store.registerPath(year)
        guard FileSystem.exists(url(path)),
            let entry = try readFile(RegisterFile.self, relativePath: path).issued.first(where: { $0.number == number })
        else { throw StoreError.refused(RegisterText.unknownIssue(id)) }
        return entry
    }

    /// The staff-written parts of a period's report as edited from `base` (the version the
    /// editor opened), merged onto the parts as they are on disk now: a part someone else saved
    /// meanwhile is kept; a part both changed to different texts is a conflict to choose
    /// (`resolutions`), never silently overwritten.
    @discardableResult
    public func saveReportParts(
        base: ReportParts, as edited: ReportParts, resolutions: [String: MergeSide] = [:], by editor: Editor
    ) throws -> ReportParts {
        let period = edited.period
        let year = period.year
        var mine = edited
        for part in ReportParts.Part.allCases { mine[part] = Text.clean(mine[part]).trimmingCharacters(in: .whitespacesAndNewlines) }
        let (saved, _) = try transact(RegisterFile.self, relativePath: Store.registerPath(year), empty: { RegisterFile(year: year) }) {
            file -> ReportParts in
            let index: Int
            if let found = file.parts.firstIndex(where: { $0.period == period }) {
                index = found
            } else {
                file.parts.append(ReportParts(period: period))
                index = file.parts.count - 1
            }
            var base = base
            var current = file.parts[index]
            // Who wrote last is bookkeeping, never merged.
            (base.updatedBy, base.updatedAt, mine.updatedBy, mine.updatedAt) = (nil, nil, nil, nil)
            let stamp = (current.updatedBy, current.updatedAt)
            (current.updatedBy, current.updatedAt) = (nil, nil)
            var merged = try Store.merge(base: base, mine: mine, theirs: current, resolutions: resolutions) {
                Store.lastChange(to: mine.id, in: file.audit, kind: .reportParts, conflicts: $0)
            }
            merged.period = period
            let changes = Changes.list(from: current, to: merged)
            if changes.isEmpty {
                (merged.updatedBy, merged.updatedAt) = stamp
            } else {
                (merged.updatedBy, merged.updatedAt) = (editor.staff, editor.now)
                file.audit.append(editor.audit(.reportPartsUpdate, merged.id, changes: changes))
            }
            file.parts[index] = merged
            return merged
        }
        return saved
    }
}
