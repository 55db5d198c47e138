import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// A writer never waits forever for the store lock: it gives up after a bounded wait, naming who
/// holds the lock, as the holder wrote it into `.lock`.
@Suite("The store lock", .serialized, .timeLimit(.minutes(1)))
struct StoreLockTests {
    /// `flock -o STORE/.lock cat` (util-linux): a holder that is not dlxh and writes nothing into
    /// the file. It holds the lock until its standard input is closed (`release`).
    final class FlockHolder {
        let process = Process()
        let input = Pipe()

        init(_ lockFile: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
            process.arguments = ["-o", lockFile.path, "cat"]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Until flock has it: our own non-blocking try fails.
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                let fd = open(lockFile.path, O_RDWR | O_CREAT, 0o600)
                let free = flock(fd, LOCK_EX | LOCK_NB) == 0
                close(fd)
                if !free { return }
                usleep(20_000)
            }
            release()
            throw StoreError.invalid("flock never took the lock")
        }

        func release() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test("a writer gives up after its wait when another process holds the lock, and writes nothing")
    func boundedWait() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let unitID = try store.load().roster.units[0].id
        let holder = try FlockHolder(store.url(Store.lockName))
        defer { holder.release() }
        let before = snapshotFiles(store.root)
        let started = Date()
        #expect(throws: StoreError.locked(holder: nil)) {
            try store.waitingForLock(atMost: 0.5).addReport(sampleReport(unitID: unitID), by: testEditor)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 0.5 && waited < 5, "waited \(waited) s")
        #expect(snapshotFiles(store.root) == before)
    }

    @Test("the holder writes its pid, staff name and command into .lock, and the waiting writer names it")
    func holderNamed() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let unitID = try store.load().roster.units[0].id
        Store.setLockOwner("Lê Thị Thu Hà")
        let other = try Store.open(at: store.root).waitingForLock(atMost: 0.2)
        var caught: StoreError?
        try store.holdingLock {
            let content = try String(contentsOf: store.url(Store.lockName), encoding: .utf8)
            #expect(content.contains("\"pid\":\(getpid())"))
            #expect(content.contains("Lê Thị Thu Hà"))
            do {
                _ = try other.addReport(sampleReport(unitID: unitID), by: testEditor)
            } catch let error as StoreError {
                caught = error
            }
        }
        guard case .locked(let holder?) = caught else {
            Issue.record("expected .locked with a holder, got \(String(describing: caught))")
            return
        }
        #expect(holder.pid == getpid())
        #expect(holder.staff == "Lê Thị Thu Hà")
        let line = StoreError.locked(holder: holder).message(.en)
        #expect(line.contains("locked by Lê Thị Thu Hà") && line.contains("pid \(getpid())"), "\(line)")
        #expect(StoreError.locked(holder: holder).message(.vi).contains("đang bị khóa bởi Lê Thị Thu Hà"))
        // Let go: the file is emptied, so a later holder that writes nothing is not misnamed.
        #expect(try Data(contentsOf: store.url(Store.lockName)).isEmpty)
        // And the writer that gave up can save now.
        _ = try other.addReport(sampleReport(unitID: unitID), by: testEditor)
    }

    @Test("a line left in .lock by a holder that was killed names nobody")
    func staleHolderIgnored() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        // A pid that is surely dead: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = LockHolder(pid: child.processIdentifier, staff: "Người cũ", command: "dlxh import", since: "2026-01-01T00:00:00Z")
        try JSONEncoder().encode(stale).write(to: store.url(Store.lockName))
        let fd = open(store.url(Store.lockName).path, O_RDONLY)
        defer { close(fd) }
        #expect(StoreLock.holder(fd: fd) == nil)
    }

    @Test("a save inside holdingLock on the same handle runs under the one hold instead of waiting for itself")
    func reentrant() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder).waitingForLock(atMost: 0.2)
        let unitID = try store.load().roster.units[0].id
        let reports = try store.holdingLock {
            [try store.addReport(sampleReport(unitID: unitID, summary: "một"), by: testEditor),
             try store.addReport(sampleReport(unitID: unitID, summary: "hai"), by: testEditor)]
        }
        #expect(reports.count == 2)
        let summaries = try store.load().dataset.reports.map(\.summary)
        #expect(summaries.contains("một") && summaries.contains("hai"))
    }
}
