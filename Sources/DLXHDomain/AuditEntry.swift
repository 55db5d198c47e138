/// One line of the audit trail: who changed what, when. Every write to the store carries one,
/// in the same file as the record it changed, so the change and its audit land together.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var at: Moment
    public var by: String
    /// What was done: written to disk as a stable code (`report.create`, `item.update`…).
    public var action: AuditAction
    /// The id of what changed: a report id, `reportID/itemID`, a unit id, a hot-spot id.
    public var target: String
    /// Human-readable detail, e.g. `attitude: “worried” → “frustrated”` (made from `changes`
    /// when there are any; entries from before `changes` have only this).
    public var detail: String
    /// The changed fields as data (field, old, new, as stored), for an edit; absent in entries
    /// written before it existed and in those that are not edits (a creation, a deletion).
    public var changes: [FieldChange]?

    public init(at: Moment, by: String, action: AuditAction, target: String, detail: String = "", changes: [FieldChange]? = nil) {
        self.at = at
        self.by = by
        self.action = action
        self.target = target
        self.detail = detail
        self.changes = changes.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// What an audit entry records. On disk it is the code string (`rawValue`), exactly as files
/// written before this type existed; a code this version does not know (an older file, or one
/// written by a newer version) decodes as `.other` and is kept and shown as it was written.
public enum AuditAction: Hashable, Sendable {
    case reportCreate, reportUpdate, reportDelete, reportImport, reportReturn, reportRestore
    case itemUpdate
    case unitCreate, unitUpdate, unitDelete, unitExempt
    case configUpdate
    case hotSpotCreate, hotSpotUpdate, hotSpotEdit, hotSpotOwner, hotSpotUnlink, hotSpotDelete, hotSpotRestore
    case hotSpotAcknowledge, hotSpotWrittenReport, hotSpotEscalate, hotSpotStatus
    case guidanceCreate, guidanceUpdate, guidanceRelay, guidanceAcknowledge, guidanceOwner, guidanceUnlink
    case streamConfirm, streamRename, streamMerge, streamMove, streamRevert, streamUnlink
    /// The federation's own report: issued with its number (register), its staff-written parts edited.
    case reportIssue, reportPartsUpdate
    /// A code this version does not know, kept as written.
    case other(String)

    /// Every action this version writes, each with its code.
    public static let known: [AuditAction] = [
        .reportCreate, .reportUpdate, .reportDelete, .reportImport, .reportReturn, .reportRestore,
        .itemUpdate,
        .unitCreate, .unitUpdate, .unitDelete, .unitExempt,
        .configUpdate,
        .hotSpotCreate, .hotSpotUpdate, .hotSpotEdit, .hotSpotOwner, .hotSpotUnlink, .hotSpotDelete, .hotSpotRestore,
        .hotSpotAcknowledge, .hotSpotWrittenReport, .hotSpotEscalate, .hotSpotStatus,
        .guidanceCreate, .guidanceUpdate, .guidanceRelay, .guidanceAcknowledge, .guidanceOwner, .guidanceUnlink,
        .streamConfirm, .streamRename, .streamMerge, .streamMove, .streamRevert, .streamUnlink,
        .reportIssue, .reportPartsUpdate,
    ]

    private static let byCode: [String: AuditAction] = Dictionary(uniqueKeysWithValues: known.map { ($0.rawValue, $0) })

    /// True for the actions that remove a record (a report, a unit), known or not.
    public var isDeletion: Bool { rawValue.hasSuffix(".delete") }
}

extension AuditAction: RawRepresentable {
    /// Never fails: an unknown code becomes `.other(code)`.
    public init(rawValue: String) {
        self = Self.byCode[rawValue] ?? .other(rawValue)
    }

    public var rawValue: String {
        switch self {
        case .reportCreate: "report.create"
        case .reportUpdate: "report.update"
        case .reportDelete: "report.delete"
        case .reportImport: "report.import"
        case .reportReturn: "report.return"
        case .reportRestore: "report.restore"
        case .itemUpdate: "item.update"
        case .unitCreate: "unit.create"
        case .unitUpdate: "unit.update"
        case .unitDelete: "unit.delete"
        case .unitExempt: "unit.exempt"
        case .configUpdate: "config.update"
        case .hotSpotCreate: "hotspot.create"
        case .hotSpotUpdate: "hotspot.update"
        case .hotSpotEdit: "hotspot.edit"
        case .hotSpotOwner: "hotspot.owner"
        case .hotSpotUnlink: "hotspot.unlink"
        case .hotSpotDelete: "hotspot.delete"
        case .hotSpotRestore: "hotspot.restore"
        case .hotSpotAcknowledge: "hotspot.acknowledge"
        case .hotSpotWrittenReport: "hotspot.writtenReport"
        case .hotSpotEscalate: "hotspot.escalate"
        case .hotSpotStatus: "hotspot.status"
        case .guidanceCreate: "guidance.create"
        case .guidanceUpdate: "guidance.update"
        case .guidanceRelay: "guidance.relay"
        case .guidanceAcknowledge: "guidance.acknowledge"
        case .guidanceOwner: "guidance.owner"
        case .guidanceUnlink: "guidance.unlink"
        case .streamConfirm: "stream.confirm"
        case .streamRename: "stream.rename"
        case .streamMerge: "stream.merge"
        case .streamMove: "stream.move"
        case .streamRevert: "stream.revert"
        case .streamUnlink: "stream.unlink"
        case .reportIssue: "register.issue"
        case .reportPartsUpdate: "register.parts"
        case .other(let code): code
        }
    }
}

extension AuditAction: Codable {
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Shown as its code, as the audit trail has always shown it.
extension AuditAction: CustomStringConvertible {
    public var description: String { rawValue }
}
