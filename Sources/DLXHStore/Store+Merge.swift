import DLXHDomain
import Foundation

/// Saving what an editor made of a record, merged onto the record as it is on disk now.
///
/// An editor (the report form, the hot-spot record, the unit form) keeps the version it opened.
/// Under the store lock, the save merges field by field (`ThreeWayMerge`): only what this person
/// changed is written, so a change someone else saved meanwhile is kept. A field both changed to
/// different values refuses the save with `StoreError.conflict`, naming both values, until the
/// person chooses (`resolutions`). The audit entry lists only what this person changed.
extension Store {
    /// Fields that are bookkeeping, recomputed by the store, never merged.
    static let mergeBookkeeping: Set<String> = ["revision", "lastItemNumber"]

    /// `auditingItems`: the audit names each changed item (`item.update`, target `REPORT/ITEM`,
    /// as a classification in the inbox is audited) rather than the report as a whole, so an
    /// undo shows in the item's history; only when the items are the same ones in the same order.
    @discardableResult
    public func saveEdited(
        report base: Report, as edited: Report, resolutions: [String: MergeSide] = [:], by editor: Editor,
        auditingItems: Bool = false
    ) throws -> Report {
        let id = base.id
        guard let month = Store.entryMonth(ofReportID: id) else { throw StoreError.notFound(kind: "report", id: id) }
        let (_, file) = try transact(
            ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
        ) { file -> Report in
            guard let index = file.reports.firstIndex(where: { $0.id == id }) else {
                throw StoreError.conflict(Store.deleted(.report, id, audit: file.audit))
            }
            let current = file.reports[index]
            var mine = edited
            mine.id = id
            Store.renumberNewItems(of: &mine, base: base, theirs: current)
            // The report's step follows its items: recomputed after the merge, never a conflict.
            if !mine.items.isEmpty { mine.step = base.step }
            var merged = try Store.merge(base: base, mine: mine, theirs: current, resolutions: resolutions) {
                Store.lastChange(to: id, in: file.audit, kind: .report, conflicts: $0)
            }
            merged.id = id
            merged.lastItemNumber = [base.lastItemNumber, mine.lastItemNumber, current.lastItemNumber].compactMap { $0 }.max()
            merged.settleStep()
            file.reports[index] = merged
            if auditingItems, current.items.map(\.id) == merged.items.map(\.id) {
                file.audit += Store.itemAudit(from: current, to: merged, by: editor)
            } else {
                let changes = Changes.list(from: current, to: merged)
                if !changes.isEmpty { file.audit.append(editor.audit(.reportUpdate, id, changes: changes)) }
            }
            return merged
        }
        return try file.report(id)
    }

    @discardableResult
    public func saveEdited(
        hotSpot base: HotSpot, as edited: HotSpot, resolutions: [String: MergeSide] = [:], by editor: Editor,
        action: AuditAction = .hotSpotEdit
    ) throws -> HotSpot {
        let id = base.id
        let year = try Self.year(ofHotSpot: id)
        let (_, file) = try transact(
            HotSpotsFile.self, relativePath: Store.hotSpotsPath(year), empty: { HotSpotsFile(year: year) }
        ) { file -> HotSpot in
            guard let index = file.hotSpots.firstIndex(where: { $0.id == id }) else {
                throw StoreError.conflict(Store.deleted(.hotSpot, id, audit: file.audit))
            }
            return try Store.mergeEdit(
                edited, base: base, into: &file.hotSpots, at: index, id: \.id, kind: .hotSpot, resolutions: resolutions,
                audit: &file.audit, editor: editor, action: action)
        }
        return try file.hotSpot(id)
    }

    /// A unit edited in the roster (base nil: a new unit, refused if its id was taken meanwhile).
    @discardableResult
    public func saveEdited(
        unit base: ReportingUnit?, as edited: ReportingUnit, resolutions: [String: MergeSide] = [:], by editor: Editor,
        action: AuditAction = .unitUpdate
    ) throws -> ReportingUnit {
        let id = edited.id
        let (_, roster) = try transact(RosterFile.self, relativePath: Store.rosterName, empty: { RosterFile(units: []) }) {
            file -> ReportingUnit in
            let index = file.units.firstIndex(where: { $0.id == id })
            guard let base else {
                if index != nil { throw StoreError.idTaken(kind: "unit", id: id) }
                file.units.append(edited)
                file.audit.append(editor.audit(.unitCreate, id, edited.name))
                return edited
            }
            guard let index else { throw StoreError.conflict(Store.deleted(.unit, id, audit: file.audit)) }
            return try Store.mergeEdit(
                edited, base: base, into: &file.units, at: index, id: \.id, kind: .unit, resolutions: resolutions,
                audit: &file.audit, editor: editor, action: action)
        }
        guard let saved = roster.units.first(where: { $0.id == id }) else { throw StoreError.notFound(kind: "unit", id: id) }
        return saved
    }

    /// Guidance as changed by this person (an undo of a relay, an acknowledgement, an owner),
    /// merged onto the guidance as it is on disk now, like the other editors' saves.
    @discardableResult
    public func saveEdited(guidance base: Guidance, as edited: Guidance, resolutions: [String: MergeSide] = [:], by editor: Editor) throws
        -> Guidance
    {
        let id = base.id
        guard let year = Guidance.year(ofID: id) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
        let path = Store.guidancePath(year)
        return try withLock {
            let (_, file) = try transactHoldingLock(GuidanceFile.self, relativePath: path, empty: { GuidanceFile(year: year) }) { file in
                guard let index = file.guidance.firstIndex(where: { $0.id == id }) else {
                    throw StoreError.conflict(Store.deleted(.guidance, id, audit: file.audit))
                }
                try Store.mergeEdit(
                    edited, base: base, into: &file.guidance, at: index, id: \.id, kind: .guidance, resolutions: resolutions,
                    audit: &file.audit, editor: editor, action: .guidanceUpdate)
            }
            return try file.guidance(id)
        }
    }

    /// One entry for the report's own fields (if any changed) and one per changed item.
    static func itemAudit(from old: Report, to new: Report, by editor: Editor) -> [AuditEntry] {
        var reportOnly = new
        reportOnly.items = old.items
        reportOnly.lastItemNumber = old.lastItemNumber
        var entries: [AuditEntry] = []
        let reportChanges = Changes.list(from: old, to: reportOnly)
        if !reportChanges.isEmpty { entries.append(editor.audit(.reportUpdate, new.id, changes: reportChanges)) }
        for (before, after) in zip(old.items, new.items) {
            let changes = Changes.list(from: before, to: after)
            if !changes.isEmpty { entries.append(editor.audit(.itemUpdate, "\(new.id)/\(after.id)", changes: changes)) }
        }
        return entries
    }

    /// The conflict `saveEdited` would refuse an edit from `base` to `mine` with, given the record
    /// as it is now (`theirs`, nil: deleted) and the store's audit trail; nil when it would merge.
    /// Writes nothing: a change made of several records checks them all before writing any.
    public static func conflict<R: Codable>(
        _ kind: EditConflict.RecordKind, id: String, base: R, mine: R, theirs: R?, resolutions: [String: MergeSide],
        audit: [AuditEntry]
    ) -> EditConflict? {
        guard let theirs else { return deleted(kind, id, audit: audit) }
        var mine = mine
        // As `saveEdited(report:)`: the report's step follows its items, never a conflict.
        if var report = mine as? Report, let base = base as? Report, !report.items.isEmpty {
            report.step = base.step
            mine = report as! R
        }
        do {
            _ = try merge(base: base, mine: mine, theirs: theirs, resolutions: resolutions) {
                lastChange(to: id, in: audit, kind: kind, conflicts: $0)
            }
            return nil
        } catch StoreError.conflict(let conflict) {
            return conflict
        } catch {
            return nil  // not a conflict: the write itself will say what is wrong
        }
    }

    // MARK: The merge of one record

    /// The step every record editor's save shares: `edited` merged onto the record as it is now
    /// (`records[index]`), kept there under its id, and audited with only what changed.
    @discardableResult
    static func mergeEdit<R: Codable>(
        _ edited: R, base: R, into records: inout [R], at index: Int, id: WritableKeyPath<R, String>,
        kind: EditConflict.RecordKind, resolutions: [String: MergeSide], audit: inout [AuditEntry], editor: Editor,
        action: AuditAction
    ) throws -> R {
        let current = records[index]
        let recordID = current[keyPath: id]
        var merged = try merge(base: base, mine: edited, theirs: current, resolutions: resolutions) {
            lastChange(to: recordID, in: audit, kind: kind, conflicts: $0)
        }
        merged[keyPath: id] = recordID
        records[index] = merged
        let changes = Changes.list(from: current, to: merged)
        if !changes.isEmpty { audit.append(editor.audit(action, recordID, changes: changes)) }
        return merged
    }

    /// Merges as JSON trees, so every field of every record type is covered without a list.
    static func merge<R: Codable>(
        base: R, mine: R, theirs: R, resolutions: [String: MergeSide], conflict: ([MergeConflict]) -> EditConflict
    ) throws -> R {
        let result = ThreeWayMerge.merge(
            base: try tree(base), mine: try tree(mine), theirs: try tree(theirs), resolutions: resolutions,
            ignoring: mergeBookkeeping)
        guard result.conflicts.isEmpty else { throw StoreError.conflict(conflict(result.conflicts)) }
        guard let merged = result.merged else { return theirs }
        return try JSONDecoder().decode(R.self, from: JSONEncoder().encode(merged))
    }

    static func tree<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// Items this person added may have been given numbers someone else's new items took
    /// meanwhile: they get the next free numbers instead, so both survive.
    static func renumberNewItems(of mine: inout Report, base: Report, theirs: Report) {
        let baseIDs = Set(base.items.map(\.id))
        let theirIDs = Set(theirs.items.map(\.id))
        guard mine.items.contains(where: { !baseIDs.contains($0.id) && theirIDs.contains($0.id) }) else { return }
        var highest = ([mine.lastItemNumber, theirs.lastItemNumber].compactMap { $0 } + (mine.items + theirs.items).compactMap {
            Int($0.id.dropFirst())
        }).max() ?? 0
        for i in mine.items.indices where !baseIDs.contains(mine.items[i].id) && theirIDs.contains(mine.items[i].id) {
            highest += 1
            mine.items[i].id = "i\(highest)"
        }
        mine.lastItemNumber = highest
    }

    static func lastChange(to id: String, in audit: [AuditEntry], kind: EditConflict.RecordKind, conflicts: [MergeConflict])
        -> EditConflict
    {
        let entry = audit.last { $0.target == id || $0.target.hasPrefix(id + "/") }
        return EditConflict(kind: kind, id: id, conflicts: conflicts, theirsBy: entry?.by, theirsAt: entry?.at)
    }

    static func deleted(_ kind: EditConflict.RecordKind, _ id: String, audit: [AuditEntry]) -> EditConflict {
        let entry = audit.last { $0.target == id && $0.action.isDeletion }
        return EditConflict(kind: kind, id: id, conflicts: [], deleted: true, theirsBy: entry?.by, theirsAt: entry?.at)
    }
}
