/// A save refused because someone else changed the same fields of the same record since this
/// person opened it, or deleted the record. Carries what the person needs to choose: each field
/// with both values, and who made the other change and when.
public struct EditConflict: Hashable, Sendable {
    public enum RecordKind: String, Hashable, Sendable {
        case report, hotSpot, unit, guidance
        /// The staff-written parts of one period's consolidated report.
        case reportParts
    }

    public var kind: RecordKind
    public var id: String
    /// Empty when the record was deleted meanwhile.
    public var conflicts: [MergeConflict]
    /// The record was deleted after this person opened it.
    public var deleted: Bool
    /// The last change on disk to this record: by whom, when.
    public var theirsBy: String?
    public var theirsAt: Moment?

    public init(
        kind: RecordKind, id: String, conflicts: [MergeConflict], deleted: Bool = false, theirsBy: String? = nil,
        theirsAt: Moment? = nil
    ) {
        self.kind = kind
        self.id = id
        self.conflicts = conflicts
        self.deleted = deleted
        self.theirsBy = theirsBy
        self.theirsAt = theirsAt
    }
}
