import DLXHDomain

/// Who makes a change and when: the two facts every audit entry needs.
public struct Editor: Sendable {
    public var staff: String
    public var now: Moment

    public init(staff: String, now: Moment) {
        self.staff = staff
        self.now = now
    }

    func audit(_ action: AuditAction, _ target: String, _ detail: String = "") -> AuditEntry {
        AuditEntry(at: now, by: staff, action: action, target: target, detail: detail)
    }

    /// An entry for an edit: the changed fields as data, and the one-line detail made from them.
    func audit(_ action: AuditAction, _ target: String, changes: [FieldChange]) -> AuditEntry {
        AuditEntry(at: now, by: staff, action: action, target: target, detail: Changes.text(changes), changes: changes)
    }
}
