import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

/// The demo dataset every golden screen is drawn from: seed 1, as on 24/11/2026 at 09:00.
let goldenToday = Day(year: 2026, month: 11, day: 24)!
let goldenNow = Moment(day: goldenToday, hour: 9)
let goldenDataset: Dataset = {
    let output = DemoGenerator(years: 1, seed: 1, today: goldenToday).generate()
    return Dataset(configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots)
}()

/// A loaded application state of the given size, as the runtime builds it at start.
func loadedState(width: Int = 80, height: Int = 24, language: Language = .vi) -> AppState {
    var state = AppState(
        session: Session(storeName: "demo-store", staff: "Lê Thị Thu Hà", language: language), now: goldenNow,
        width: width, height: height)
    _ = state.update(.loaded(goldenDataset))
    return state
}

extension AppState {
    /// Sends keys as the backend would.
    mutating func press(_ keys: Key...) {
        for key in keys { _ = update(.key(key)) }
    }

    mutating func type(_ text: String) { _ = update(.text(text)) }
}

/// Compares a screen with the golden file `Golden/<name>.txt` beside these tests. With
/// DLXH_UPDATE_GOLDEN=1 the file is (re)written instead: review the diff before committing.
func expectGolden(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    let actual = grid.text + "\n"
    if ProcessInfo.processInfo.environment["DLXH_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(Comment(rawValue: "no golden file \(name).txt; run with DLXH_UPDATE_GOLDEN=1 to create it\n\(actual)"), sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "∅"
            let al = i < a.count ? String(a[i]) : "∅"
            if el != al { diff.append("line \(i + 1):\n  - \(el)\n  + \(al)") }
        }
        let report = "screen differs from \(name).txt:\n" + diff.joined(separator: "\n")
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
}
