/// A record that counts its changes. The store gives a record revision 1 when it is created and
/// one more each time a write changes it, so an editor can tell whether the record it opened is
/// still the one on disk. Files that predate revisions have none (nil, read as 0).
public protocol Revised: Identifiable, Equatable where ID == String {
    var revision: Int? { get set }
    /// Gives changed parts (a report's items) their own next revision first.
    mutating func stampInnerRevisions(since old: Self)
}

extension Revised {
    public mutating func stampInnerRevisions(since old: Self) {}

    /// After a write: revision 1 for a new record, the next one for a changed record, the same
    /// for an unchanged one.
    public mutating func stampRevision(since old: Self?) {
        guard let old else {
            revision = 1
            return
        }
        stampInnerRevisions(since: old)
        var probe = self
        probe.revision = old.revision
        revision = probe == old ? old.revision : (old.revision ?? 0) + 1
    }
}

extension Array where Element: Revised {
    /// Stamps every record of the list against its earlier version, matched by id.
    public mutating func stampRevisions(since old: [Element]) {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in indices { self[i].stampRevision(since: before[self[i].id]) }
    }
}

extension Report: Revised {
    public mutating func stampInnerRevisions(since old: Report) {
        items.stampRevisions(since: old.items)
    }
}

extension OpinionItem: Revised {}
extension HotSpot: Revised {}
extension ReportingUnit: Revised {}
