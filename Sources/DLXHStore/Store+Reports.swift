import DLXHDomain

/// Changes to reports. Each locks, re-reads, applies, audits and writes one month file.
extension Store {
    /// Report ids carry the month of entry, which names their file: `R-2026-11-0042`.
    static func entryMonth(ofReportID id: String) -> Period? {
        guard id.hasPrefix("R-"), id.count >= 10 else { return nil }
        return Period(id: String(id.dropFirst(2).prefix(7)))
    }

    /// Stores a new report in the file of the month it is entered, giving it the next free id
    /// of that month. The report's own id is ignored.
    @discardableResult
    public func addReport(_ report: Report, by editor: Editor, action: AuditAction = .reportCreate, detail: String = "")
        throws -> Report
    {
        let month = Period.containing(editor.now.day)
        let (id, file) = try transact(
            ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
        ) { file -> String in
            var new = report
            new.id = file.takeNextReportID()
            file.reports.append(new)
            file.audit.append(editor.audit(action, new.id, detail.isEmpty ? new.summaryLine : detail))
            return new.id
        }
        return try file.report(id)
    }

    /// Applies `change` to the stored report and audits what changed. Returns the new version.
    @discardableResult
    public func updateReport(id: String, by editor: Editor, action: AuditAction = .reportUpdate, _ change: (inout Report) throws -> Void)
        throws -> Report
    {
        guard let month = Store.entryMonth(ofReportID: id) else { throw StoreError.notFound(kind: "report", id: id) }
        let (_, file) = try transact(
            ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
        ) { file in
            guard let index = file.reports.firstIndex(where: { $0.id == id }) else {
                throw StoreError.notFound(kind: "report", id: id)
            }
            let before = file.reports[index]
            try change(&file.reports[index])
            file.reports[index].id = id
            let changes = Changes.list(from: before, to: file.reports[index])
            if !changes.isEmpty { file.audit.append(editor.audit(action, id, changes: changes)) }
        }
        return try file.report(id)
    }

    /// Applies `change` to one item of a report; the audit entry names the item.
    @discardableResult
    public func updateItem(reportID: String, itemID: String, by editor: Editor, _ change: (inout OpinionItem) throws -> Void)
        throws -> OpinionItem
    {
        guard let month = Store.entryMonth(ofReportID: reportID) else {
            throw StoreError.notFound(kind: "report", id: reportID)
        }
        let (_, file) = try transact(
            ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
        ) { file -> OpinionItem in
            guard let r = file.reports.firstIndex(where: { $0.id == reportID }),
                let i = file.reports[r].items.firstIndex(where: { $0.id == itemID })
            else { throw StoreError.notFound(kind: "item", id: "\(reportID)/\(itemID)") }
            let before = file.reports[r].items[i]
            try change(&file.reports[r].items[i])
            file.reports[r].items[i].id = itemID
            let changes = Changes.list(from: before, to: file.reports[r].items[i])
            if !changes.isEmpty { file.audit.append(editor.audit(.itemUpdate, "\(reportID)/\(itemID)", changes: changes)) }
            return file.reports[r].items[i]
        }
        guard let item = try file.report(reportID).item(itemID) else { throw StoreError.notFound(kind: "item", id: itemID) }
        return item
    }

    /// Applies item changes to many items in as few writes as there are month files, each item
    /// audited on its own. Returns the reports as written.
    @discardableResult
    public func updateItems(_ refs: [ItemReference], changes: [ItemChange], by editor: Editor) throws -> [Report] {
        try withLock { try updateItemsHoldingLock(refs, changes: changes, by: editor) }
    }

    /// `updateItems` for a caller already inside `withLock`.
    func updateItemsHoldingLock(_ refs: [ItemReference], changes: [ItemChange], by editor: Editor) throws -> [Report] {
        let byMonth = Dictionary(grouping: refs) { Store.entryMonth(ofReportID: $0.reportID) }
        var written: [Report] = []
        for (month, group) in byMonth.sorted(by: { ($0.key?.id ?? "") < ($1.key?.id ?? "") }) {
            guard let month else { throw StoreError.notFound(kind: "report", id: group[0].reportID) }
            let (ids, file) = try transactHoldingLock(
                ReportsFile.self, relativePath: Store.reportsPath(month), empty: { ReportsFile(month: month) }
            ) { file -> [String] in
                var touched: [Int] = []
                for ref in group {
                    guard let r = file.reports.firstIndex(where: { $0.id == ref.reportID }),
                        let i = file.reports[r].items.firstIndex(where: { $0.id == ref.itemID })
                    else { throw StoreError.notFound(kind: "item", id: "\(ref.reportID)/\(ref.itemID)") }
                    let before = file.reports[r].items[i]
                    for change in changes { change.apply(to: &file.reports[r].items[i]) }
                    let changes = Changes.list(from: before, to: file.reports[r].items[i])
                    if !changes.isEmpty {
                        file.audit.append(editor.audit(.itemUpdate, "\(ref.reportID)/\(ref.itemID)", changes: changes))
                    }
                    touched.append(r)
                }
                for r in Set(touched) { file.reports[r].settleStep() }
                return Set(touched).sorted().map { file.reports[$0].id }
            }
            written += try ids.map { try file.report($0) }
        }
        return written
    }

    /// Removes a report for good. The audit entry keeps what it was. Hot spots that link to it
    /// (or to its items) lose those links first, each audited as `hotspot.unlink`, so no hot spot
    /// is left pointing at a report that is gone; a crash in between leaves the report with its
    /// links cleared, never a dangling link.
    public func deleteReport(id: String, by editor: Editor) throws {
        guard let month = Store.entryMonth(ofReportID: id) else { throw StoreError.notFound(kind: "report", id: id) }
        try withLock {
            let path = Store.reportsPath(month)
            guard FileSystem.exists(url(path)), try readFile(ReportsFile.self, relativePath: path).reports.contains(where: { $0.id == id })
            else { throw StoreError.notFound(kind: "report", id: id) }
            try unlinkHotSpots(fromReport: id, by: editor)
            try unlinkGuidance(fromReport: id, by: editor)
            try unlinkStreams(fromReport: id, by: editor)
            _ = try transactHoldingLock(ReportsFile.self, relativePath: path, empty: { ReportsFile(month: month) }) { file in
                guard let index = file.reports.firstIndex(where: { $0.id == id }) else {
                    throw StoreError.notFound(kind: "report", id: id)
                }
                let removed = file.reports.remove(at: index)
                file.audit.append(editor.audit(.reportDelete, id, removed.summaryLine))
            }
        }
    }

    /// Clears every hot spot's links to a report and its items (inside `withLock`).
    private func unlinkHotSpots(fromReport id: String, by editor: Editor) throws {
        for path in try recordPaths().hotSpots {
            let file = try readFile(HotSpotsFile.self, relativePath: path)
            let linked = { (spot: HotSpot) in spot.linkedReports.contains(id) || spot.linkedItems.contains { $0.reportID == id } }
            guard file.hotSpots.contains(where: linked) else { continue }
            _ = try transactHoldingLock(HotSpotsFile.self, relativePath: path, empty: { file }) { file in
                for i in file.hotSpots.indices where linked(file.hotSpots[i]) {
                    file.hotSpots[i].linkedReports.removeAll { $0 == id }
                    file.hotSpots[i].linkedItems.removeAll { $0.reportID == id }
                    file.audit.append(editor.audit(.hotSpotUnlink, file.hotSpots[i].id, "\(id) deleted"))
                }
            }
        }
    }
}

extension ReportsFile {
    /// A report of this file as written (with the revision the write gave it).
    func report(_ id: String) throws -> Report {
        guard let report = reports.first(where: { $0.id == id }) else { throw StoreError.notFound(kind: "report", id: id) }
        return report
    }
}

extension HotSpotsFile {
    /// A hot spot of this file as written (with the revision the write gave it).
    func hotSpot(_ id: String) throws -> HotSpot {
        guard let spot = hotSpots.first(where: { $0.id == id }) else { throw StoreError.notFound(kind: "hot spot", id: id) }
        return spot
    }
}

extension Report {
    /// One line for the audit trail: unit, period, kind, received date, item count.
    var summaryLine: String {
        "\(unitID) \(period.id) \(kind.rawValue) received \(receivedOn.isoString), \(items.count) items"
    }
}
