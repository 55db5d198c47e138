import DLXHDemo
import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

/// The demo dataset the behaviour tests run on: seed 1, as on 24/11/2026 at 09:00. Golden
/// screens are drawn from `GoldenFixture` instead (Fixtures/GoldenFixture.swift).
let goldenToday = Day(year: 2026, month: 11, day: 24)!
let goldenNow = Moment(day: goldenToday, hour: 9)
let goldenDataset: Dataset = {
    let output = DemoGenerator(years: 1, seed: 1, today: goldenToday).generate()
    return Dataset(configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots)
}()

/// A loaded application state of the given size, as the runtime builds it at start (the demo dataset).
func loadedState(width: Int = 80, height: Int = 24, language: Language = .vi) -> AppState {
    var state = AppState(
        session: Session(storeName: "demo-store", staff: "Lê Thị Thu Hà", language: language), now: goldenNow,
        width: width, height: height)
    _ = state.update(.loaded(goldenDataset))
    return state
}

/// The same over the golden fixture: what every golden screen starts from.
func fixtureState(width: Int = 80, height: Int = 24, language: Language = .vi) -> AppState {
    var state = AppState(
        session: Session(storeName: "dong-nai", staff: GoldenFixture.staff, language: language), now: goldenNow,
        width: width, height: height)
    _ = state.update(.loaded(GoldenFixture.dataset))
    return state
}

extension AppState {
    /// Sends keys as the backend would.
    mutating func press(_ keys: Key...) {
        for key in keys { _ = update(.key(key)) }
    }

    mutating func type(_ text: String) { _ = update(.text(text)) }
}

/// What a cell's style means, one character per column: `R` reversed (the selection, the
/// current tab), `A` the alert colour (red: overdue, missing, errors), `W` warning (yellow), `G` ok
/// (green), `C` accent (cyan: titles, confirmations), `=` a bar (header, status line), `B` bold,
/// `d` dim, `u` underlined, blank for plain. The first that applies wins.
func styleCode(_ style: Style) -> Character {
    if style.reverse { return "R" }
    if style.foreground == .red || style.background == .red { return "A" }
    if style.foreground == .yellow { return "W" }
    if style.foreground == .green { return "G" }
    if style.foreground == .cyan { return "C" }
    if style.background == .blue { return "=" }
    if style.bold { return "B" }
    if style.dim { return "d" }
    if style.underline { return "u" }
    return " "
}

/// The style layer of a screen: one line per row, one character per column (`styleCode`).
func styleLayer(_ grid: Grid) -> String {
    (0..<grid.height).map { y in
        var line = String((0..<grid.width).map { styleCode(grid[$0, y].style) })
        while line.last == " " { line.removeLast() }
        return line
    }.joined(separator: "\n")
}

/// Compares a screen with the golden files `Golden/<name>.txt` (the text) and
/// `Golden/<name>.style.txt` (what the colours say, `styleLayer`) beside these tests. With
/// DLXH_UPDATE_GOLDEN=1 the files are (re)written instead: review the diff before committing.
func expectGolden(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    compareGolden(grid.text + "\n", "\(name).txt", sourceLocation: sourceLocation)
    compareGolden(styleLayer(grid) + "\n", "\(name).style.txt", sourceLocation: sourceLocation)
}

func compareGolden(_ actual: String, _ file: String, sourceLocation: SourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(file)")
    if ProcessInfo.processInfo.environment["DLXH_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(Comment(rawValue: "no golden file \(file); run with DLXH_UPDATE_GOLDEN=1 to create it\n\(actual)"), sourceLocation: sourceLocation)
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
        let report = "screen differs from \(file):\n" + diff.joined(separator: "\n")
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
}
