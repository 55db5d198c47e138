import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `flock -o STORE/.lock cat` (util-linux): another process holding the store lock, as a stuck or
/// stopped writer would, until its standard input is closed (`release`).
final class LockHolderProcess {
    let process = Process()
    let input = Pipe()
    let lockFile: URL

    init(store: URL) throws {
        lockFile = store.appendingPathComponent(".lock")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        process.arguments = ["-o", lockFile.path, "cat"]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let fd = open(lockFile.path, O_RDWR | O_CREAT, 0o600)
            let free = flock(fd, LOCK_EX | LOCK_NB) == 0
            close(fd)
            if !free { return }
            usleep(20_000)
        }
        release()
        throw Dlxh.Failure("flock never took the lock")
    }

    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Writes the line a dlxh holder writes into the lock file, with this (live) process's pid.
    func claim(staff: String, command: String) throws {
        let line = "{\"command\":\"\(command)\",\"pid\":\(process.processIdentifier),\"since\":\"2026-11-24T02:00:00Z\",\"staff\":\"\(staff)\"}\n"
        try Data(line.utf8).write(to: lockFile)
    }

    deinit { release() }
}

/// A writer never waits forever on a lock someone else keeps; the interface never freezes on it.
@Suite("The store lock, from outside", .serialized, .timeLimit(.minutes(2)))
struct LockTests {
    @Test("dlxh import with the lock held: fails after the wait with one line, writes nothing")
    func importGivesUp() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let file = store.deletingLastPathComponent().appendingPathComponent("x.json")
        try Dlxh.run(["export", "--store", store.path, "--period", "2026-10", "--format", "json", "-o", file.path])
        let holder = try LockHolderProcess(store: store)
        defer { holder.release() }
        let started = Date()
        let result = try Dlxh.run(["import", "--store", store.path, "--lang", "en", file.path], environment: ["DLXH_LOCK_WAIT": "1"])
        let took = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(took >= 1 && took < 10, "took \(took) s")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the store is locked by another process"), "\(result.stderr)")
    }
}

@Suite("The store lock in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LockTerminalTests {
    /// The staff file that holds who read what.
    static func readReports(_ store: URL) -> String {
        let folder = store.appendingPathComponent("staff")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
    }

    @Test("opening a report while another process holds the lock: the screen says it waits, q still quits, nothing is claimed")
    func waitsAndQuits() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let holder = try LockHolderProcess(store: store)
        defer { holder.release() }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 140, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")
        let opened = try tmux.waitFor("Đang chờ khóa kho dữ liệu")
        let reportID = try #require(opened.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        #expect(opened.contains("một tiến trình khác giữ"), "a holder that writes nothing names nobody")
        // Keys still work while it waits, and it keeps saying so.
        try tmux.send("Escape")
        try tmux.waitFor("Ngày nhận")
        try tmux.send("q")
        let (status, _) = try tmux.waitForExit(timeout: 10)
        #expect(status == 1, "the change that could not be saved is said, with a failing status")
        let screen = try tmux.capture()
        #expect(screen.contains("1 thay đổi chưa được lưu khi thoát"), "\(screen)")
        #expect(!Self.readReports(store).contains(reportID))
    }

    @Test("a holder that wrote its line into .lock is named on the status line and by a writer that gives up")
    func namesTheHolder() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let holder = try LockHolderProcess(store: store)
        defer { holder.release() }
        try holder.claim(staff: "Nguyễn Văn Bình", command: "dlxh import a.json")
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 160, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")
        try tmux.waitFor("Đang chờ khóa kho dữ liệu, do Nguyễn Văn Bình giữ (dlxh import a.json, pid \(holder.process.processIdentifier))")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitForExit().status == 1)

        let file = store.deletingLastPathComponent().appendingPathComponent("x.json")
        try Dlxh.run(["export", "--store", store.path, "--period", "2026-10", "--format", "json", "-o", file.path])
        let result = try Dlxh.run(["import", "--store", store.path, "--lang", "en", file.path], environment: ["DLXH_LOCK_WAIT": "0.5"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the store is locked by Nguyễn Văn Bình (dlxh import a.json, pid \(holder.process.processIdentifier), since 2026-11-24T02:00:00Z)"), "\(result.stderr)")
    }

    @Test("the lock is let go while a save waits: the save lands and the screen says so")
    func landsWhenReleased() throws {
        let store = try Dlxh.demoStore()
        defer { Dlxh.remove(store) }
        let holder = try LockHolderProcess(store: store)
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: 140, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Ngày nhận")
        try tmux.send("Enter")
        let opened = try tmux.waitFor("Đang chờ khóa kho dữ liệu")
        let reportID = try #require(opened.firstMatch(of: /R-\d{4}-\d\d-\d{4}/).map { String($0.output) })
        #expect(!Self.readReports(store).contains(reportID))
        holder.release()
        try tmux.waitFor("đã lưu 1 thay đổi đang chờ")
        #expect(Self.readReports(store).contains(reportID))
        try tmux.send("Escape")
        try tmux.send("q")
        let (status, _) = try tmux.waitForExit()
        #expect(status == 0)
    }
}
