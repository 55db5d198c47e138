import Foundation
import Testing

@testable import DLXHDomain

/// The roster through the July 2025 reorganisation: many-to-many succession, links on either
/// side, the old single `successorID`, and the roster as CSV.
@Suite("Roster: lineage, compatibility, CSV")
struct RosterTests {
    /// Two districts ended 30/06/2025; three commune unions from 01/07/2025; the middle one took
    /// parts of both districts. Links written on one side or the other.
    static let roster: [ReportingUnit] = [
        unit("huyen-a", from: d(2015, 1, 1), to: d(2025, 6, 30), successorID: "xa-1"),
        unit("huyen-b", from: d(2015, 1, 1), to: d(2025, 6, 30)),
        ReportingUnit(id: "xa-1", name: "Công đoàn xã 1", kind: .communeUnion, activeFrom: d(2025, 7, 1)),
        ReportingUnit(id: "xa-2", name: "Công đoàn xã 2", kind: .communeUnion, activeFrom: d(2025, 7, 1), predecessorIDs: ["huyen-a", "huyen-b"]),
        ReportingUnit(id: "xa-3", name: "Công đoàn xã 3", kind: .communeUnion, activeFrom: d(2025, 7, 1), predecessorIDs: ["huyen-b"]),
    ]

    @Test("predecessors and successors read from either side, many-to-many, in roster order")
    func lineage() {
        let lineage = Lineage(units: Self.roster)
        #expect(lineage.successors(of: "huyen-a") == ["xa-1", "xa-2"])
        #expect(lineage.successors(of: "huyen-b") == ["xa-2", "xa-3"])
        #expect(lineage.predecessors(of: "xa-2") == ["huyen-a", "huyen-b"])
        #expect(lineage.predecessors(of: "xa-1") == ["huyen-a"])
        #expect(lineage.ancestors(of: "xa-3") == ["huyen-b"])
        #expect(lineage.descendants(of: "huyen-a") == ["xa-1", "xa-2"])
        #expect(!Self.roster.contains { lineage.isInCycle($0.id) })
    }

    @Test("ancestors go back through every generation, nearest first, and a cycle does not loop")
    func generations() {
        var units = Self.roster
        units.append(unit("thi-xa", from: d(2010, 1, 1), to: d(2014, 12, 31), successorID: "huyen-b"))
        let lineage = Lineage(units: units)
        #expect(lineage.ancestors(of: "xa-3") == ["huyen-b", "thi-xa"])
        units[0].predecessorIDs = ["xa-1"]  // huyen-a → xa-1 → huyen-a
        let cyclic = Lineage(units: units)
        #expect(cyclic.isInCycle("huyen-a") && cyclic.isInCycle("xa-1") && !cyclic.isInCycle("xa-3"))
        #expect(cyclic.ancestors(of: "xa-1") == ["huyen-a"])
    }

    @Test("a unit written before successors were a list reads its successorID into the list; the list is written back with successorID as its first")
    func compatibility() throws {
        let old = #"{"id":"huyen-a","name":"LĐLĐ huyện A","kind":"districtFederation","cluster":"","contactPerson":"","phone":"","email":"","activeFrom":"2015-01-01","activeTo":"2025-06-30","mustReport":true,"successorID":"xa-1","exemptions":[]}"#
        let unit = try JSONDecoder().decode(ReportingUnit.self, from: Data(old.utf8))
        #expect(unit.successorIDs == ["xa-1"] && unit.predecessorIDs.isEmpty && unit.parentArea == nil)
        var changed = unit
        changed.successorIDs = ["xa-1", "xa-2"]
        changed.parentArea = "Khu vực A"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(changed), as: UTF8.self)
        #expect(json.contains(#""successorID":"xa-1""#) && json.contains(#""successorIDs":["xa-1","xa-2"]"#), "\(json)")
        #expect(!json.contains("predecessorIDs"), "an empty list is left out: \(json)")
        #expect(try JSONDecoder().decode(ReportingUnit.self, from: Data(json.utf8)) == changed)
        let none = String(decoding: try encoder.encode(Self.roster[1]), as: UTF8.self)
        #expect(!none.contains("successor"), "\(none)")
    }

    @Test("setting successorID keeps the other successors")
    func successorSetter() {
        var unit = Self.roster[0]
        unit.successorIDs = ["xa-1", "xa-2"]
        unit.successorID = "xa-3"
        #expect(unit.successorIDs == ["xa-3", "xa-2"])
        unit.successorID = nil
        #expect(unit.successorIDs == ["xa-2"])
    }

    // MARK: CSV

    @Test("export then import changes nothing; formula-leading cells come back without the apostrophe")
    func csvRoundTrip() throws {
        var units = Self.roster
        units[2].name = "=HYPERLINK(\"x\"), \"Xã 1\""
        units[2].phone = "+84 251 3822 145"
        units[3].mustReport = false
        units[3].parentArea = "Khu vực A"
        let data = RosterCSV.data(units)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}id,name,kind,cluster,parentArea,contactPerson,phone,email,activeFrom,activeTo,mustReport,predecessors,successors\r\n"))
        #expect(text.contains("'+84 251"), "the phone is neutralised in the file")
        let merged = try RosterCSV.merge(data, into: units).get()
        #expect(merged.units == units)
        #expect(merged.added.isEmpty && merged.changed.isEmpty)
        let fresh = try RosterCSV.merge(data, into: []).get()
        #expect(fresh.added == units.map(\.id))
        #expect(fresh.units.map(\.name) == units.map(\.name) && fresh.units[2].phone == "+84 251 3822 145")
        #expect(fresh.units[3].predecessorIDs == ["huyen-a", "huyen-b"] && fresh.units[0].successorIDs == ["xa-1"])
    }

    @Test("a new commune union, an existing one changed; dd/mm/yyyy, Vietnamese kind names and yes/no accepted")
    func csvAddAndChange() throws {
        let csv = "id,name,kind,activeFrom,activeTo,mustReport,predecessors\r\n"
            + "xa-4,Công đoàn xã 4,\"Công đoàn xã, phường\",01/07/2025,,có,huyen-b;xa-3\r\n"
            + "huyen-b,LĐLĐ huyện B,districtFederation,2015-01-01,30/06/2025,không,\r\n"
        let merged = try RosterCSV.merge(Data(csv.utf8), into: Self.roster).get()
        #expect(merged.added == ["xa-4"] && merged.changed == ["huyen-b"])
        let added = try #require(merged.units.last)
        #expect(added.kind == .communeUnion && added.activeFrom == d(2025, 7, 1) && added.mustReport)
        #expect(added.predecessorIDs == ["huyen-b", "xa-3"])
        #expect(merged.units[1].mustReport == false && merged.units[1].activeTo == d(2025, 6, 30))
    }

    @Test("every problem is named by row and column, and nothing is returned")
    func csvProblems() {
        let csv = "id,name,kind,activeFrom,activeTo,email,successors\n"
            + "Xa 5,,commune,2025-13-01,,a,khong-co\n"
            + "xa-6,Xã 6,communeUnion,2025-07-01,2025-01-01,,xa-6\n"
            + "xa-6,Xã 6 lần hai,communeUnion,2025-07-01,,,\n"
            + "xa-7,Xã 7\n"
        guard case .failure(let rejection) = RosterCSV.merge(Data(csv.utf8), into: Self.roster) else {
            Issue.record("accepted")
            return
        }
        let lines = rejection.problems.map(\.description)
        #expect(lines == [
            "row 2, column id: id “Xa 5” may hold only lower-case ASCII letters, digits and hyphens",
            "row 2, column name: must not be empty",
            "row 2, column kind: kind “commune” is not one of districtFederation, sectorUnion, industrialZoneUnion, communeUnion, directGrassroots, other",
            "row 2, column activeFrom: date “2025-13-01” is not YYYY-MM-DD or dd/mm/yyyy",
            "row 2, column email: e-mail address “a” is not valid",
            "row 2, column successors: no unit \"khong-co\" on the roster",
            "row 3, column activeTo: ends before it starts",
            "row 3, column successors: a unit cannot succeed itself",
            "row 4, column id: id “xa-6” is already on row 3",
            "row 5: has 2 cells, the header has 7",
        ], "\(lines)")
    }

    @Test("a header without a required column, an unknown column, a cycle, an unclosed quote, not UTF-8")
    func csvFileProblems() {
        func problems(_ text: String) -> [String] {
            guard case .failure(let r) = RosterCSV.merge(Data(text.utf8), into: Self.roster) else { return [] }
            return r.problems.map(\.description)
        }
        #expect(problems("id,name,kinds\nx,X,other\n") == [
            "row 1, column kinds: is not a roster column (see Docs/ROSTER-CSV.md)", "row 1, column kind: required column is missing",
            "row 1, column activeFrom: required column is missing",
        ])
        #expect(problems("id,name,kind,activeFrom,successors\nxa-8,X,other,2025-07-01,xa-9\nxa-9,Y,other,2025-07-01,xa-8\n") == [
            "row 2, column successors: the succession of “xa-8” goes round in a cycle back to it",
            "row 3, column successors: the succession of “xa-9” goes round in a cycle back to it",
        ])
        #expect(problems("id,name,kind,activeFrom\n\"xa-8,X,other,2025-07-01\n") == ["row 2: a quoted cell is never closed"])
        #expect(problems("id,name,kind,activeFrom\n") == ["file: has no unit rows under the header row"])
        guard case .failure(let r) = RosterCSV.merge(Data([0x69, 0x64, 0xFF, 0x0A]), into: []) else { Issue.record("accepted"); return }
        #expect(r.problems.map(\.description) == ["file: is not UTF-8 text"])
    }
}
