import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The store's two promises, tested on the real binary: a kill -9 at any instant leaves a store
/// that loads with every acknowledged save in it; two writers at once lose nothing.
@Suite("Crash safety and concurrent writers", .serialized)
struct CrashAndConcurrencyTests {
    /// The writers save on 1 December 2026, into a month file of their own (`reports/2026/2026-12.json`),
    /// so a save's cost does not grow with how many reports the demo entered in its last month
    /// (a debug build re-encodes the whole month file on every save).
    static let writerDay = "2026-12-01"

    /// Starts `dlxh write-loop`, returning the process and a reader of its acknowledgements.
    func startWriter(store: URL, tag: String, count: Int) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Dlxh.binary)
        process.arguments = ["write-loop", "--store", store.path, "--today", Self.writerDay, "--count", "\(count)", "--tag", tag]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "USER": "tester"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out)
    }

    func summaries(_ store: URL) throws -> [String] {
        let exported = try Dlxh.run(["export", "--store", store.path, "--today", "2026-11-24"])
        guard exported.status == 0 else { throw Dlxh.Failure("export failed: \(exported.stderr)") }
        let reports = (try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]
        return reports.compactMap { $0["summary"] as? String }
    }

    @Test("kill -9 at random instants: the store loads and holds every acknowledged save")
    func killNineLoop() throws {
        let store = try Dlxh.demoStore(seed: 6)
        defer { Dlxh.remove(store) }
        var generator = SystemRandomNumberGenerator()
        var totalAcked = 0
        for round in 0..<25 {
            let tag = "k\(round)"
            let (process, out) = try startWriter(store: store, tag: tag, count: 100_000)
            // Every other round waits for the fifth save to land (so at least four were
            // acknowledged), so that however slow the machine (a busy second core makes start-up
            // and each save slow), some rounds kill in the middle of writing.
            if round % 2 == 1 {
                let month = store.appendingPathComponent("reports/2026/2026-12.json")
                let deadline = Date().addingTimeInterval(20)
                while Date() < deadline, !((try? String(contentsOf: month, encoding: .utf8))?.contains("\"\(tag)-5\"") ?? false) {
                    usleep(5_000)
                }
            }
            // Then a random while: from before its first save to dozens of saves.
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let acked = output.split(separator: "\n").filter { $0.hasPrefix("ack ") }.map { String($0.dropFirst(4)) }
            totalAcked += acked.count

            let check = try Dlxh.run(["check", "--store", store.path])
            #expect(check.status == 0, "round \(round): \(check.stderr)")
            let stored = Set(try summaries(store))
            for tagN in acked {
                #expect(stored.contains(tagN), "round \(round): acknowledged save \(tagN) is missing")
            }
        }
        #expect(totalAcked > 25, "the writer got some saves in before the kills")
    }

    @Test("two writers at once: every save of both is in the store")
    func twoWriters() throws {
        let store = try Dlxh.demoStore(seed: 7)
        defer { Dlxh.remove(store) }
        let before = try summaries(store).count
        let count = 60
        let (a, outA) = try startWriter(store: store, tag: "a", count: count)
        let (b, outB) = try startWriter(store: store, tag: "b", count: count)
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let ackA = String(decoding: outA.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").count
        let ackB = String(decoding: outB.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").count
        #expect(ackA == count && ackB == count)
        let all = try summaries(store)
        #expect(all.count == before + 2 * count)
        for tag in ["a", "b"] {
            for n in 1...count { #expect(all.contains("\(tag)-\(n)"), "\(tag)-\(n) lost") }
        }
        let check = try Dlxh.run(["check", "--store", store.path])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
