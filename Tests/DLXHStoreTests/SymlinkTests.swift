import DLXHDomain
import Foundation
import Testing

@testable import DLXHStore

/// Issue 11 §6: nothing is written outside the store. A symbolic link planted where the store
/// writes or moves a file (a folder, the lock) is refused with one line, and nothing is written
/// through it.
@Suite("Nothing written outside the store")
struct SymlinkTests {
    /// The English message of the StoreError `body` throws, or nil when it throws none.
    static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as StoreError {
            return error.message(.en)
        } catch {
            return "\(error)"
        }
    }

    static func link(_ path: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: path.path, withDestinationPath: target.path)
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func mode(_ url: URL) -> Int {
        var info = stat()
        lstat(url.path, &info)
        return Int(info.st_mode & 0o7777)
    }

    @Test("a symlinked incoming/rejected: the pass is refused, nothing lands in its target, the file stays")
    func symlinkedRejected() throws {
        let folder = TempFolder()
        let outside = TempFolder("dlxh-outside")
        defer { folder.cleanUp(); outside.cleanUp() }
        let store = try makeDemoStore(in: folder)
        try FileManager.default.createDirectory(at: store.incomingURL, withIntermediateDirectories: true)
        try Self.link(store.incomingURL.appendingPathComponent("rejected"), to: outside.url)
        try IncomingTests.drop(Data("ssh-ed25519 AAAA attacker".utf8), as: "authorized_keys", in: store)

        let message = Self.refusal { _ = try store.processIncoming(by: testEditor) }
        #expect(message?.contains("incoming/rejected") == true && message?.contains("symbolic link") == true, "\(message ?? "no error")")
        #expect(Self.contents(outside.url).isEmpty)
        #expect(Self.contents(store.incomingURL).contains("authorized_keys"))
    }

    @Test("a symlinked incoming/accepted: the pass is refused before any import, nothing lands in its target")
    func symlinkedAccepted() throws {
        let folder = TempFolder()
        let outside = TempFolder("dlxh-outside")
        defer { folder.cleanUp(); outside.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (good, _) = try IncomingTests.goodExchange(store)
        try FileManager.default.createDirectory(at: store.incomingURL, withIntermediateDirectories: true)
        try Self.link(store.incomingURL.appendingPathComponent("accepted"), to: outside.url)
        try IncomingTests.drop(good, as: "good.json", in: store)
        let before = try IncomingTests.fingerprint(store)

        let message = Self.refusal { _ = try store.processIncoming(by: testEditor) }
        #expect(message?.contains("incoming/accepted") == true && message?.contains("symbolic link") == true, "\(message ?? "no error")")
        #expect(Self.contents(outside.url).isEmpty)
        #expect(try IncomingTests.fingerprint(store) == before, "nothing imported")
        #expect(Self.contents(store.incomingURL).contains("good.json"))
    }

    @Test("a symlinked incoming/ or incoming/.lock: refused, and no file is created at the link's target")
    func symlinkedIncomingAndLock() throws {
        let folder = TempFolder()
        let outside = TempFolder("dlxh-outside")
        defer { folder.cleanUp(); outside.cleanUp() }
        let store = try makeDemoStore(in: folder)

        try Self.link(store.incomingURL, to: outside.url)
        let first = Self.refusal { _ = try store.processIncoming(by: testEditor) }
        #expect(first?.contains("incoming") == true && first?.contains("symbolic link") == true, "\(first ?? "no error")")
        #expect(Self.contents(outside.url).isEmpty)

        try FileManager.default.removeItem(at: store.incomingURL)
        try FileManager.default.createDirectory(at: store.incomingURL, withIntermediateDirectories: true)
        let target = outside.url.appendingPathComponent("created-by-dlxh")
        try Self.link(store.incomingURL.appendingPathComponent(".lock"), to: target)
        let second = Self.refusal { _ = try store.processIncoming(by: testEditor) }
        #expect(second?.contains("incoming/.lock") == true && second?.contains("symbolic link") == true, "\(second ?? "no error")")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("a symlinked reports/2026 or .lock: a save is refused, and nothing is written at the link's target")
    func symlinkedStoreFolderAndLock() throws {
        let folder = TempFolder()
        let outside = TempFolder("dlxh-outside")
        defer { folder.cleanUp(); outside.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let unitID = try store.load().dataset.units.first!.id

        // reports/2026 moved outside and linked back: reading still works, writing is refused.
        let year = store.root.appendingPathComponent("reports/2026")
        let moved = outside.url.appendingPathComponent("2026")
        try FileManager.default.moveItem(at: year, to: moved)
        try Self.link(year, to: moved)
        let before = snapshotFiles(moved)
        let message = Self.refusal { try store.addReport(sampleReport(unitID: unitID), by: testEditor) }
        #expect(message?.contains("reports/2026") == true && message?.contains("symbolic link") == true, "\(message ?? "no error")")
        #expect(snapshotFiles(moved) == before)
        try FileManager.default.removeItem(at: year)
        try FileManager.default.moveItem(at: moved, to: year)

        // .lock linked to a name outside: no file is created there.
        let lock = store.root.appendingPathComponent(".lock")
        try FileManager.default.removeItem(at: lock)
        let target = outside.url.appendingPathComponent("created-by-dlxh")
        try Self.link(lock, to: target)
        let second = Self.refusal { try store.addReport(sampleReport(unitID: unitID), by: testEditor) }
        #expect(second?.contains(".lock") == true && second?.contains("symbolic link") == true, "\(second ?? "no error")")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("files moved to accepted/ and rejected/, and the reason note, are 0600; the folders 0700")
    func modes() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let store = try makeDemoStore(in: folder)
        let (good, _) = try IncomingTests.goodExchange(store)
        let rejected = store.incomingURL.appendingPathComponent("rejected")
        try FileManager.default.createDirectory(at: rejected, withIntermediateDirectories: true)
        chmod(rejected.path, 0o755)
        try IncomingTests.drop(good, as: "good.json", in: store)
        try IncomingTests.drop(Data("not json".utf8), as: "bad.json", in: store)
        for name in ["good.json", "bad.json"] { chmod(store.incomingURL.appendingPathComponent(name).path, 0o644) }

        let summary = try store.processIncoming(by: testEditor)
        #expect(summary.accepted.count == 1 && summary.rejected.count == 1)
        for path in ["incoming/accepted/good.json", "incoming/rejected/bad.json", "incoming/rejected/bad.json.reason.txt"] {
            #expect(Self.mode(store.root.appendingPathComponent(path)) == 0o600, "\(path)")
        }
        for path in ["incoming/accepted", "incoming/rejected"] {
            #expect(Self.mode(store.root.appendingPathComponent(path)) == 0o700, "\(path)")
        }
    }
}
