import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// The demo at other sizes (`DemoGenerator.unitCount`), for benchmarks at a city federation's
/// scale: as sound and as true to its dates as the demo itself, which stays as it is.
@Suite("The demo at another number of units")
struct ScaledDemoTests {
    @Test("the default demo is unchanged by the scale parameter: nil and 69 give the same store")
    func defaultUnchanged() {
        let plain = DemoGenerator(years: 2, seed: 4, today: testToday).generate()
        let sixtyNine = DemoGenerator(years: 2, seed: 4, today: testToday, unitCount: 69).generate()
        #expect(plain.units.count == 69)
        #expect(plain.units == sixtyNine.units)
        #expect(plain.reports == sixtyNine.reports)
        #expect(plain.hotSpots == sixtyNine.hotSpots)
    }

    @Test("a roster of N units has N units with unique ids and links that resolve", arguments: [1, 20, 60, 170, 300])
    func rosterSize(count: Int) {
        let units = DemoGenerator(years: 1, seed: 1, today: testToday, unitCount: count).generate().units
        #expect(units.count == count)
        let ids = Set(units.map(\.id))
        #expect(ids.count == count, "unit ids are unique")
        for unit in units {
            for link in unit.predecessorIDs + unit.successorIDs {
                #expect(ids.contains(link), "\(unit.id) links to \(link), not on the roster")
            }
            if unit.kind == .communeUnion {
                #expect(unit.activeFrom >= Day(year: 2025, month: 7, day: 1)!, "\(unit.id): commune unions exist from July 2025")
            }
            if unit.kind == .districtFederation {
                #expect(unit.activeTo == Day(year: 2025, month: 6, day: 30)!, "\(unit.id): district federations ended in June 2025")
            }
        }
    }

    @Test("at city scale every commune union since July 2025 succeeds a district federation, and the store passes check")
    func cityScaleIsSound() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let output = DemoGenerator(years: 2, seed: 9, today: testToday, unitCount: 170).generate()
        let byID = Dictionary(uniqueKeysWithValues: output.units.map { ($0.id, $0) })
        let communes = output.units.filter { $0.kind == .communeUnion }
        #expect(communes.count > 60)
        for unit in communes {
            #expect(unit.predecessorIDs.contains { byID[$0]?.kind == .districtFederation }, "\(unit.id) succeeds no district federation")
        }
        // Reports only while a unit exists; hot-spot addresses after July 2025 name no district.
        for report in output.reports {
            let unit = try #require(byID[report.unitID])
            #expect(unit.isActive(on: report.period.lastDay) || unit.isActive(on: report.period.firstDay), "\(report.id) for \(unit.id)")
        }
        for spot in output.hotSpots where spot.phonedInAt.day >= Day(year: 2025, month: 7, day: 1)! {
            #expect(!spot.enterprise.address.contains("huyện"), "\(spot.id): \(spot.enterprise.address)")
        }
        let contents = StoreContents(
            configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots,
            audit: output.audit)
        let store = try Store.create(
            at: folder.url.appendingPathComponent("store"), contents: contents, manifest: StoreManifest(createdAt: testNow, createdBy: "test"))
        let summary = try StoreCheck.run(store)
        #expect(summary.isSound, "\(summary.findings)")
    }
}
