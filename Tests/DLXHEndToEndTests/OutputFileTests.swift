import Foundation
import Testing

/// `export -o`, `report -o`, `matrix -o`: the file the user names is written by the store's
/// crash-safe path (temporary file, fsync, rename), with permissions chosen for a document to
/// share, and a target that cannot be written gives one line and leaves nothing behind.
@Suite("Output files (-o)")
struct OutputFileTests {
    /// Runs `dlxh args…` under `umask`, through the shell (a Process cannot set one itself).
    func runWithUmask(_ umask: String, _ args: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", Dlxh.binary] + args
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "USER": "tester"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue
    }

    func names(_ folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    static let commands: [(name: String, args: [String])] = [
        ("export.json", ["export", "--period", "2026-10"]),
        ("report.md", ["report", "--period", "2026-10", "--format", "md"]),
        ("matrix.csv", ["matrix", "--format", "csv"]),
    ]

    @Test("export, report and matrix -o: the whole output, no temporary file beside it, 0644 minus the umask")
    func writesWholeFile() throws {
        let store = try Dlxh.demoStore(seed: 12)
        defer { Dlxh.remove(store) }
        let base = ["--store", store.path, "--today", "2026-11-24"]
        for (umask, expected) in [("000", 0o644), ("022", 0o644), ("077", 0o600)] {
            let out = store.deletingLastPathComponent().appendingPathComponent("out-\(umask)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (name, args) in Self.commands {
                let target = out.appendingPathComponent(name)
                let written = try runWithUmask(umask, args + base + ["-o", target.path])
                #expect(written.status == 0, "\(name): \(written.stderr)")
                let printed = try Dlxh.run(args + base)
                #expect(printed.status == 0 && !printed.stdoutData.isEmpty)
                #expect(try Data(contentsOf: target) == printed.stdoutData, "\(name) under umask \(umask) holds the whole output")
                let actual = try mode(target)
                #expect(actual == expected, "\(name) under umask \(umask): mode \(String(actual, radix: 8))")
            }
            #expect(names(out) == Set(Self.commands.map(\.name)), "nothing but the outputs: \(names(out).sorted())")
        }
    }

    static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("the write is durable: fsync the temporary file, rename it over the target, fsync the folder",
        .enabled(if: strace != nil, "strace is not installed"))
    func durable() throws {
        let store = try Dlxh.demoStore(seed: 12)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent().resolvingSymlinksInPath()
        let target = folder.appendingPathComponent("durable.json")
        let trace = folder.appendingPathComponent("trace.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.strace!)
        process.arguments = [
            "-f", "-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2", "-o", trace.path, Dlxh.binary,
            "export", "--store", store.path, "--today", "2026-11-24", "-o", target.path,
        ]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "USER": "tester"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // strace may be present but not allowed to trace (a container without ptrace).
        try #require(process.terminationStatus == 0, "strace could not run dlxh")
        let calls = String(decoding: try Data(contentsOf: trace), as: UTF8.self).split(separator: "\n").map(String.init)
        let renamed = calls.firstIndex { $0.contains("rename") && $0.contains("\"\(target.path)\"") }
        let index = try #require(renamed, "the file is renamed into place: \(calls)")
        let temp = folder.path + "/.durable.json."
        #expect(calls[..<index].contains { $0.contains("sync(") && $0.contains("<\(temp)") }, "the temporary file is synced before the rename: \(calls)")
        #expect(calls[(index + 1)...].contains { $0.contains("sync(") && $0.contains("<\(folder.path)>") }, "the folder is synced after it: \(calls)")
        try FileManager.default.removeItem(at: trace)
        #expect(names(folder) == ["store", "durable.json"])
    }

    @Test("a file it replaces gets the new content and keeps its own permissions")
    func replaceKeepsMode() throws {
        let store = try Dlxh.demoStore(seed: 12)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        let target = folder.appendingPathComponent("private-report.md")
        try Data("bản cũ\n".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        let args = ["report", "--store", store.path, "--today", "2026-11-24", "--period", "2026-10"]
        let written = try runWithUmask("022", args + ["-o", target.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: target) == (try Dlxh.run(args)).stdoutData)
        let actual = try mode(target)
        #expect(actual == 0o600, "mode \(String(actual, radix: 8))")
        #expect(names(folder) == ["store", "private-report.md"])
    }

    @Test("an unwritable target: one line naming it, status 1, and no file left behind")
    func unwritableTarget() throws {
        let store = try Dlxh.demoStore(seed: 12)
        defer { Dlxh.remove(store) }
        let folder = store.deletingLastPathComponent()
        let plainFile = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: plainFile)
        let directory = folder.appendingPathComponent("a-folder.json")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let targets = [
            folder.appendingPathComponent("missing/out.json"),  // no such folder
            plainFile.appendingPathComponent("out.json"),  // a file where a folder should be
            directory,  // a folder where the file should be
        ]
        let before = filesUnder(folder)
        let namesBefore = names(folder)
        for target in targets {
            let result = try Dlxh.run(
                ["export", "--store", store.path, "--today", "2026-11-24", "--lang", "en", "-o", target.path])
            #expect(result.status == 1, "\(target.path)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 1, "one line: \(result.stderr)")
            #expect(result.stderr.hasPrefix("dlxh: ") && result.stderr.contains(target.path), "\(result.stderr)")
            #expect(!result.stderr.contains(".tmp"), "names the user's file, not a temporary one: \(result.stderr)")
            #expect(names(folder) == namesBefore, "nothing new beside it: \(names(folder).sorted())")
            #expect(names(directory).isEmpty, "nothing inside the folder it could not replace")
            #expect(filesUnder(folder) == before, "nothing changed")
        }
    }
}
