import Foundation

/// Runs the real `dlxh` binary, as a user or a script would.
enum Dlxh {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: $DLXH_BIN, else the debug build `make test` makes first.
    static let binary: String = {
        if let bin = ProcessInfo.processInfo.environment["DLXH_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/dlxh").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// Runs `dlxh args…` to completion with a clean environment plus `environment`.
    @discardableResult
    static func run(_ args: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "USER": "tester"]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// A demo store in a fresh temporary folder.
    static func demoStore(seed: Int = 1, today: String = "2026-11-24", years: Int = 1) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-e2e-\(UUID().uuidString)")
        let store = folder.appendingPathComponent("store")
        let result = try run(["demo", "--store", store.path, "--seed", "\(seed)", "--today", today, "--years", "\(years)"])
        guard result.status == 0 else { throw Failure("demo failed: \(result.stderr)") }
        return store
    }

    /// The units of a store's roster.json, in roster order: tests name units as the store they
    /// made has them, rather than hard-coding the demo's names.
    static func units(_ store: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: store.appendingPathComponent("roster.json"))
        let roster = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return roster?["units"] as? [[String: Any]] ?? []
    }

    /// The name of unit `id` on a store's roster.
    static func unitName(_ store: URL, _ id: String) throws -> String {
        guard let name = try units(store).first(where: { $0["id"] as? String == id })?["name"] as? String else {
            throw Failure("no unit \(id) on the roster")
        }
        return name
    }

    static func remove(_ store: URL) { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// Every regular file under a folder with its bytes.
func filesUnder(_ root: URL) -> [String: Data] {
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

func jsonObject(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }
