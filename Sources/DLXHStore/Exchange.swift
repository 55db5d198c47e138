import DLXHDomain
import Foundation

/// The exchange file one dlxh (or any tool writing this documented format) sends to another:
/// `dlxh export --format json` writes it, `dlxh import` and the `incoming/` folder read it.
/// Schema: Docs/schema/exchange.schema.json.
public struct ExchangeFile: Codable, Sendable {
    static let schemaName = "dlxh.exchange"
    static let currentVersion = 1
    public var schema = ExchangeFile.schemaName
    public var version = ExchangeFile.currentVersion
    public var exportedAt: Moment
    public var exportedBy: String
    /// The reports, each with its own id at the sender.
    public var reports: [Report]
    /// The audit trail of those reports and their items at the sender (for the record; an
    /// import does not replay it).
    public var audit: [AuditEntry]?

    public init(exportedAt: Moment, exportedBy: String, reports: [Report], audit: [AuditEntry]? = nil) {
        self.exportedAt = exportedAt
        self.exportedBy = exportedBy
        self.reports = reports
        self.audit = audit
    }

    public func encoded() throws -> Data { try JSONCodec.encode(self) }

    /// Reads an exchange file: the bytes are normalised to NFC first (another tool may write NFD),
    /// then the envelope and every field are checked. Errors name the file, line and field.
    public static func decode(_ data: Data, name: String) throws -> ExchangeFile {
        guard let text = String(data: data, encoding: .utf8) else {
            let at = JSONLocator.firstInvalidUTF8(in: [UInt8](data))
            throw StoreError.damaged(file: name, line: at?.line, column: at?.column, field: nil, problem: .syntax("text that is not UTF-8"))
        }
        // Before NFC (whose cost grows with the text) and before any decoder recurses.
        try JSONCodec.checkNesting([UInt8](data), file: name)
        let normalised = Data(JSONCodec.nfc(text).utf8)
        let envelope = try JSONCodec.decode(FileEnvelope.self, from: normalised, file: name)
        guard envelope.schema == schemaName else {
            throw StoreError.wrongSchema(file: name, found: Limits.shown(envelope.schema), expected: schemaName)
        }
        guard envelope.version >= 1, envelope.version <= currentVersion else {
            throw StoreError.unsupportedVersion(file: name, schema: schemaName, version: envelope.version, supported: currentVersion)
        }
        let file = try JSONCodec.decode(ExchangeFile.self, from: normalised, file: name)
        try file.checkLimits(normalised, name: name)
        return file
    }

    /// Reads an exchange file from disk, refusing one larger than `Limits.exchangeFileBytes`
    /// from its size alone, before reading it.
    public static func read(_ url: URL, name: String) throws -> Data {
        try FileSystem.read(url, displayName: name, limit: Limits.exchangeFileBytes)
    }

    // MARK: Limits (Docs/STORE.md, "Limits")

    /// Refuses the first text longer, list longer or number larger than the limits allow, naming
    /// its field and its line and column in `data`.
    func checkLimits(_ data: Data, name: String) throws {
        var path: [JSONLocator.PathComponent] = []
        func refuse(_ reason: Localized) -> StoreError {
            let at = JSONLocator.position(of: path, in: [UInt8](data))
            return .damaged(file: name, line: at?.line, column: at?.column, field: JSONCodec.fieldPath(path), problem: .beyondLimit(reason))
        }
        func text(_ value: String, _ key: String, long: Bool = false) throws {
            let limit = long ? Limits.longText : Limits.shortText
            // Counting characters costs a walk of the text: only when the bytes say it may be over.
            guard value.utf8.count > limit, value.count > limit else { return }
            path.append(.key(key))
            throw refuse(Limits.describe(limit, Limits.longerThanChars))
        }
        func number(_ value: Int?, _ key: String) throws {
            guard let value, value < 0 || value > Limits.sequence else { return }
            path.append(.key(key))
            throw refuse(Limits.numberTooLarge)
        }
        try text(exportedBy, "exportedBy")
        if reports.count > Limits.reportsPerExchange {
            path = [.key("reports")]
            throw refuse(Limits.describe(Limits.reportsPerExchange, Limits.moreReports))
        }
        for (r, report) in reports.enumerated() {
            path = [.key("reports"), .index(r)]
            try text(report.id, "id")
            try text(report.unitID, "unitID")
            try text(report.documentNumber, "documentNumber")
            try text(report.createdBy, "createdBy")
            try text(report.supplementTo ?? "", "supplementTo")
            try text(report.summary, "summary", long: true)
            try number(report.lastItemNumber, "lastItemNumber")
            if report.items.count > Limits.itemsPerReport {
                path.append(.key("items"))
                throw refuse(Limits.describe(Limits.itemsPerReport, Limits.moreItems))
            }
            for (i, item) in report.items.enumerated() {
                path = [.key("reports"), .index(r), .key("items"), .index(i)]
                try text(item.id, "id")
                // `i1`…`i999999`, as this program numbers items: any other id, a number beyond
                // six digits included, would be refused by `dlxh check` once stored.
                if OpinionItem.number(of: item.id) == nil {
                    path.append(.key("id"))
                    throw refuse(Limits.notItemID)
                }
                try text(item.topic, "topic")
                try text(item.attitude, "attitude")
                try text(item.proposalTo, "proposalTo")
                try text(item.content, "content", long: true)
                try text(item.proposal, "proposal", long: true)
                try text(item.stepNote, "stepNote", long: true)
            }
        }
        for (a, entry) in (audit ?? []).enumerated() {
            path = [.key("audit"), .index(a)]
            try text(entry.by, "by")
            try text(entry.action.rawValue, "action")
            try text(entry.target, "target")
            try text(entry.detail, "detail", long: true)
            for (c, change) in (entry.changes ?? []).enumerated() {
                path = [.key("audit"), .index(a), .key("changes"), .index(c)]
                try text(change.field, "field")
                try text(change.old ?? "", "old", long: true)
                try text(change.new ?? "", "new", long: true)
            }
        }
    }
}

/// Why an import file was refused, field by field.
public struct ImportRejection: Error, Sendable {
    public var file: String
    public var problems: [ValidationProblem]

    /// One line per problem, each made safe to print (`Text.printable`): the file name and the
    /// values quoted in a reason come from the file's sender.
    public func lines(_ language: Language) -> [String] {
        problems.map { Text.printable(Messages.importRejected(file, $0.field, $0.reason(language))(language)) }
    }
}

extension Store {
    /// Adds several reports in one write: all of them or none.
    @discardableResult
    public func addReports(_ reports: [Report], by editor: Editor, action: AuditAction) throws -> [Report] {
        try withLock { try addReportsHoldingLock(reports, by: editor, action: action) }
    }

    /// `addReports` for a caller already holding the store lock (`withLock`).
    func addReportsHoldingLock(_ reports: [Report], by editor: Editor, action: AuditAction) throws -> [Report] {
        let month = Period.containing(editor.now.day)
        let (ids, file) = try transactHoldingLock(
            ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
        ) { file -> [String] in
            var added: [Report] = []
            for report in reports {
                var new = report
                new.id = file.takeNextReportID()
                file.reports.append(new)
                file.audit.append(editor.audit(action, new.id, "from \(report.id): " + new.summaryLine))
                added.append(new)
            }
            return added.map(\.id)
        }
        return try ids.map { try file.report($0) }
    }

    /// Validates every report of an exchange file against this store and adds them all, or
    /// throws `ImportRejection` naming every problem and adds nothing.
    ///
    /// The whole of it, from reading the store to writing the new reports, happens under one
    /// hold of the store lock: two imports of the same file at the same moment (two `dlxh
    /// import`, or an import and an `incoming/` pass) are serialised, and the second one sees
    /// the first one's reports and is refused as a duplicate.
    @discardableResult
    public func importReports(_ exchange: ExchangeFile, fileName: String, by editor: Editor) throws -> [Report] {
        try withLock { try importReportsHoldingLock(exchange, fileName: fileName, by: editor) }
    }

    private func importReportsHoldingLock(_ exchange: ExchangeFile, fileName: String, by editor: Editor) throws -> [Report] {
        let contents = try load()
        let dataset = contents.dataset
        var problems: [ValidationProblem] = []
        var seenKeys = Set<String>()
        let existingKeys = Set(dataset.reports.map(\.duplicateKey))
        for (i, report) in exchange.reports.enumerated() {
            for problem in Validation.problems(in: report, units: dataset.units, configuration: dataset.configuration) {
                problems.append(ValidationProblem(field: "reports[\(i)].\(problem.field)", reason: problem.reason))
            }
            if existingKeys.contains(report.duplicateKey) || !seenKeys.insert(report.duplicateKey).inserted {
                problems.append(ValidationProblem(field: "reports[\(i)]", reason: Phrases.alreadyImported(report.id)))
            }
        }
        if exchange.reports.isEmpty {
            problems.append(ValidationProblem(field: "reports", reason: Phrases.noReports))
        }
        guard problems.isEmpty else { throw ImportRejection(file: fileName, problems: problems) }
        let cleaned = exchange.reports.map { $0.cleaned() }
        return try addReportsHoldingLock(cleaned, by: editor, action: .reportImport)
    }
}

extension Report {
    /// Two reports with the same unit, period, kind, received date, number and summary are the
    /// same report arriving twice.
    var duplicateKey: String {
        [unitID, period.id, kind.rawValue, receivedOn.isoString, documentNumber, Text.fold(summary)]
            .joined(separator: "\u{1F}")
    }

    /// The report with its text cleaned of control characters and normalised.
    func cleaned() -> Report {
        var r = self
        r.summary = Text.clean(r.summary)
        r.documentNumber = Text.clean(r.documentNumber, multiline: false)
        // A request for more is the receiving board's own business, not the sender's.
        r.returnedForMore = nil
        r.items = r.items.map { item in
            var i = item
            i.content = Text.clean(i.content)
            i.proposal = Text.clean(i.proposal)
            i.proposalTo = Text.clean(i.proposalTo, multiline: false)
            i.stepNote = Text.clean(i.stepNote)
            return i
        }
        return r
    }
}
