import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// `dlxh status` reads only the headers of the month it shows (`loadHeaders(periods:)`): the
/// rows are those of a full read, whatever state the index is in.
@Suite("Status through the index reads one period")
struct StatusHeadersTests {
    static let period = Period.containing(testToday).previous

    /// The status rows and the damaged files, read through the index for one period.
    static func status(_ store: Store) throws -> [String] {
        let headers = try store.loadHeaders(periods: [period])
        #expect(headers.reports.allSatisfy { $0.period == period })
        return headers.dataset.submissionRows(for: period, asOf: testToday).map { "\($0.unit.id) \($0.state)" }
            + headers.damaged.map { $0.message(.en) }
    }

    /// The same from a full read of the files.
    static func truth(_ store: Store) throws -> [String] {
        let contents = try store.loadReadable()
        return contents.dataset.submissionRows(for: period, asOf: testToday).map { "\($0.unit.id) \($0.state)" }
            + contents.damaged.map { $0.message(.en) }
    }

    @Test("one period's rows equal a full read's, with the index whole, damaged in its lines, or deleted")
    func sameRows() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder, years: 2)
        let truth = try Self.truth(store)
        #expect(truth.contains { $0.contains("onTime") || $0.contains("late") }, "some units reported that month")
        #expect(try Self.status(store) == truth)

        let files = StoreIndexTests.indexFiles(store).filter { $0.pathExtension == "idx" && $0.path.contains("/reports/") }
        #expect(files.count > 12)
        for file in files {
            let original = try String(contentsOf: file, encoding: .utf8)
            guard original.contains("\t\(Self.period.id)\t") else { continue }
            // A line of the period shown made unreadable, or its period garbled: the entry is
            // not used (its stamp still matches) and the file is read instead.
            for damaged in [
                original.replacingOccurrences(of: "\t\(Self.period.id)\t", with: "\t2026-1x\t"),
                original.replacingOccurrences(of: "\t\(Self.period.id)\t", with: "\t\(Self.period.id)\tx\t"),
            ] {
                try damaged.write(to: file, atomically: false, encoding: .utf8)
                #expect(try Self.status(store) == truth, "\(file.lastPathComponent) damaged")
            }
            try original.write(to: file, atomically: false, encoding: .utf8)
        }
        try FileManager.default.removeItem(at: store.root.appendingPathComponent(Store.indexFolder))
        #expect(try Self.status(store) == truth)
        #expect(try Self.status(store) == truth)
    }
}
