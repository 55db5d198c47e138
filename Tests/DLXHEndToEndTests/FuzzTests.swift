import Foundation
import Testing

/// The fuzzer (`Sources/dlxh-fuzz`) in its short pass: broken store, exchange and incoming files
/// against the real binary. `make fuzz` runs the long one.
@Suite("Fuzzing the files dlxh reads", .serialized)
struct FuzzTests {
    static let fuzzer = Dlxh.packageRoot.appendingPathComponent(".build/debug/dlxh-fuzz").path

    private func runFuzzer(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.fuzzer)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The short pass: DLXH_FUZZ_CASES cases of each kind, seed DLXH_FUZZ_SEED (default 1).
    /// The default is 100, not 1,000: the debug binary `make test` builds takes about 0.4 s a
    /// case (a process for each command), so 300 cases take about two minutes on a quiet
    /// machine (5.5 minutes measured on a busy one); 1,000 of each would take a quarter of an
    /// hour. `make fuzz` runs the long pass on a release build.
    ///
    /// A raw control character in any output (stdout, stderr, a reason note) fails a case too.
    @Test("a short fuzz pass over store, exchange and incoming files finds no crash, unclear error or partial write")
    func shortPass() throws {
        let env = ProcessInfo.processInfo.environment
        let cases = env["DLXH_FUZZ_CASES"] ?? "100"
        let seed = env["DLXH_FUZZ_SEED"] ?? "1"
        let (status, output) = try runFuzzer([
            "--cases", cases, "--seed", seed, "--dlxh", Dlxh.binary, "--control-chars", "fail", "--quiet",
        ])
        #expect(status == 0, "\(output)")
        for kind in ["store", "exchange", "incoming"] {
            #expect(output.contains("\n\(kind) "), "\(output)")
        }
        #expect(!output.contains("FAIL "), "\(output)")
    }

    @Test("the fuzzer itself notices a crash, names its seed and case, and fails")
    func noticesACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-fuzz-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A dlxh that dies of SIGSEGV whenever it is asked to import.
        let fake = folder.appendingPathComponent("dlxh")
        try Data("#!/bin/sh\n[ \"$1\" = import ] && kill -SEGV $$\nexec '\(Dlxh.binary)' \"$@\"\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let (status, output) = try runFuzzer(["--kind", "exchange", "--cases", "3", "--seed", "7", "--dlxh", fake.path, "--quiet"])
        #expect(status == 1, "\(output)")
        #expect(output.contains("FAIL exchange --seed 7 --case 0"), "\(output)")
        #expect(output.contains("crash: signal 11"), "\(output)")
    }
}
