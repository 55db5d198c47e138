import DLXHDomain

/// `guidance/YYYY.json`: the guidance recorded with a date in one year, with its audit trail.
public struct GuidanceFile: StoreFile, Hashable {
    static let schemaName = "dlxh.guidance"
    static let currentVersion = 1
    public var schema = GuidanceFile.schemaName
    public var version = GuidanceFile.currentVersion
    public var year: Int
    public var guidance: [Guidance]
    public var audit: [AuditEntry]
    /// The highest guidance number ever given in this year (ids are never reused).
    public var lastGuidanceNumber: Int?

    public init(year: Int, guidance: [Guidance] = [], audit: [AuditEntry] = []) {
        self.year = year
        self.guidance = guidance
        self.audit = audit
    }

    /// The id for the next new guidance of this year, remembered as used.
    mutating func takeNextGuidanceID() -> String {
        let sequence = max(RecordID.next(after: guidance.map(\.id)), (lastGuidanceNumber ?? 0) + 1)
        lastGuidanceNumber = sequence
        return RecordID.guidance(year: year, sequence: sequence)
    }

    mutating func stampRevisions(since old: GuidanceFile) {
        guidance.stampRevisions(since: old.guidance)
    }

    func guidance(_ id: String) throws -> Guidance {
        guard let found = guidance.first(where: { $0.id == id }) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
        return found
    }
}

/// Step 4, closing the loop: guidance recorded, relayed to units, acknowledged; reports
/// returned for more; owners. Every change locks, re-reads, checks, applies, audits and writes,
/// and a change the rules refuse writes nothing.
extension Store {
    static let guidanceFolder = "guidance"

    static func guidancePath(_ year: Int) -> String { "\(guidanceFolder)/\(year).json" }

    /// The guidance files on disk now.
    func guidancePaths() throws -> [String] { try listJSON(in: Store.guidanceFolder, depth: 1) }

    /// Records new guidance in the file of its date's year, with the next free id of that year
    /// (the id given is ignored). Refused, writing nothing, when an item it names is not in the
    /// store, it names none, a required text is empty, or the due date is before its date.
    @discardableResult
    public func addGuidance(_ guidance: Guidance, by editor: Editor) throws -> Guidance {
        var new = guidance
        new.number = Text.clean(new.number, multiline: false).trimmingCharacters(in: .whitespaces)
        new.text = Text.clean(new.text).trimmingCharacters(in: .whitespacesAndNewlines)
        new.issuer = Text.clean(new.issuer, multiline: false).trimmingCharacters(in: .whitespaces)
        new.owner = new.owner.map { Text.clean($0, multiline: false).trimmingCharacters(in: .whitespaces) }
        if new.owner?.isEmpty == true { new.owner = nil }
        if new.number.isEmpty { throw StoreError.refused(GuidanceText.required("--number")) }
        if new.issuer.isEmpty { throw StoreError.refused(GuidanceText.required("--issuer")) }
        if new.text.isEmpty { throw StoreError.refused(GuidanceText.required("--text")) }
        if new.items.isEmpty { throw StoreError.refused(GuidanceText.required("--items")) }
        for day in [new.date] + (new.due.map { [$0] } ?? []) where !GuidanceDates.years.contains(day.year) {
            throw StoreError.refused(GuidanceText.badDate(day == new.date ? "--date" : "--due", day.isoString))
        }
        if let due = new.due, due < new.date { throw StoreError.refused(GuidanceText.dueBeforeDate(due, new.date)) }
        var seen = Set<ItemReference>()
        new.items = new.items.filter { seen.insert($0).inserted }
        new.recipients = []
        new.createdAt = editor.now
        new.createdBy = editor.staff
        let year = new.date.year
        return try withLock {
            _ = try existingItems(new.items, requireAll: true)
            let (id, file) = try transactHoldingLock(
                GuidanceFile.self, relativePath: Store.guidancePath(year), empty: { GuidanceFile(year: year) }
            ) { file -> String in
                new.id = file.takeNextGuidanceID()
                file.guidance.append(new)
                let refs = new.items.map(\.text).joined(separator: ", ")
                file.audit.append(editor.audit(.guidanceCreate, new.id, "\(new.number) \(new.date.isoString) \(new.issuer); items \(refs)"))
                return new.id
            }
            return try file.guidance(id)
        }
    }

    /// Relays guidance to `units` (nil: the units that raised its items) on `day`: each unit not
    /// yet relayed to gets its relay date (a unit already relayed to keeps its first one, so
    /// relaying again is harmless), and every linked item still in the store is put at step 4
    /// with the guidance number as its step note (audited per item as `item.update`). Refused,
    /// writing nothing, for unknown guidance or a unit not on the roster.
    @discardableResult
    public func relayGuidance(id: String, to units: [String]? = nil, on day: Day, by editor: Editor) throws -> Guidance {
        guard let year = Guidance.year(ofID: id) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
        let path = Store.guidancePath(year)
        return try withLock {
            guard FileSystem.exists(url(path)) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
            let current = try readFile(GuidanceFile.self, relativePath: path).guidance(id)
            let items = try existingItems(current.items, requireAll: false)
            var targets: [String]
            if let units {
                var seen = Set<String>()
                targets = units.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
                let roster = Set(try readFile(RosterFile.self, relativePath: Store.rosterName).units.map(\.id))
                if let unknown = targets.first(where: { !roster.contains($0) }) {
                    throw StoreError.refused(GuidanceText.unknownUnit(unknown))
                }
            } else {
                targets = current.raisingUnits(in: items.reports)
            }
            if targets.isEmpty { throw StoreError.refused(GuidanceText.noUnits) }
            let (_, file) = try transactHoldingLock(GuidanceFile.self, relativePath: path, empty: { GuidanceFile(year: year) }) { file in
                guard let g = file.guidance.firstIndex(where: { $0.id == id }) else {
                    throw StoreError.refused(GuidanceText.unknownGuidance(id))
                }
                let new = targets.filter { file.guidance[g].recipient($0) == nil }
                file.guidance[g].recipients += new.map { GuidanceRecipient(unitID: $0, relayedOn: day) }
                if !new.isEmpty {
                    file.audit.append(editor.audit(.guidanceRelay, id, "\(day.isoString): \(new.joined(separator: ", "))"))
                }
            }
            let relayed = try file.guidance(id)
            if !items.refs.isEmpty {
                _ = try updateItemsHoldingLock(items.refs, changes: [.step(.relayDown, note: relayed.number)], by: editor)
            }
            return relayed
        }
    }

    /// Records that `unitID` acknowledged the guidance on `day`, with what it did. Refused,
    /// writing nothing, for unknown guidance or a unit it was not relayed to. Acknowledging
    /// again replaces the date and the note (both audited).
    @discardableResult
    public func acknowledgeGuidance(id: String, unitID: String, on day: Day, note: String = "", by editor: Editor) throws -> Guidance {
        let note = Text.clean(note).trimmingCharacters(in: .whitespacesAndNewlines)
        return try updateGuidance(id: id, by: editor, action: .guidanceAcknowledge) { guidance in
            guard let r = guidance.recipients.firstIndex(where: { $0.unitID == unitID }) else {
                throw StoreError.refused(GuidanceText.notRelayedTo(id, unitID))
            }
            guidance.recipients[r].acknowledgedOn = day
            guidance.recipients[r].note = note
        }
    }

    /// Names (or clears, with nil or "") the staff member who follows the guidance up.
    @discardableResult
    public func setGuidanceOwner(id: String, owner: String?, by editor: Editor) throws -> Guidance {
        let owner = owner.map { Text.clean($0, multiline: false).trimmingCharacters(in: .whitespaces) }
        return try updateGuidance(id: id, by: editor, action: .guidanceOwner) { $0.owner = owner?.isEmpty == false ? owner : nil }
    }

    /// Applies `change` to stored guidance and audits what changed. Its id and items stay.
    @discardableResult
    public func updateGuidance(id: String, by editor: Editor, action: AuditAction = .guidanceUpdate, _ change: (inout Guidance) throws -> Void)
        throws -> Guidance
    {
        guard let year = Guidance.year(ofID: id) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
        let path = Store.guidancePath(year)
        return try withLock {
            guard FileSystem.exists(url(path)) else { throw StoreError.refused(GuidanceText.unknownGuidance(id)) }
            let (_, file) = try transactHoldingLock(GuidanceFile.self, relativePath: path, empty: { GuidanceFile(year: year) }) { file in
                guard let index = file.guidance.firstIndex(where: { $0.id == id }) else {
                    throw StoreError.refused(GuidanceText.unknownGuidance(id))
                }
                let before = file.guidance[index]
                try change(&file.guidance[index])
                file.guidance[index].id = id
                let changes = Changes.list(from: before, to: file.guidance[index])
                if !changes.isEmpty { file.audit.append(editor.audit(action, id, changes: changes)) }
            }
            return try file.guidance(id)
        }
    }

    /// Names (or clears) the staff member who follows a hot spot (audited as `hotspot.owner`).
    @discardableResult
    public func setHotSpotOwner(id: String, owner: String?, by editor: Editor) throws -> HotSpot {
        let owner = owner.map { Text.clean($0, multiline: false).trimmingCharacters(in: .whitespaces) }
        return try updateHotSpot(id: id, by: editor, action: .hotSpotOwner) { $0.owner = owner?.isEmpty == false ? owner : nil }
    }

    /// Sends a received report back to its unit for more (yêu cầu bổ sung) on `day`, with the
    /// reason, audited as `report.return`. A supplement report (`supplementTo` = this report)
    /// received from that day on answers it (`ReturnRules`).
    @discardableResult
    public func returnReport(id: String, reason: String, on day: Day, by editor: Editor) throws -> Report {
        let reason = Text.clean(reason).trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw StoreError.refused(GuidanceText.required("--reason")) }
        guard let month = Store.entryMonth(ofReportID: id), FileSystem.exists(url(Store.reportsPath(month))) else {
            throw StoreError.refused(GuidanceText.unknownReport(id))
        }
        do {
            return try updateReport(id: id, by: editor, action: .reportReturn) {
                $0.returnedForMore = ReturnRequest(on: day, by: editor.staff, reason: reason)
            }
        } catch StoreError.notFound(kind: "report", id: _) {
            throw StoreError.refused(GuidanceText.unknownReport(id))
        }
    }

    /// Drops a deleted report's items from every guidance that names them (inside `withLock`),
    /// each audited as `guidance.unlink`, so no guidance points at a report that is gone.
    func unlinkGuidance(fromReport id: String, by editor: Editor) throws {
        for path in try guidancePaths() {
            let file = try readFile(GuidanceFile.self, relativePath: path)
            guard file.guidance.contains(where: { $0.items.contains { $0.reportID == id } }) else { continue }
            _ = try transactHoldingLock(GuidanceFile.self, relativePath: path, empty: { file }) { file in
                for i in file.guidance.indices where file.guidance[i].items.contains(where: { $0.reportID == id }) {
                    file.guidance[i].items.removeAll { $0.reportID == id }
                    file.audit.append(editor.audit(.guidanceUnlink, file.guidance[i].id, "\(id) deleted"))
                }
            }
        }
    }

    /// The items of `refs` found in the store's report files (inside `withLock`), with the
    /// reports holding them. With `requireAll`, the first missing one is refused.
    private func existingItems(_ refs: [ItemReference], requireAll: Bool) throws -> (refs: [ItemReference], reports: [Report]) {
        var files: [Period: ReportsFile] = [:]
        var found: [ItemReference] = []
        var reports: [String: Report] = [:]
        for ref in refs {
            var report: Report?
            if let month = Store.entryMonth(ofReportID: ref.reportID) {
                if files[month] == nil, FileSystem.exists(url(Store.reportsPath(month))) {
                    files[month] = try readFile(ReportsFile.self, relativePath: Store.reportsPath(month))
                }
                report = files[month]?.reports.first { $0.id == ref.reportID }
            }
            guard let report, report.item(ref.itemID) != nil else {
                if requireAll { throw StoreError.refused(GuidanceText.unknownItem(ref.text)) }
                continue
            }
            found.append(ref)
            reports[report.id] = report
        }
        return (found, refs.compactMap { reports[$0.reportID] }.reduce(into: [Report]()) { list, r in
            if !list.contains(where: { $0.id == r.id }) { list.append(r) }
        })
    }
}
