import Foundation

/// What the entry form holds while a report is being typed, exactly as typed (dates and periods
/// as text, not yet checked). Saved to the store every second or so, so nothing typed is lost
/// to a closed terminal or a kill; offered back on the next start.
public struct ReportDraft: Codable, Hashable, Sendable {
    /// The report being edited, or nil for a new one.
    public var editingReportID: String?
    public var unitID: String?
    public var period: String
    public var kind: ReportKind
    public var channel: Channel
    public var receivedOn: String
    public var documentNumber: String
    public var summary: String
    public var nothingToReport: Bool
    public var items: [OpinionItem]
    /// The item open in the item editor (index into `items`, or `items.count` for a new one).
    public var openItemIndex: Int?
    public var openItem: OpinionItem?
    public var savedAt: Moment
    /// The report as it was when the form opened it (editing only), so that a draft taken up
    /// again still merges onto what others saved meanwhile instead of overwriting it.
    public var base: Report?

    public init(
        editingReportID: String? = nil, unitID: String? = nil, period: String, kind: ReportKind = .periodic,
        channel: Channel = .document, receivedOn: String, documentNumber: String = "", summary: String = "",
        nothingToReport: Bool = false, items: [OpinionItem] = [], openItemIndex: Int? = nil, openItem: OpinionItem? = nil,
        savedAt: Moment, base: Report? = nil
    ) {
        self.editingReportID = editingReportID
        self.unitID = unitID
        self.period = period
        self.kind = kind
        self.channel = channel
        self.receivedOn = receivedOn
        self.documentNumber = documentNumber
        self.summary = summary
        self.nothingToReport = nothingToReport
        self.items = items
        self.openItemIndex = openItemIndex
        self.openItem = openItem
        self.savedAt = savedAt
        self.base = base
    }

    /// "11/2026", "2026-11", "Q4/2026", "2026-Q4": what people type for a period.
    public static func parsePeriod(_ text: String) -> Period? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let p = Period(id: t) { return p }
        let parts = t.split(separator: "/")
        guard parts.count == 2, let year = Int(parts[1]), parts[1].count == 4 else { return nil }
        let head = parts[0]
        if let m = Int(head) { return Period(kind: .month, year: year, index: m) }
        if head.first == "Q", let q = Int(head.dropFirst()) { return Period(kind: .quarter, year: year, index: q) }
        if head.first == "H", let h = Int(head.dropFirst()) { return Period(kind: .half, year: year, index: h) }
        return nil
    }

    /// How a period is written in the form: "11/2026", "Q4/2026", "H2/2026", "2026".
    public static func format(_ period: Period) -> String {
        switch period.kind {
        case .month: "\(period.index)/\(period.year)"
        case .quarter: "Q\(period.index)/\(period.year)"
        case .half: "H\(period.index)/\(period.year)"
        case .year: "\(period.year)"
        }
    }
}
