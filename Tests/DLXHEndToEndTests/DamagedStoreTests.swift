import Foundation
import Testing

/// One damaged month file: writers still refuse the store, but staff can read, export and report
/// on the other months, in the interface too, and the damaged file is named wherever they look.
@Suite("A damaged month does not stop the office", .serialized)
struct DamagedStoreTests {
    static func damage(_ store: URL, _ name: String) throws {
        let url = store.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
    }

    @Test("report and hotspots read the rest and name the file; import refuses and writes nothing")
    func readsAroundRefusesWrites() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let exchange = store.deletingLastPathComponent().appendingPathComponent("x.json")
        try Dlxh.run(["export", "--store", store.path, "--period", "2026-10", "--format", "json", "-o", exchange.path])
        try Self.damage(store, "reports/2026/2026-10.json")
        let before = filesUnder(store)

        let report = try Dlxh.run(["report", "--store", store.path, "--today", "2026-11-24", "--period", "2026-11", "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.isEmpty)
        #expect(report.stderr.contains("reports/2026/2026-10.json") && report.stderr.contains("left out"), "\(report.stderr)")
        let hotspots = try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24"])
        #expect(hotspots.status == 0, "\(hotspots.stderr)")
        #expect(hotspots.stderr.contains("reports/2026/2026-10.json"))

        let imported = try Dlxh.run(["import", "--store", store.path, "--today", "2026-11-24", exchange.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("reports/2026/2026-10.json"), "\(imported.stderr)")
        #expect(filesUnder(store) == before, "nothing was written")
    }

    @Test("the interface opens the rest read-only, names the damaged file, and saves nothing",
          .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func interfaceReadOnly() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        try Self.damage(store, "reports/2026/2026-10.json")
        let before = filesUnder(store)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 120, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Chỉ đọc: tệp reports/2026/2026-10.json bị hỏng")
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")  // opening a report marks it read: a save, refused
        try tmux.waitFor("Luồng ý kiến")
        try tmux.waitFor("Chỉ đọc: tệp reports/2026/2026-10.json")
        try tmux.send("Escape")
        try tmux.send("q")
        let (status, _) = try tmux.waitForExit()
        #expect(status == 0)
        #expect(filesUnder(store) == before, "nothing was written")
    }
}
