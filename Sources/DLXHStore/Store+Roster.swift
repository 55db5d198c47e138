import DLXHDomain

/// Changes to the roster, the configuration and hot spots.
extension Store {
    /// Applies `change` to the list of units; audits each unit that changed, appeared or went.
    public func updateRoster(by editor: Editor, action: AuditAction = .unitUpdate, _ change: (inout [ReportingUnit]) throws -> Void)
        throws -> [ReportingUnit]
    {
        let (_, written) = try transact(RosterFile.self, relativePath: Store.rosterName, empty: { RosterFile(units: []) }) {
            file -> [ReportingUnit] in
            let before = Dictionary(file.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            try change(&file.units)
            for unit in file.units {
                if let old = before[unit.id] {
                    let changes = Changes.list(from: old, to: unit)
                    if !changes.isEmpty { file.audit.append(editor.audit(action, unit.id, changes: changes)) }
                } else {
                    file.audit.append(editor.audit(.unitCreate, unit.id, unit.name))
                }
            }
            let after = Set(file.units.map(\.id))
            for id in before.keys.sorted() where !after.contains(id) {
                file.audit.append(editor.audit(.unitDelete, id, before[id]!.name))
            }
            return file.units
        }
        return written.units
    }

    /// Excuses a unit from one period's report, with the reason (audited as `unit.exempt`).
    public func exempt(unitID: String, period: Period, reason: String, by editor: Editor) throws {
        _ = try updateRoster(by: editor, action: .unitExempt) { units in
            guard let index = units.firstIndex(where: { $0.id == unitID }) else {
                throw StoreError.notFound(kind: "unit", id: unitID)
            }
            units[index].exemptions.removeAll { $0.period == period }
            units[index].exemptions.append(
                Exemption(period: period, reason: Text.clean(reason, multiline: false), by: editor.staff, at: editor.now))
        }
    }

    public func updateConfiguration(by editor: Editor, _ change: (inout Configuration) throws -> Void) throws -> Configuration {
        let (configuration, _) = try transact(
            ConfigFile.self, relativePath: Store.configName, empty: { ConfigFile(configuration: Configuration()) }
        ) { file -> Configuration in
            let before = file.configuration
            try change(&file.configuration)
            let changes = Changes.list(from: before, to: file.configuration)
            if !changes.isEmpty { file.audit.append(editor.audit(.configUpdate, "config", changes: changes)) }
            return file.configuration
        }
        return configuration
    }

    /// Records a new hot spot in the file of the year it was phoned in, with the next free id.
    @discardableResult
    public func addHotSpot(_ hotSpot: HotSpot, by editor: Editor) throws -> HotSpot {
        let year = hotSpot.phonedInAt.day.year
        let (id, file) = try transact(
            HotSpotsFile.self, relativePath: Store.hotSpotsPath(year), empty: { HotSpotsFile(year: year) }
        ) { file -> String in
            var new = hotSpot
            new.id = file.takeNextHotSpotID()
            file.hotSpots.append(new)
            file.audit.append(editor.audit(.hotSpotCreate, new.id, new.title))
            return new.id
        }
        return try file.hotSpot(id)
    }

    /// Applies a panel action to a hot spot, audited under its own action code.
    @discardableResult
    public func change(hotSpot id: String, _ change: HotSpotChange, by editor: Editor) throws -> HotSpot {
        try updateHotSpot(id: id, by: editor, action: change.action) { change.apply(to: &$0, by: editor.staff, at: editor.now) }
    }

    @discardableResult
    public func updateHotSpot(id: String, by editor: Editor, action: AuditAction = .hotSpotUpdate, _ change: (inout HotSpot) throws -> Void)
        throws -> HotSpot
    {
        let year = try Self.year(ofHotSpot: id)
        let (_, file) = try transact(
            HotSpotsFile.self, relativePath: Store.hotSpotsPath(year), empty: { HotSpotsFile(year: year) }
        ) { file -> HotSpot in
            guard let index = file.hotSpots.firstIndex(where: { $0.id == id }) else {
                throw StoreError.notFound(kind: "hot spot", id: id)
            }
            let before = file.hotSpots[index]
            try change(&file.hotSpots[index])
            file.hotSpots[index].id = id
            let changes = Changes.list(from: before, to: file.hotSpots[index])
            if !changes.isEmpty { file.audit.append(editor.audit(action, id, changes: changes)) }
            return file.hotSpots[index]
        }
        return try file.hotSpot(id)
    }
}
