import DLXHDemo
import DLXHDomain
import DLXHStore
import Foundation

/// A generated store to measure: `units` units reporting monthly for `years` years up to the
/// bench's today, written into a temporary folder.
struct BenchStore {
    let years: Int
    /// nil: the demo's own roster.
    let units: Int?
    let store: Store
    let output: DemoGenerator.Output
    let fileCount: Int
    let bytes: Int
    let generationSeconds: Double

    var itemCount: Int { output.reports.reduce(0) { $0 + $1.items.count } }

    var label: String {
        "\(years) year\(years == 1 ? "" : "s"), " + (units.map { "\($0) units" } ?? "the demo roster (\(output.units.count) units)")
    }

    var summary: String {
        "\(label): \(fileCount) files, \(bytes / 1024) KiB, \(output.units.count) units on the roster, "
            + "\(output.reports.count) reports, \(itemCount) items, \(output.hotSpots.count) hot spots "
            + "(generated and written in \(String(format: "%.1f", generationSeconds)) s)"
    }

    static func make(years: Int, units: Int?, in folder: URL, today: Day, now: Moment) throws -> BenchStore {
        let start = DispatchTime.now().uptimeNanoseconds
        let output = DemoGenerator(years: years, seed: 42, today: today, unitCount: units).generate()
        let contents = StoreContents(
            configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots,
            audit: output.audit)
        let root = folder.appendingPathComponent("store-\(years)y-\(units.map(String.init) ?? "demo")u")
        let store = try Store.create(at: root, contents: contents, manifest: StoreManifest(createdAt: now, createdBy: "bench"))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let files = try store.dataFiles()
        let bytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
        }
        return BenchStore(
            years: years, units: units, store: store, output: output, fileCount: files.count, bytes: bytes, generationSeconds: seconds)
    }
}

/// Runs a program to its end, its output discarded; the wall time in seconds, or nil when it
/// cannot be run or fails.
func runProcess(_ path: String, _ arguments: [String]) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Where a program is on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}
