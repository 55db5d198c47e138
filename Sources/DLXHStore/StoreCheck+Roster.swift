import DLXHDomain

extension StoreCheck {
    /// The roster's links and dates: every successor and predecessor is on the roster, no unit
    /// succeeds itself, succession has no cycle, and no report or hot spot falls outside its
    /// unit's active dates (a report for a period the unit did not exist in; a hot spot phoned in
    /// by a unit before it was founded or after it ended).
    static func rosterFindings(_ contents: StoreContents, unitIDs: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        let units = contents.dataset.units
        for unit in units {
            for (list, word) in [(unit.successorIDs, "successor"), (unit.predecessorIDs, "predecessor")] {
                for id in list {
                    if id == unit.id {
                        findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id): is its own \(word)"))
                    } else if !unitIDs.contains(id) {
                        findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id): \(word) \(id) is not on the roster"))
                    }
                }
            }
        }
        let lineage = Lineage(units: units)
        for unit in units where lineage.isInCycle(unit.id) {
            findings.append(Finding(file: Store.rosterName, problem: "unit \(unit.id): succession goes round in a cycle back to it"))
        }
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (month, file) in contents.reportFiles.sorted(by: { $0.key < $1.key }) {
            for report in file.reports {
                guard let unit = byID[report.unitID], !unit.isActive(during: report.period) else { continue }
                findings.append(Finding(file: Store.reportsPath(month), problem:
                    "report \(report.id): unit \(unit.id) was not active in \(report.period.id) (\(activeSpan(unit)))"))
            }
        }
        for (year, file) in contents.hotSpotFiles.sorted(by: { $0.key < $1.key }) {
            for hotSpot in file.hotSpots {
                guard let unit = byID[hotSpot.unitID], !unit.isActive(on: hotSpot.phonedInAt.day) else { continue }
                findings.append(Finding(file: Store.hotSpotsPath(year), problem:
                    "hot spot \(hotSpot.id): unit \(unit.id) was not active on \(hotSpot.phonedInAt.day.isoString) (\(activeSpan(unit)))"))
            }
        }
        return findings
    }

    private static func activeSpan(_ unit: ReportingUnit) -> String {
        "active \(unit.activeFrom.isoString)–\(unit.activeTo?.isoString ?? "")"
    }
}
