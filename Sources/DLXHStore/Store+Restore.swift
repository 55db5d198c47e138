import DLXHDomain

/// Taking back the making or the removal of a record (the interface's undo and redo): a record
/// made is removed again, a record removed is put back under its own id. Ids are never given
/// twice (each file keeps the highest number it gave), so the id is still the record's own.
/// Each locks, re-reads, checks, audits and writes one file; a check that fails writes nothing.
extension Store {
    /// Removes the report `made`, which this person made: refused, writing nothing, when it is
    /// gone or someone changed it since (their work is not thrown away by an undo).
    public func removeMade(report made: Report, by editor: Editor) throws {
        guard let month = Store.entryMonth(ofReportID: made.id) else { throw StoreError.notFound(kind: "report", id: made.id) }
        try withLock {
            let path = Store.reportsPath(month)
            let file = try FileSystem.exists(url(path)) ? readFile(ReportsFile.self, relativePath: path) : ReportsFile(month: month)
            try Self.checkUnchanged(made.id, now: file.reports.first { $0.id == made.id }, made: made, audit: file.audit)
            // Under the same hold: nobody can change it between the check and the deletion.
            try deleteReport(id: made.id, by: editor)
        }
    }

    /// Puts back a report removed by `deleteReport`; refused when a report has that id.
    @discardableResult
    public func restore(report: Report, by editor: Editor) throws -> Report {
        guard let month = Store.entryMonth(ofReportID: report.id) else { throw StoreError.notFound(kind: "report", id: report.id) }
        let (_, file) = try transact(ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }) { file in
            guard !file.reports.contains(where: { $0.id == report.id }) else { throw StoreError.idTaken(kind: "report", id: report.id) }
            file.reports.append(report)
            file.reports.sort { $0.id < $1.id }
            file.audit.append(editor.audit(.reportRestore, report.id, report.summaryLine))
        }
        return try file.report(report.id)
    }

    /// Removes the hot spot `made`, which this person recorded: refused when it is gone or
    /// someone changed it since. Audited as `hotspot.delete` with its title.
    public func removeMade(hotSpot made: HotSpot, by editor: Editor) throws {
        let year = try Self.year(ofHotSpot: made.id)
        _ = try transact(HotSpotsFile.self, relativePath: Store.hotSpotsPath(year), empty: { HotSpotsFile(year: year) }) { file in
            let index = file.hotSpots.firstIndex { $0.id == made.id }
            try Self.checkUnchanged(made.id, now: index.map { file.hotSpots[$0] }, made: made, audit: file.audit)
            file.hotSpots.remove(at: index!)
            file.audit.append(editor.audit(.hotSpotDelete, made.id, made.title))
        }
    }

    /// Puts back a hot spot removed by `removeMade(hotSpot:)`; refused when one has that id.
    @discardableResult
    public func restore(hotSpot: HotSpot, by editor: Editor) throws -> HotSpot {
        let year = try Self.year(ofHotSpot: hotSpot.id)
        let (_, file) = try transact(HotSpotsFile.self, relativePath: Store.hotSpotsPath(year), empty: { HotSpotsFile(year: year) }) { file in
            guard !file.hotSpots.contains(where: { $0.id == hotSpot.id }) else { throw StoreError.idTaken(kind: "hot spot", id: hotSpot.id) }
            file.hotSpots.append(hotSpot)
            file.hotSpots.sort { $0.id < $1.id }
            file.audit.append(editor.audit(.hotSpotRestore, hotSpot.id, hotSpot.title))
        }
        return try file.hotSpot(hotSpot.id)
    }

    /// Removes the unit `made`, which this person added: refused when it is gone, someone
    /// changed it since, or a report, a hot spot or another unit's lineage now names it.
    public func removeMade(unit made: ReportingUnit, by editor: Editor) throws {
        try withLock {
            let contents = try load()
            let data = contents.dataset
            let named =
                data.reports.contains { $0.unitID == made.id } || data.hotSpots.contains { $0.unitID == made.id }
                || data.units.contains { $0.id != made.id && ($0.predecessorIDs.contains(made.id) || $0.successorIDs.contains(made.id)) }
            if named { throw StoreError.refused(RestoreText.unitInUse(made.name)) }
            try Self.checkUnchanged(made.id, now: data.unit(made.id), made: made, audit: contents.audit)
            _ = try updateRoster(by: editor) { units in units.removeAll { $0.id == made.id } }
        }
    }

    /// Puts back a unit removed by `removeMade(unit:)`; refused when a unit has that id.
    public func restore(unit: ReportingUnit, by editor: Editor) throws {
        _ = try updateRoster(by: editor) { units in
            guard !units.contains(where: { $0.id == unit.id }) else { throw StoreError.idTaken(kind: "unit", id: unit.id) }
            units.append(unit)
        }
    }

    /// Refuses to remove a record that is gone or that someone changed since it was made.
    public static func checkUnchanged<R: Equatable>(_ id: String, now: R?, made: R, audit: [AuditEntry]) throws {
        guard let now else { throw StoreError.notFound(kind: "record", id: id) }
        guard now != made else { return }
        let last = audit.last { $0.target == id || $0.target.hasPrefix(id + "/") }
        throw StoreError.refused(RestoreText.changedSince(id, by: last?.by, at: last?.at))
    }

    /// The year a hot spot's id carries (`HS-2026-0003`), which names its file.
    static func year(ofHotSpot id: String) throws -> Int {
        guard id.hasPrefix("HS-"), let year = Int(id.dropFirst(3).prefix(4)) else { throw StoreError.notFound(kind: "hot spot", id: id) }
        return year
    }
}

/// What the store says when it will not take back a record's making.
enum RestoreText {
    static func changedSince(_ id: String, by who: String?, at when: Moment?) -> Localized {
        if let who, let when {
            return Localized(
                vi: "\(id) đã được \(who) sửa lúc \(when.displayString), sau khi tạo: không xóa, để giữ thay đổi đó.",
                en: "\(id) was changed by \(who) at \(when.displayString), after it was made: not removed, so that change is kept.")
        }
        return Localized(
            vi: "\(id) đã được sửa sau khi tạo: không xóa, để giữ thay đổi đó.",
            en: "\(id) was changed after it was made: not removed, so that change is kept.")
    }

    static func unitInUse(_ name: String) -> Localized {
        Localized(
            vi: "\(name) đã có báo cáo, điểm nóng hoặc đơn vị khác gắn với nó: không xóa.",
            en: "\(name) now has reports, hot spots or other units tied to it: not removed.")
    }
}
