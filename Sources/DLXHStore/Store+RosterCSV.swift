import DLXHDomain
import Foundation

extension Store {
    /// Imports a roster CSV (`RosterCSV`): every row is validated against the roster as it is on
    /// disk, under the store lock, and either every new and changed unit is written in one write,
    /// each audited (`unit.create`, `unit.update` with what changed), or `ImportRejection` names
    /// every problem and nothing is written.
    @discardableResult
    public func importRoster(_ data: Data, fileName: String, by editor: Editor) throws -> (added: [String], changed: [String]) {
        try withLock {
            let existing = try load().dataset.units
            switch RosterCSV.merge(data, into: existing) {
            case .failure(let rejection):
                throw ImportRejection(file: fileName, problems: rejection.problems)
            case .success(let merged):
                guard !merged.added.isEmpty || !merged.changed.isEmpty else { return ([], []) }
                let byID = Dictionary(merged.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                _ = try transactHoldingLock(RosterFile.self, relativePath: Store.rosterName, empty: { RosterFile(units: []) }) { file in
                    for id in merged.changed {
                        guard let i = file.units.firstIndex(where: { $0.id == id }), let unit = byID[id] else { continue }
                        var updated = unit
                        updated.exemptions = file.units[i].exemptions
                        updated.revision = file.units[i].revision
                        file.audit.append(editor.audit(.unitUpdate, id, changes: Changes.list(from: file.units[i], to: updated)))
                        file.units[i] = updated
                    }
                    for id in merged.added {
                        guard let unit = byID[id], !file.units.contains(where: { $0.id == id }) else { continue }
                        file.units.append(unit)
                        file.audit.append(editor.audit(.unitCreate, id, "\(unit.name) (\(fileName))"))
                    }
                }
                return (merged.added, merged.changed)
            }
        }
    }
}
