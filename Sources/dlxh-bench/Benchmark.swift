import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Times a piece of work over several runs and keeps the distribution.
struct Measurement {
    var name: String
    var target: String
    /// Seconds per run.
    var samples: [Double]
    /// Whether the figure meets its target.
    var limit: Double?

    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))]
    }

    var verdict: String {
        guard let limit else { return "" }
        return p99 <= limit ? "ok" : "OVER"
    }
}

func measure(_ name: String, target: String, limit: Double?, runs: Int, warmup: Int = 1, _ body: () throws -> Void) rethrows
    -> Measurement
{
    for _ in 0..<warmup { try body() }
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return Measurement(name: name, target: target, samples: samples, limit: limit)
}

func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

/// Peak resident memory of this process so far: `VmHWM` of /proc/self/status, which starts
/// afresh with the program (getrusage's `ru_maxrss` survives exec, so a child started by a
/// large parent reported the parent's peak).
func peakMemoryMiB() -> Double {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    {
        return kib / 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

func printTable(_ rows: [Measurement], title: String, notes: [String]) {
    print(title)
    let header = ["measurement", "runs", "median", "p99", "target", ""]
    var lines = [header]
    for row in rows {
        lines.append([row.name, "\(row.samples.count)", milliseconds(row.median), milliseconds(row.p99), row.target, row.verdict])
    }
    let widths = header.indices.map { c in lines.map { $0[c].count }.max()! }
    for (n, line) in lines.enumerated() {
        print(line.enumerated().map { c, cell in
            c == 0 ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[c] - cell.count) + cell
        }.joined(separator: "  "))
        if n == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
    }
    for note in notes { print(note) }
}

/// Prints rows of cells as columns, the first row a header, numbers right-aligned.
func printColumns(_ lines: [[String]]) {
    let widths = lines[0].indices.map { c in lines.map { $0[c].count }.max()! }
    for (n, line) in lines.enumerated() {
        print(line.enumerated().map { c, cell in String(repeating: " ", count: widths[c] - cell.count) + cell }.joined(separator: "  "))
        if n == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
    }
}
