import DLXHDemo
import DLXHDomain
import DLXHStore
import Foundation

/// The fuzzer's fixture: a small store (8 units, 5 month files, hot spots in two years, guidance),
/// so that each of the many dlxh launches of a case loads about 100 KB instead of a 1-year demo's
/// 1.7 MB. It holds every kind of store file (store.json, config.json, roster.json, manifest.json,
/// reports/YYYY/YYYY-MM.json, hotspots/YYYY.json, guidance/YYYY.json) and the record kinds that
/// make them interesting: lineage (a unit split from a federation, a renamed sector union),
/// periodic, ad-hoc and rapid reports, returned reports, hot spots linked to reports and items,
/// audit trails.
///
/// It is cut from the demo generator's output (not changed here) and written by the store's
/// own `Store.create`; the guidance is added afterwards with `dlxh guidance add/relay/ack`, and
/// the whole store must pass `dlxh check` before any case runs.
enum SmallStore {
    /// Units kept: lineage on both sides (federations and what replaced them), a sector union,
    /// an industrial-zone union, units that had hot spots.
    static let units: Set<String> = [
        "ldld-nhon-trach", "nhon-trach", "cd-dai-phuoc", "cd-gtvt-xd", "cd-xay-dung", "cd-bau-ham", "cd-kcn", "cd-tam-phuoc",
    ]
    /// Entry months kept: the last month of the previous year (a second year of files) and the
    /// last four.
    static let months: Set<String> = ["2025-12", "2026-08", "2026-09", "2026-10", "2026-11"]

    static let today = Day(year: 2026, month: 11, day: 24)!

    /// The demo of `seed`, cut down to `units` and `months`.
    static func contents(seed: UInt64) -> StoreContents {
        let output = DemoGenerator(years: 1, seed: seed, today: today, hour: 9).generate()
        let units = output.units.filter { Self.units.contains($0.id) }.map { unit -> ReportingUnit in
            var unit = unit
            unit.predecessorIDs = unit.predecessorIDs.filter { Self.units.contains($0) }
            unit.successorIDs = unit.successorIDs.filter { Self.units.contains($0) }
            return unit
        }
        let reports = output.reports.filter { report in
            Self.units.contains(report.unitID) && Self.months.contains(String(report.id.dropFirst(2).prefix(7)))
        }
        let kept = Set(reports.map(\.id))
        let hotSpots = output.hotSpots.filter { Self.units.contains($0.unitID) }.map { spot -> HotSpot in
            var spot = spot
            spot.linkedReports = spot.linkedReports.filter { kept.contains($0) }
            spot.linkedItems = spot.linkedItems.filter { kept.contains($0.reportID) }
            if let id = spot.writtenReport?.reportID, !kept.contains(id) { spot.writtenReport?.reportID = nil }
            return spot
        }
        let spots = Set(hotSpots.map(\.id))
        let audit = output.audit.filter { entry in
            let head = String(entry.target.split(separator: "/").first ?? "")
            return kept.contains(head) || spots.contains(head) || Self.units.contains(head)
        }
        return StoreContents(configuration: output.configuration, units: units, reports: reports, hotSpots: hotSpots, audit: audit)
    }

    /// Writes the small store of `seed` at `root`; returns two items of its reports (and the
    /// units that raised them) for guidance to answer.
    static func write(seed: UInt64, at root: URL) throws -> [(item: ItemReference, unitID: String)] {
        let contents = contents(seed: seed)
        let manifest = StoreManifest(createdAt: Moment(day: today, hour: 9), createdBy: "fuzz")
        _ = try Store.create(at: root, contents: contents, manifest: manifest)
        let reports = contents.reportFiles.values.flatMap(\.reports).filter { !$0.items.isEmpty }.sorted { $0.id < $1.id }
        return reports.suffix(3).prefix(2).map { (ItemReference(reportID: $0.id, itemID: $0.items[0].id), $0.unitID) }
    }
}
