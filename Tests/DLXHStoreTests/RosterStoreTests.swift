import DLXHDomain
import Foundation
import Testing

@testable import DLXHDemo
@testable import DLXHStore

/// The roster through the reorganisation in the store: `check` on links and active dates, and
/// the roster CSV import, all or nothing.
@Suite("Roster in the store: check and CSV import")
struct RosterStoreTests {
    static let district = ReportingUnit(
        id: "ldld-a", name: "LĐLĐ huyện A", kind: .districtFederation, activeFrom: Day(iso: "2015-01-01")!,
        activeTo: Day(iso: "2025-06-30")!, successorIDs: ["cd-xa-a"])
    static let commune = ReportingUnit(
        id: "cd-xa-a", name: "Công đoàn xã A", kind: .communeUnion, activeFrom: Day(iso: "2025-07-01")!, predecessorIDs: ["ldld-a"])

    func store(_ folder: TempFolder, units: [ReportingUnit], reports: [Report] = []) throws -> Store {
        try Store.create(
            at: folder.url.appendingPathComponent("store"),
            contents: StoreContents(configuration: Configuration(), units: units, reports: reports, hotSpots: [], audit: []),
            manifest: StoreManifest(createdAt: testNow, createdBy: "test"))
    }

    func report(_ id: String, unit: String, period: Period, received: String) -> Report {
        Report(
            id: id, unitID: unit, period: period, receivedOn: Day(iso: received)!, summary: "Tổng hợp",
            createdAt: Moment(day: Day(iso: received)!, hour: 9), createdBy: "test")
    }

    @Test("a sound roster through 1 July 2025 passes; reports outside their unit's dates, unknown and self links and cycles are found")
    func check() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let sound = try store(folder, units: [Self.district, Self.commune], reports: [
            report("R-2025-06-0001", unit: "ldld-a", period: .month(2025, 6), received: "2025-06-15"),
            report("R-2025-07-0001", unit: "cd-xa-a", period: .month(2025, 7), received: "2025-07-15"),
        ])
        #expect(try StoreCheck.run(sound).findings.map(\.description) == [])

        let other = TempFolder()
        defer { other.cleanUp() }
        var district = Self.district
        district.successorIDs = ["cd-xa-a", "khong-co", "ldld-a"]
        var commune = Self.commune
        commune.successorIDs = ["ldld-a"]  // ldld-a → cd-xa-a → ldld-a
        let broken = try store(other, units: [district, commune], reports: [
            report("R-2025-07-0001", unit: "ldld-a", period: .month(2025, 7), received: "2025-07-10"),
            report("R-2025-07-0002", unit: "cd-xa-a", period: .month(2025, 6), received: "2025-07-10"),
        ])
        let findings = try StoreCheck.run(broken).findings.map(\.description)
        #expect(findings.contains("roster.json: unit ldld-a: successor khong-co is not on the roster"), "\(findings)")
        #expect(findings.contains("roster.json: unit ldld-a: is its own successor"), "\(findings)")
        #expect(findings.contains("roster.json: unit ldld-a: succession goes round in a cycle back to it"), "\(findings)")
        #expect(findings.contains("reports/2025/2025-07.json: report R-2025-07-0001: unit ldld-a was not active in 2025-07 (active 2015-01-01–2025-06-30)"), "\(findings)")
        #expect(findings.contains("reports/2025/2025-07.json: report R-2025-07-0002: unit cd-xa-a was not active in 2025-06 (active 2025-07-01–)"), "\(findings)")
    }

    @Test("a roster CSV is imported whole, each unit audited; a file with any problem writes nothing")
    func importRoster() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try store(folder, units: [Self.district, Self.commune])
        let bad = Data("id,name,kind,activeFrom,predecessors\ncd-xa-b,Công đoàn xã B,communeUnion,2025-07-01,ldld-a\ncd-xa-c,,communeUnion,2025-07-01,khong-co\n".utf8)
        let before = snapshotFiles(store.root)
        #expect {
            try store.importRoster(bad, fileName: "don-vi.csv", by: testEditor)
        } throws: { error in
            let lines = (error as? ImportRejection)?.lines(.en) ?? []
            return lines == [
                "don-vi.csv: rejected, row 3, column name: must not be empty",
                "don-vi.csv: rejected, row 3, column predecessors: no unit \"khong-co\" on the roster",
            ]
        }
        #expect(snapshotFiles(store.root) == before, "nothing written")

        let good = Data("id,name,kind,activeFrom,predecessors,parentArea\ncd-xa-b,Công đoàn xã B,communeUnion,01/07/2025,ldld-a,Khu vực A\ncd-xa-a,Công đoàn xã A (mới),communeUnion,2025-07-01,ldld-a,\n".utf8)
        let result = try store.importRoster(good, fileName: "don-vi.csv", by: testEditor)
        #expect(result.added == ["cd-xa-b"] && result.changed == ["cd-xa-a"])
        let roster = try store.load().roster
        #expect(roster.units.map(\.id) == ["ldld-a", "cd-xa-a", "cd-xa-b"])
        #expect(roster.units[1].name == "Công đoàn xã A (mới)" && roster.units[2].parentArea == "Khu vực A")
        #expect(roster.audit.map(\.action) == [.unitUpdate, .unitCreate])
        #expect(roster.audit[0].detail.contains("name: “Công đoàn xã A” → “Công đoàn xã A (mới)”"), "\(roster.audit[0].detail)")
        #expect(Lineage(units: roster.units).successors(of: "ldld-a") == ["cd-xa-a", "cd-xa-b"])
        #expect(try StoreCheck.run(store).isSound)
        // The same file again changes nothing and writes nothing.
        let again = snapshotFiles(store.root)
        let none = try store.importRoster(good, fileName: "don-vi.csv", by: testEditor)
        #expect(none.added.isEmpty && none.changed.isEmpty && snapshotFiles(store.root) == again)
    }
}

/// The demo is true to its dates: a merged province in November 2026, opinion items and hot
/// spots only inside their span and their kind of place, phone-ins in working hours, and every
/// item labelled with its concern for the stream benchmark.
@Suite("The demo in 2026")
struct Demo2026Tests {
    static let output = DemoGenerator(years: 10, seed: 1, today: testToday).generate()

    @Test("the roster of November 2026: district federations ended 30/06/2025, each with commune or ward successors")
    func roster() {
        let units = Self.output.units
        let lineage = Lineage(units: units)
        let districts = units.filter { $0.kind == .districtFederation }
        #expect(districts.count == 22)
        for district in districts {
            #expect(district.activeTo == Day(iso: "2025-06-30"), "\(district.id)")
            #expect(!lineage.successors(of: district.id).isEmpty, "\(district.id) has successors")
        }
        let communes = units.filter { $0.kind == .communeUnion && $0.isActive(on: testToday) }
        #expect((25...40).contains(communes.count), "\(communes.count) commune and ward unions")
        #expect(communes.contains { lineage.predecessors(of: $0.id).count >= 2 }, "a commune union took in parts of two districts")
        #expect(communes.allSatisfy { $0.activeFrom == Day(iso: "2025-07-01") && !lineage.predecessors(of: $0.id).isEmpty })
        let names = units.filter { $0.isActive(on: testToday) }.map(\.name)
        #expect(!names.contains { $0.contains("Phát triển nông thôn") || $0.contains("Giao thông vận tải") || $0.hasPrefix("LĐLĐ") })
        #expect(names.contains("Công đoàn ngành Nông nghiệp và Môi trường") && names.contains("Công đoàn ngành Xây dựng"))
        #expect(units.contains { $0.kind == .industrialZoneUnion && $0.isActive(on: testToday) })
    }

    @Test("every report is for a period its unit was active in; every item's concern is valid then, for that kind of unit and place")
    func itemsInTheirTimeAndPlace() throws {
        let units = Dictionary(Self.output.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let concerns = Dictionary(DemoCorpus.concerns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var checked = 0
        for report in Self.output.reports {
            let unit = try #require(units[report.unitID])
            #expect(unit.isActive(during: report.period), "\(report.id) \(unit.id) \(report.period.id)")
            for item in report.items {
                let label = try #require(Self.output.itemConcerns[ItemReference(reportID: report.id, itemID: item.id)], "\(report.id)/\(item.id) has a label")
                if label.hasPrefix("diem-nong/") { continue }
                let concern = try #require(concerns[String(label.split(separator: "/")[0])], Comment(rawValue: label))
                #expect(concern.wordings.contains(item.content), "\(label): \(item.content)")
                #expect(concern.place.fits(unit), "\(label) from \(unit.id)")
                let span = try #require(concern.spans.first { concern.label($0) == label })
                #expect(span.overlaps(report.period) && span.from <= report.receivedOn, "\(label) in \(report.period.id)")
                #expect(concern.areas.isEmpty || !Set(DemoRoster.areas(of: unit.id)).isDisjoint(with: concern.areas), "\(label) from \(unit.id)")
                checked += 1
            }
        }
        #expect(checked > 10000)
        let text = Self.output.reports.filter { $0.period.firstDay < Day(iso: "2025-03-01")! }.flatMap(\.items).map(\.content).joined()
        #expect(!text.contains("hai cấp") && !text.contains("diễu binh") && !text.contains("thuế đối ứng"), "nothing of 2025 before it")
    }

    @Test("the corpus: 40–60 concerns, each in several wordings, with near-miss distractors; a concern reaches several units in one month in different words")
    func corpus() {
        let concerns = DemoCorpus.concerns
        #expect((40...60).contains(concerns.count), "\(concerns.count)")
        #expect(concerns.allSatisfy { (3...6).contains($0.wordings.count) && Set($0.wordings).count == $0.wordings.count })
        #expect(Set(concerns.map(\.id)).count == concerns.count)
        let nearMisses = concerns.compactMap(\.nearMissOf)
        #expect(nearMisses.count >= 10 && nearMisses.allSatisfy { id in concerns.contains { $0.id == id } })
        // In the last month, some concern was raised by three or more units, in at least two wordings.
        let november = Self.output.reports.filter { $0.period == .month(2026, 11) }
        var byLabel: [String: [(unit: String, text: String)]] = [:]
        for report in november {
            for item in report.items {
                if let label = Self.output.itemConcerns[ItemReference(reportID: report.id, itemID: item.id)] {
                    byLabel[label, default: []].append((report.unitID, item.content))
                }
            }
        }
        #expect(byLabel.values.contains { Set($0.map(\.unit)).count >= 3 && Set($0.map(\.text)).count >= 2 })
    }

    @Test("hot spots: reported by a unit active that day, in its own area, worded for their date, phoned in during the day")
    func hotSpots() throws {
        let units = Dictionary(Self.output.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var workingHours = 0
        for spot in Self.output.hotSpots {
            let unit = try #require(units[spot.unitID])
            #expect(unit.isActive(on: spot.phonedInAt.day), "\(spot.id) \(unit.id)")
            let hour = spot.phonedInAt.timeOfDay.hour
            #expect((7...20).contains(hour), "\(spot.id) phoned in at \(hour)h")
            let clock = spot.phonedInAt.timeOfDay
            if spot.phonedInAt.day.isoWeekday <= 5 && (clock.hour * 60 + clock.minute) <= 17 * 60 + 30 { workingHours += 1 }
            let text = [spot.unionActions, spot.causes, spot.enterprise.address, spot.coordinatingBodies] + spot.timeline.map(\.text)
            let after = spot.phonedInAt.day >= DemoRoster.reorganisedOn
            if after {
                #expect(!text.contains { $0.contains("huyện") }, "\(spot.id): \(text)")
            } else {
                #expect(!text.contains { $0.contains("Công đoàn xã") || $0.contains("Công đoàn phường") }, "\(spot.id): \(text)")
            }
            #expect(!text.contains { $0.contains("{") }, "\(spot.id): every placeholder filled")
            // The address names the reporting unit's own area.
            let areas = DemoRoster.areas(of: unit.id)
            if unit.kind == .districtFederation || unit.kind == .communeUnion {
                let districtNames = areas.compactMap { DemoRoster.district($0)?.name }
                let place = unit.name.replacingOccurrences(of: "Công đoàn ", with: "")
                #expect(districtNames.contains { spot.enterprise.address.contains($0) } || spot.enterprise.address.contains(place),
                    "\(spot.id) by \(unit.name) at \(spot.enterprise.address)")
            }
        }
        #expect(Double(workingHours) >= 0.75 * Double(Self.output.hotSpots.count), "\(workingHours) of \(Self.output.hotSpots.count) in working hours")
    }

    @Test("dlxh check passes on the 10-year demo store")
    func checkTenYears() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 10, seed: 1)
        let summary = try StoreCheck.run(store)
        #expect(summary.findings.map(\.description) == [])
    }
}
