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

    @Test("deleting hotspots/2026.json: check fails and says the file is missing; hotspots reads the rest and names it")
    func deletedFile() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        try FileManager.default.removeItem(at: store.appendingPathComponent("hotspots/2026.json"))
        let check = try Dlxh.run(["check", "--store", store.path, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("hotspots/2026.json") && check.stderr.contains("is missing"), "\(check.stderr)")
        let hotspots = try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24", "--lang", "en"])
        #expect(hotspots.status == 0)
        #expect(hotspots.stderr.contains("file hotspots/2026.json is missing"), "\(hotspots.stderr)")
    }

    @Test("a file that goes bad while the interface runs: it says so within a second or two and saves nothing",
          .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func goesBadWhileRunning() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 120, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try Self.damage(store, "reports/2026/2026-09.json")
        let before = filesUnder(store)
        try tmux.waitFor("Chỉ đọc: tệp reports/2026/2026-09.json bị hỏng")
        try tmux.send("Enter")  // opening a report marks it read: a save, refused
        try tmux.waitFor("Ý kiến (")
        try tmux.waitFor("Chỉ đọc: tệp reports/2026/2026-09.json")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitForExit().status == 0)
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
        try tmux.waitFor("Ý kiến (")
        try tmux.waitFor("Chỉ đọc: tệp reports/2026/2026-10.json")
        try tmux.send("Escape")
        try tmux.send("q")
        let (status, _) = try tmux.waitForExit()
        #expect(status == 0)
        #expect(filesUnder(store) == before, "nothing was written")
    }
}

/// "No dlxh store here" only when that is what is wrong: a missing folder, a file in its place,
/// or permission denied each say so in one line.
@Suite("Opening a store that cannot be opened")
struct OpeningTests {
    @Test("a missing folder, a file instead of a folder, and a folder that is not a store are told apart")
    func notThere() throws {
        let missing = try Dlxh.run(["status", "--store", "/nonexistent/dlxh", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "dlxh: error: no folder /nonexistent/dlxh, so no dlxh store there (create a demo one: dlxh demo --store /nonexistent/dlxh)\n", "\(missing.stderr)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let notFolder = try Dlxh.run(["status", "--store", file.path, "--lang", "en"])
        #expect(notFolder.status == 1)
        #expect(notFolder.stderr.contains("\(file.path) is not a folder"), "\(notFolder.stderr)")
        #expect(notFolder.stderr.split(separator: "\n").count == 1)

        let empty = try Dlxh.run(["status", "--store", folder.path, "--lang", "en"])
        #expect(empty.stderr.contains("no dlxh store at \(folder.path)"), "\(empty.stderr)")
    }

    @Test("a store the user may not open says permission denied, not “no store here”")
    func permissionDenied() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        // The store is 0700 and root's: as another user (root itself is never denied), or chmod 000.
        var arguments = [Dlxh.binary, "status", "--store", store.path, "--lang", "en"]
        if getuid() == 0 {
            arguments = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + arguments
        } else {
            chmod(store.path, 0)
        }
        defer { chmod(store.path, 0o700) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("permission denied"), "\(stderr)")
        #expect(!stderr.contains("create a demo"), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
    }
}
