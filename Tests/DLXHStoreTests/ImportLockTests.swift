import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// An import checks for duplicates and writes under one hold of the store lock, so the same
/// file arriving twice at once (two imports, or an import and an `incoming/` pass) is added once.
@Suite("Imports under the store lock")
struct ImportLockTests {
    @Test("an import and an incoming pass of the same file at once: its reports are added exactly once")
    func importAndIncomingAtOnce() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let template = try store.load().dataset.reports.filter { $0.period == .month(2026, 10) && !$0.items.isEmpty }.prefix(2)
        for round in 0..<10 {
            let reports = template.enumerated().map { i, report in
                var r = report
                r.documentNumber = "LOCK-\(round)-\(i)/BC"
                r.summary = "Cùng một tệp đến hai lần, lượt \(round), số \(i)"
                return r
            }
            let data = try ExchangeFile(exportedAt: testNow, exportedBy: "Đơn vị gửi", reports: reports).encoded()
            try IncomingTests.drop(data, as: "round-\(round).json", in: store)
            let before = try store.load().dataset.reports.count

            // A second handle, as another process would have: the lock is on the file, not the object.
            let other = try Store.open(at: store.root)
            let exchange = try ExchangeFile.decode(data, name: "round-\(round).json")
            nonisolated(unsafe) var imported: Result<[Report], Error>?
            nonisolated(unsafe) var pass: Result<IncomingSummary, Error>?
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 {
                    imported = Result { try other.importReports(exchange, fileName: "round-\(round).json", by: testEditor) }
                } else {
                    pass = Result { try store.processIncoming(by: testEditor) }
                }
            }
            let summary = try #require(try pass?.get())
            let importSucceeded = (try? imported?.get()) != nil
            #expect(importSucceeded != (summary.accepted.count == 1), "round \(round): exactly one of them adds the file")
            #expect(summary.accepted.count + summary.rejected.count == 1, "round \(round): the file was taken in and moved")
            #expect(try store.load().dataset.reports.count == before + reports.count, "round \(round)")
        }
    }
}
