import DLXHDomain
import DLXHReport
import Foundation
import Testing

/// The roster through 1 July 2025 on the command line: the matrix without a false "missing",
/// read as one history with `--lineage`, and the roster as CSV.
@Suite("Roster through the reorganisation: matrix --lineage, roster export and import")
struct RosterCommandTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    @Test("the lineage matrix: a successor reads through its predecessors' months; the worst of several counts")
    func lineageMatrix() {
        let units = [
            ReportingUnit(id: "ldld-a", name: "LĐLĐ huyện A", kind: .districtFederation, activeFrom: Self.day("2015-01-01"), activeTo: Self.day("2025-06-30"), successorIDs: ["xa-1", "xa-2"]),
            ReportingUnit(id: "ldld-b", name: "LĐLĐ huyện B", kind: .districtFederation, activeFrom: Self.day("2015-01-01"), activeTo: Self.day("2025-06-30"), successorIDs: ["xa-2"]),
            ReportingUnit(id: "xa-1", name: "Công đoàn xã 1", kind: .communeUnion, activeFrom: Self.day("2025-07-01")),
            ReportingUnit(id: "xa-2", name: "Công đoàn xã 2", kind: .communeUnion, activeFrom: Self.day("2025-07-01")),
        ]
        func report(_ n: Int, _ unit: String, _ month: Int, _ received: String) -> Report {
            Report(id: "R-2025-0\(month)-000\(n)", unitID: unit, period: .month(2025, month), receivedOn: Self.day(received), summary: "x",
                createdAt: Moment(day: Self.day(received), hour: 9), createdBy: "t")
        }
        let reports = [
            report(1, "ldld-a", 5, "2025-05-10"), report(2, "ldld-b", 5, "2025-05-25"),  // B late 5 days
            report(3, "ldld-a", 6, "2025-06-10"),  // B missing in June
            report(4, "xa-1", 7, "2025-07-10"), report(5, "xa-2", 7, "2025-07-12"),
        ]
        let dataset = Dataset(configuration: Configuration(), units: units, reports: reports, hotSpots: [])
        let plain = SubmissionMatrix.build(from: dataset, last: .month(2025, 7), months: 3, today: Self.day("2025-08-01"))
        #expect(plain.rows.map(\.unit.id) == ["ldld-a", "ldld-b", "xa-1", "xa-2"])
        #expect(plain.rows[2].states.map(\.code) == ["notRequired", "notRequired", "onTime"], "not founded yet: not required, never missing")
        #expect(plain.rows[0].states.map(\.code) == ["onTime", "onTime", "notRequired"], "ended: not required")

        let lineage = SubmissionMatrix.buildLineage(from: dataset, last: .month(2025, 7), months: 3, today: Self.day("2025-08-01"))
        #expect(lineage.rows.map(\.unit.id) == ["xa-1", "xa-2"], "units ended before the last month have no row of their own")
        #expect(lineage.rows[0].through.map(\.id) == ["ldld-a"])
        #expect(lineage.rows[0].states.map(\.code) == ["onTime", "onTime", "onTime"])
        #expect(lineage.rows[1].through.map(\.id) == ["ldld-a", "ldld-b"])
        #expect(lineage.rows[1].states.map(\.code) == ["late", "missing", "onTime"])
        #expect(lineage.rows[1].states[0].daysLate == 5)
    }

    @Test("on the demo: no false missing through 1 July 2025, and --lineage reads ten years as one history")
    func demoMatrix() throws {
        let store = try Dlxh.demoStore(seed: 2, years: 2)
        defer { Dlxh.remove(store) }
        let plain = try Dlxh.run(["matrix", "--store", store.path, "--today", "2026-11-24", "--to", "2025-10", "--months", "8", "--format", "json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let units = Dictionary(try Dlxh.units(store).map { ($0["id"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
        for row in try jsonObject(plain.stdoutData) as! [[String: Any]] {
            let unit = units[row["unit"] as! String]!
            let from = unit["activeFrom"] as! String, to = unit["activeTo"] as? String
            for (month, state) in row["states"] as! [String: String] {
                let due = "\(month)-20"
                if due < from || (to.map { $0 < due } ?? false) {
                    #expect(state == "notRequired", "\(row["unit"]!) \(month): \(state)")
                }
            }
        }
        let lineage = try Dlxh.run(["matrix", "--store", store.path, "--today", "2026-11-24", "--to", "2025-10", "--months", "8", "--format", "json", "--lineage"])
        let rows = try jsonObject(lineage.stdoutData) as! [[String: Any]]
        #expect(!rows.contains { ($0["unit"] as! String).hasPrefix("ldld-") }, "the district federations read through their successors")
        let communes = rows.filter { (units[$0["unit"] as! String]?["kind"] as? String) == "communeUnion" }
        #expect(communes.count >= 25)
        for row in communes {
            #expect(!(row["through"] as! [String]).isEmpty, "\(row["unit"]!) reads through its predecessors")
            #expect((row["states"] as! [String: String]).values.allSatisfy { $0 != "notRequired" }, "\(row["unit"]!): every month owed by it or its predecessors")
        }
        let table = try Dlxh.run(["matrix", "--store", store.path, "--today", "2026-11-24", "--lineage"])
        #expect(table.stdout.contains("\(try Dlxh.unitName(store, "bien-hoa")) ← \(try Dlxh.unitName(store, "ldld-bien-hoa"))"))
        let check = try Dlxh.run(["check", "--store", store.path, "--today", "2026-11-24"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("roster export, then import of the same file changes nothing; a bad file is refused line by line and writes nothing")
    func rosterCSV() throws {
        let store = try Dlxh.demoStore(seed: 1)
        defer { Dlxh.remove(store) }
        let file = store.deletingLastPathComponent().appendingPathComponent("don-vi.csv")
        let export = try Dlxh.run(["roster", "export", "--store", store.path, "-o", file.path])
        #expect(export.status == 0, "\(export.stderr)")
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark, as every CSV of dlxh")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("id,name,kind,cluster,parentArea,contactPerson,phone,email,activeFrom,activeTo,mustReport,predecessors,successors\r\n"))
        #expect(csv.contains("ldld-bien-hoa,LĐLĐ thành phố Biên Hòa,districtFederation,"), "the ended units are exported too")
        let same = try Dlxh.run(["roster", "import", "--store", store.path, file.path, "--lang", "en"])
        #expect(same.status == 0 && same.stdout == "don-vi.csv: 0 units added, 0 changed.\n", "\(same.stdout)\(same.stderr)")

        let roster = try Data(contentsOf: store.appendingPathComponent("roster.json"))
        try (csv + "cd-moi,,communeUnion,,,,,,2025-07-01,,maybe,khong-co,\r\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = try Dlxh.run(["roster", "import", "--store", store.path, file.path, "--lang", "en"])
        #expect(bad.status == 1)
        let row = csv.split(separator: "\r\n").count + 1
        #expect(bad.stderr.split(separator: "\n").map(String.init) == [
            "dlxh: don-vi.csv: rejected, row \(row), column name: must not be empty",
            "dlxh: don-vi.csv: rejected, row \(row), column mustReport: “maybe” is not true or false",
            "dlxh: don-vi.csv: rejected, row \(row), column predecessors: no unit \"khong-co\" on the roster",
        ], "\(bad.stderr)")
        #expect(try Data(contentsOf: store.appendingPathComponent("roster.json")) == roster, "nothing written")
    }
}
