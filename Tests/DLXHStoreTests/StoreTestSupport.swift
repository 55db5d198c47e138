import DLXHDemo
import DLXHDomain
import Foundation

@testable import DLXHStore

/// A fresh temporary folder, removed by the caller with `cleanUp()`.
struct TempFolder {
    let url: URL

    init(_ name: String = "dlxh-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

let testToday = Day(year: 2026, month: 11, day: 24)!
let testNow = Moment(day: testToday, hour: 9)
let testEditor = Editor(staff: "Lê Thị Thu Hà", now: testNow)

/// A small demo store written to `folder/store`.
func makeDemoStore(in folder: TempFolder, years: Int = 1, seed: UInt64 = 3) throws -> Store {
    let output = DemoGenerator(years: years, seed: seed, today: testToday).generate()
    let contents = StoreContents(
        configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots,
        audit: output.audit)
    return try Store.create(
        at: folder.url.appendingPathComponent("store"), contents: contents,
        manifest: StoreManifest(createdAt: testNow, createdBy: "test"))
}

/// Every file under `root` with its bytes, to prove that nothing was written.
func snapshotFiles(_ root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
            result[url.path] = try? Data(contentsOf: url)
        }
    }
    return result
}

func sampleReport(unitID: String, summary: String = "Tổng hợp ý kiến") -> Report {
    Report(
        id: "", unitID: unitID, period: .month(2026, 11), receivedOn: testToday, summary: summary,
        items: [OpinionItem(id: "i1", topic: "wages", content: "Người lao động quan tâm tiền lương", attitude: "interested")],
        createdAt: testNow, createdBy: "test")
}
