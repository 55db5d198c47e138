import Foundation
import Testing

/// Two `dlxh import` of the same file at the same moment: the duplicate check and the write are
/// one step under the store lock, so exactly one of them adds the file's reports.
@Suite("Importing the same file twice at once", .serialized)
struct ConcurrentImportTests {
    /// Starts `dlxh args…` without waiting for it; its output is collected by `finish`.
    func start(_ args: [String]) throws -> (Process, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Dlxh.binary)
        process.arguments = args
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "USER": "tester"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Waits for the process; its status and standard error. (Its output is a line or two, far
    /// below a pipe's buffer, so reading after the exit cannot block it.)
    func finish(_ started: (Process, out: Pipe, err: Pipe)) -> (status: Int32, stderr: String) {
        started.0.waitUntilExit()
        _ = started.out.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: started.err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (started.0.terminationStatus, err)
    }

    func reportCount(_ store: URL) throws -> Int {
        let exported = try Dlxh.run(["export", "--store", store.path, "--today", "2026-11-24"])
        guard exported.status == 0 else { throw Dlxh.Failure("export failed: \(exported.stderr)") }
        return ((try jsonObject(exported.stdoutData) as! [String: Any])["reports"] as! [[String: Any]]).count
    }

    @Test("two imports of one file started together: exactly one succeeds, the count rises by the file's reports once")
    func sameFileTwiceAtOnce() throws {
        let store = try Dlxh.demoStore(seed: 11)
        defer { Dlxh.remove(store) }
        let dir = store.deletingLastPathComponent()
        let export = try Dlxh.run(["export", "--store", store.path, "--period", "2026-10", "--today", "2026-11-24"])
        #expect(export.status == 0, "\(export.stderr)")
        let template = try jsonObject(export.stdoutData) as! [String: Any]
        let sourceReports = Array((template["reports"] as! [[String: Any]]).prefix(3))
        try #require(sourceReports.count == 3)

        for round in 0..<8 {
            // New document numbers and summaries each round, so the file is new to the store.
            var file = template
            file["reports"] = sourceReports.enumerated().map { i, report in
                var r = report
                r["documentNumber"] = "DUA-\(round)-\(i)/BC"
                r["summary"] = "Báo cáo nhập đồng thời, lượt \(round), số \(i)"
                return r
            }
            let path = dir.appendingPathComponent("cung-luc-\(round).json")
            try JSONSerialization.data(withJSONObject: file).write(to: path)
            let before = try reportCount(store)

            let args = ["import", path.path, "--store", store.path, "--today", "2026-11-24", "--lang", "en"]
            let a = try start(args)
            let b = try start(args)
            let results = [finish(a), finish(b)]

            let succeeded = results.filter { $0.status == 0 }
            #expect(succeeded.count == 1, "round \(round): \(succeeded.count) imports succeeded; \(results.map(\.stderr))")
            if let refused = results.first(where: { $0.status != 0 }) {
                #expect(refused.stderr.contains("already in the store"), "round \(round): \(refused.stderr)")
            }
            #expect(try reportCount(store) == before + sourceReports.count, "round \(round)")
        }
        let check = try Dlxh.run(["check", "--store", store.path])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
