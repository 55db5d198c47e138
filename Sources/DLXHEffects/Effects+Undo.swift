import DLXHDomain
import DLXHStore
import DLXHTUI

/// Undo and redo. Every save that changes records (items, reports, hot spots, units and their
/// exemptions) is recorded, under the same hold of the store lock as the write, as the records
/// were on disk just before and just after it: one `UndoEntry` per save, however many records it
/// changed. Taking it back (`Save.revert`) merges each record from "after" back to "before" onto
/// the record as it is now, like an editor's save: what someone else changed since is kept, and
/// a field they changed too is a conflict for the person to choose, field by field.
extension Effects {
    /// A record a save changes.
    enum RecordKey: Hashable {
        case report(String), hotSpot(String), unit(String), guidance(String), streams
    }

    /// The records `save` may change, if it can be undone.
    func records(changedBy save: Save) -> [RecordKey] {
        var keys: [RecordKey]
        switch save {
        case .items(let refs, _): keys = refs.map { .report($0.reportID) }
        case .reports(let ids, _): keys = ids.map { .report($0) }
        case .report(let report, _, _): keys = report.id.isEmpty ? [] : [.report(report.id)]
        case .returnReport(let id, _): keys = [.report(id)]
        case .hotSpot(let id, _), .hotSpotOwner(let id, _): keys = [.hotSpot(id)]
        case .hotSpotRecord(let spot, _, _): keys = [.hotSpot(spot.id)]
        case .exempt(let unitID, _, _): keys = [.unit(unitID)]
        case .unit(let unit, let base, _): keys = base == nil ? [] : [.unit(unit.id)]
        case .guidanceOwner(let id, _), .acknowledgeGuidance(let id, _, _): keys = [.guidance(id)]
        case .relayGuidance(let id, _, _, _):
            // Relaying puts the guidance's items at step 4: their reports change too.
            let items = contents.dataset.guidance.first { $0.id == id }?.items ?? []
            keys = [.guidance(id)] + items.map { .report($0.reportID) }
        case .deleteReport(let id):
            // Deleting a report first clears the hot spots' and guidance's links to it: those
            // records change too, and undoing the deletion links them again.
            let data = contents.dataset
            let spots = data.hotSpots.filter { $0.linkedReports.contains(id) || $0.linkedItems.contains { $0.reportID == id } }
            let guidance = data.guidance.filter { $0.items.contains { $0.reportID == id } }
            keys = [.report(id)] + spots.map { .hotSpot($0.id) } + guidance.map { .guidance($0.id) }
        case .streams: keys = [.streams]
        case .revert(let entry, _, _):
            keys = entry.records.map {
                switch $0 {
                case .report(let r, _), .made(.report(let r)), .removed(.report(let r)): .report(r.id)
                case .hotSpot(let s, _), .made(.hotSpot(let s)), .removed(.hotSpot(let s)): .hotSpot(s.id)
                case .unit(let u, _), .made(.unit(let u)), .removed(.unit(let u)): .unit(u.id)
                case .guidance(let g, _): .guidance(g.id)
                case .streams: .streams
                }
            }
        default: keys = []
        }
        var seen = Set<RecordKey>()
        return keys.filter { seen.insert($0).inserted }
    }

    enum Version: Equatable {
        case report(Report), hotSpot(HotSpot), unit(ReportingUnit), guidance(Guidance), streams(StreamDecisions)
    }

    /// The records as last read (the caller re-reads under the lock first).
    func versions(_ keys: [RecordKey]) -> [RecordKey: Version] {
        var out: [RecordKey: Version] = [:]
        let data = contents.dataset
        for key in keys {
            switch key {
            case .report(let id): if let r = data.report(id) { out[key] = .report(r) }
            case .hotSpot(let id): if let s = data.hotSpots.first(where: { $0.id == id }) { out[key] = .hotSpot(s) }
            case .unit(let id): if let u = data.unit(id) { out[key] = .unit(u) }
            case .guidance(let id): if let g = data.guidance.first(where: { $0.id == id }) { out[key] = .guidance(g) }
            case .streams: out[key] = .streams(data.streamDecisions)
            }
        }
        return out
    }

    /// Makes `save`, and when it can be undone and landed, says so with the records it changed
    /// (`.undoable`) after its own messages.
    mutating func writeRecordingUndo(_ save: Save) -> [Message] {
        if Self.makesRecord(save) {
            let messages = write(save)
            guard let (made, description) = made(by: save, messages) else { return messages }
            // Guidance recorded is not taken back here (it is answered, relayed, acknowledged by
            // others): a step `u` names and says it cannot undo, rather than silently undoing an
            // older change.
            return messages + [.undoable(UndoEntry(records: made.map { [.made($0)] } ?? [], description: description), from: nil)]
        }
        let keys = records(changedBy: save)
        guard !keys.isEmpty, let description = UndoText.describe(save, dataset: contents.dataset) else { return write(save) }
        var messages: [Message] = []
        // The records as they are on disk now, under the lock: what an undo goes back to.
        switch reread() {
        case .changed: messages.append(.loaded(contents.dataset))
        case .unchanged: break
        case .failed: return write(save)
        }
        let before = versions(keys)
        let result = write(save)
        messages += result
        let landed = Self.landed(result)
        let reread = !result.contains { if case .stale = $0 { true } else { false } }
        guard landed, reread else { return messages }
        let after = versions(keys)
        let records: [RecordVersions] = keys.compactMap { key in
            switch (before[key], after[key]) {
            case (.report(let b)?, .report(let a)?) where b != a: .report(before: b, after: a)
            case (.hotSpot(let b)?, .hotSpot(let a)?) where b != a: .hotSpot(before: b, after: a)
            case (.unit(let b)?, .unit(let a)?) where b != a: .unit(before: b, after: a)
            case (.guidance(let b)?, .guidance(let a)?) where b != a: .guidance(before: b, after: a)
            case (.report(let b)?, nil): .removed(.report(b))
            case (nil, .report(let a)?): .made(.report(a))
            case (.hotSpot(let b)?, nil): .removed(.hotSpot(b))
            case (nil, .hotSpot(let a)?): .made(.hotSpot(a))
            case (.unit(let b)?, nil): .removed(.unit(b))
            case (nil, .unit(let a)?): .made(.unit(a))
            case (.streams(let b)?, .streams(let a)?) where b != a: .streams(before: b, after: a)
            default: nil
            }
        }
        guard !records.isEmpty else { return messages }
        var from: UndoDirection?
        if case .revert(_, let direction, _) = save { from = direction }
        messages.append(.undoable(UndoEntry(records: records, description: description), from: from))
        return messages
    }

    /// Whether a save's messages say it was written (a record save, or a roster reload).
    static func landed(_ messages: [Message]) -> Bool {
        messages.contains {
            switch $0 {
            case .saved(let r): r.text != nil
            case .loadedWith: true
            default: false
            }
        }
    }

    /// Whether `save` makes a new record (its id is known only once it landed).
    static func makesRecord(_ save: Save) -> Bool {
        switch save {
        case .newHotSpot, .hotSpotFromItem, .newGuidance: true
        case .report(let report, _, _): report.id.isEmpty
        case .unit(_, let base, _): base == nil
        default: false
        }
    }

    /// The record a save made, as stored, and the words for it, once it landed; the record is
    /// nil for guidance (said, not undone).
    func made(by save: Save, _ messages: [Message]) -> (StoredRecord?, Localized)? {
        guard Self.landed(messages) else { return nil }
        let result = messages.lazy.compactMap { message -> SaveResult? in
            if case .saved(let result) = message { return result }
            return nil
        }.first
        let data = contents.dataset
        switch save {
        case .newHotSpot, .hotSpotFromItem:
            guard let id = result?.hotSpots.first?.id, let spot = data.hotSpots.first(where: { $0.id == id }) else { return nil }
            return (.hotSpot(spot), UndoText.createdHotSpot(id))
        case .report:
            guard let id = result?.reports.first?.id, let report = data.report(id) else { return nil }
            return (.report(report), UndoText.createdReport(id))
        case .unit(let unit, _, _):
            guard let stored = data.unit(unit.id) else { return nil }
            return (.unit(stored), UndoText.createdUnit(stored.name))
        case .newGuidance:
            let newest = data.guidance.max { $0.id < $1.id }
            return (nil, UndoText.createdGuidance(newest?.id ?? ""))
        default:
            return nil
        }
    }

    /// A record made is removed only as it was made (someone's later change is not thrown
    /// away); a record removed is put back only where nothing took its place. Throws the reason.
    static func checkPresence(_ record: RecordVersions, in data: Dataset, audit: [AuditEntry]) throws -> EditConflict? {
        switch record {
        case .made(.report(let r)): try Store.checkUnchanged(r.id, now: data.report(r.id), made: r, audit: audit)
        case .made(.hotSpot(let s)): try Store.checkUnchanged(s.id, now: data.hotSpots.first { $0.id == s.id }, made: s, audit: audit)
        case .made(.unit(let u)): try Store.checkUnchanged(u.id, now: data.unit(u.id), made: u, audit: audit)
        case .removed(.report(let r)): if data.report(r.id) != nil { throw StoreError.idTaken(kind: "report", id: r.id) }
        case .removed(.hotSpot(let s)): if data.hotSpots.contains(where: { $0.id == s.id }) { throw StoreError.idTaken(kind: "hot spot", id: s.id) }
        case .removed(.unit(let u)): if data.unit(u.id) != nil { throw StoreError.idTaken(kind: "unit", id: u.id) }
        default: break
        }
        return nil
    }

    /// Takes each record from `after` back to `before`, merged onto the record on disk now; checks
    /// every record before writing any, so a conflict anywhere writes nothing.
    mutating func revert(_ entry: UndoEntry, _ direction: UndoDirection, resolutions: [String: [String: MergeSide]]) throws -> [Message] {
        let data = contents.dataset
        let audit = contents.audit
        for record in entry.records {
            let chosen = resolutions[record.id] ?? [:]
            let conflict: EditConflict? =
                switch record {
                case .made, .removed:
                    try Self.checkPresence(record, in: data, audit: audit)
                case .report(let before, let after):
                    Store.conflict(.report, id: before.id, base: after, mine: before, theirs: data.report(before.id), resolutions: chosen, audit: audit)
                case .hotSpot(let before, let after):
                    Store.conflict(
                        .hotSpot, id: before.id, base: after, mine: before, theirs: data.hotSpots.first { $0.id == before.id }, resolutions: chosen,
                        audit: audit)
                case .unit(let before, let after):
                    Store.conflict(.unit, id: before.id, base: after, mine: before, theirs: data.unit(before.id), resolutions: chosen, audit: audit)
                case .guidance(let before, let after):
                    Store.conflict(
                        .guidance, id: before.id, base: after, mine: before, theirs: data.guidance.first { $0.id == before.id },
                        resolutions: chosen, audit: audit)
                case .streams:
                    // Whole stream records, not fields: one someone else changed since refuses the undo (`revertStreams`).
                    nil
                }
            if let conflict { throw StoreError.conflict(conflict) }
        }
        let editor = self.editor
        var reports: [Report] = []
        var spots: [HotSpot] = []
        var roster = false
        // What was removed comes back first (a hot spot's link to it is put back after it), and
        // what was made goes last.
        let ordered =
            entry.records.filter { if case .removed = $0 { true } else { false } }
            + entry.records.filter {
                switch $0 {
                case .made, .removed: false
                default: true
                }
            } + entry.records.filter { if case .made = $0 { true } else { false } }
        for record in ordered {
            let chosen = resolutions[record.id] ?? [:]
            switch record {
            case .removed(.report(let r)): try store.restore(report: r, by: editor)
            case .removed(.hotSpot(let s)): try store.restore(hotSpot: s, by: editor)
            case .removed(.unit(let u)): try store.restore(unit: u, by: editor)
            case .made(.report(let r)): try store.removeMade(report: r, by: editor)
            case .made(.hotSpot(let s)): try store.removeMade(hotSpot: s, by: editor)
            case .made(.unit(let u)): try store.removeMade(unit: u, by: editor)
            case .report(let before, let after):
                reports.append(try store.saveEdited(report: after, as: before, resolutions: chosen, by: editor, auditingItems: true))
            case .hotSpot(let before, let after):
                spots.append(try store.saveEdited(hotSpot: after, as: before, resolutions: chosen, by: editor))
            case .unit(let before, let after):
                try store.saveEdited(unit: after, as: before, resolutions: chosen, by: editor)
                roster = true
            case .guidance(let before, let after):
                try store.saveEdited(guidance: after, as: before, resolutions: chosen, by: editor)
                roster = true  // the interface takes guidance in with a whole reload
            case .streams(let before, let after):
                try store.revertStreams(from: after, to: before, by: editor)
                roster = true
            }
        }
        let text = direction == .undo ? UIText.undone(entry.description) : UIText.redone(entry.description)
        // A record made or removed: the whole dataset again, as after a roster change.
        let wholeRecords = entry.records.contains {
            switch $0 {
            case .made, .removed: true
            default: false
            }
        }
        return roster || wholeRecords ? reloaded(text) : saved(SaveResult(reports: reports, hotSpots: spots, text: text))
    }
}
