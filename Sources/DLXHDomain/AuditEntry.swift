/// One line of the audit trail: who changed what, when. Every write to the store carries one,
/// in the same file as the record it changed, so the change and its audit land together.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var at: Moment
    public var by: String
    /// A stable code: `report.create`, `item.update`, `unit.exempt`, `hotspot.status`…
    public var action: String
    /// The id of what changed: a report id, `reportID/itemID`, a unit id, a hot-spot id.
    public var target: String
    /// Human-readable detail, e.g. `attitude: worried → frustrated`.
    public var detail: String

    public init(at: Moment, by: String, action: String, target: String, detail: String = "") {
        self.at = at
        self.by = by
        self.action = action
        self.target = target
        self.detail = detail
    }
}
