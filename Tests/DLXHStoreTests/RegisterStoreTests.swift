import DLXHDomain
import Foundation
import Synchronization
import Testing

@testable import DLXHStore

/// The register of issued reports and the staff-written parts (`register/YYYY.json`).
@Suite("Register of issued reports and the report's staff-written parts")
struct RegisterStoreTests {
    static let october = Period.month(2026, 10)

    static func document(_ number: Int) -> ReportDocument {
        ReportDocument(
            parentBody: "TỔNG LĐLĐ VIỆT NAM", issuer: "LĐLĐ TỈNH ĐỒNG NAI", number: "Số: \(number)/BC-LĐLĐ", country: "", motto: "",
            dateLine: "", kind: "BÁO CÁO", subject: "tháng 10/2026", body: [.paragraph("Báo cáo số \(number)")], recipientsHeading: "",
            recipients: [], signatoryTitle: [], signatoryName: "", appendix: [])
    }

    @Test("Numbers run per year from 1, and a number once given is never given again, even when its entry is gone")
    func numbersNeverReused() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        var numbers: [Int] = []
        for _ in 0..<3 {
            numbers.append(try store.issueReport(period: Self.october, on: testToday, recipients: ["A"], language: .vi, by: testEditor) {
                Self.document($0)
            }.number)
        }
        #expect(numbers == [1, 2, 3])
        // Someone removes the last entry by hand: its number stays used.
        let path = Store.registerPath(2026)
        var file = try store.readFile(RegisterFile.self, relativePath: path)
        file.issued.removeLast()
        try store.write(file, relativePath: path)
        let next = try store.issueReport(period: Self.october, on: testToday, recipients: [], language: .vi, by: testEditor) { Self.document($0) }
        #expect(next.number == 4)
        #expect(next.document.number == "Số: 4/BC-LĐLĐ")
        // A new year starts again at 1, in its own file.
        let january = Day(year: 2027, month: 1, day: 5)!
        let first2027 = try store.issueReport(period: .month(2026, 12), on: january, recipients: [], language: .vi, by: testEditor) {
            Self.document($0)
        }
        #expect(first2027.id == "1/2027")
        let data = try store.load().dataset
        #expect(data.issuedReports.map(\.id).sorted() == ["1/2026", "1/2027", "2/2026", "4/2026"])
        #expect(data.audit.filter { $0.action == .reportIssue }.count == 5)
        #expect(try StoreCheck.run(store).findings.map(\.description) == [])
    }

    @Test("Two staff issuing at the same time, through their own handles, get distinct numbers")
    func concurrentIssuesGetDistinctNumbers() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let root = try makeDemoStore(in: folder).root
        let perWriter = 8
        let results = Mutex<[Int]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let store = try Store.open(at: root)
                let editor = Editor(staff: writer == 0 ? "Hà" : "Minh", now: testNow)
                for _ in 0..<perWriter {
                    let entry = try store.issueReport(period: Self.october, on: testToday, recipients: [], language: .vi, by: editor) {
                        Self.document($0)
                    }
                    results.withLock { $0.append(entry.number) }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(results.withLock { $0 }.sorted() == Array(1...(2 * perWriter)))
        let file = try Store.open(at: root).load().registerFiles[2026]
        #expect(file?.issued.map(\.number).sorted() == Array(1...(2 * perWriter)))
        #expect(file?.lastNumber == 2 * perWriter)
    }

    @Test("The document issued is kept as it was: read back equal, whatever the store holds later")
    func snapshotKept() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let issued = try store.issueReport(
            period: Self.october, on: testToday, recipients: ["Ban Tuyên giáo Tỉnh ủy", " "], language: .vi, by: testEditor
        ) { Self.document($0) }
        #expect(issued.recipients == ["Ban Tuyên giáo Tỉnh ủy"])
        try store.saveReportParts(base: ReportParts(period: Self.october), as: ReportParts(period: Self.october, assessment: "Mới"), by: testEditor)
        #expect(try store.issuedReport("1/2026") == issued)
        #expect(throws: StoreError.self) { try store.issuedReport("2/2026") }
        #expect(throws: StoreError.self) { try store.issuedReport("x") }
    }

    @Test("Staff-written parts: two staff changing different parts both keep theirs; the same part is a conflict, never overwritten")
    func partsMergeAndConflict() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let q3 = Period(kind: .quarter, year: 2026, index: 3)!
        let empty = ReportParts(period: q3)
        let ha = Editor(staff: "Hà", now: testNow)
        let minh = Editor(staff: "Minh", now: testNow)
        // Both opened the empty parts; Hà writes the assessment, Minh the forecast.
        try store.saveReportParts(base: empty, as: ReportParts(period: q3, assessment: "Tư tưởng ổn định."), by: ha)
        let merged = try store.saveReportParts(base: empty, as: ReportParts(period: q3, forecast: "Quý IV căng thẳng hơn."), by: minh)
        #expect(merged.assessment == "Tư tưởng ổn định.")
        #expect(merged.forecast == "Quý IV căng thẳng hơn.")
        #expect(merged.updatedBy == "Minh")
        // Minh, still from the empty version, writes the assessment too: refused, naming Hà.
        let before = snapshotFiles(store.root)
        #expect {
            try store.saveReportParts(base: empty, as: ReportParts(period: q3, assessment: "Có dấu hiệu bất ổn."), by: minh)
        } throws: { error in
            guard case StoreError.conflict(let conflict) = error else { return false }
            return conflict.kind == .reportParts && conflict.conflicts.map(\.path) == ["assessment"] && conflict.theirsBy == "Minh"
        }
        #expect(snapshotFiles(store.root) == before)
        // Choosing theirs or mine settles it.
        let chosen = try store.saveReportParts(
            base: empty, as: ReportParts(period: q3, assessment: "Có dấu hiệu bất ổn."), resolutions: ["assessment": .mine], by: minh)
        #expect(chosen.assessment == "Có dấu hiệu bất ổn.")
        #expect(chosen.forecast == "Quý IV căng thẳng hơn.")
        let data = try store.load().dataset
        #expect(data.parts(for: q3).assessment == "Có dấu hiệu bất ổn.")
        #expect(data.audit.filter { $0.action == .reportPartsUpdate }.count == 3)
        #expect(Store.registerPath(2026) == "register/2026.json")
    }
}
