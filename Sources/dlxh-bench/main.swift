import DLXHDemo
import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

// `make bench`: generates a 10-year demo store and prints what the targets in the issues ask
// for. Figures are for a release build on the machine at hand; the table says which meet their
// targets (p99 against the limit).

let today = Day(year: 2026, month: 11, day: 24)!
let now = Moment(day: today, hour: 9)
let editor = Editor(staff: "bench", now: now)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }

let generationStart = DispatchTime.now().uptimeNanoseconds
let output = DemoGenerator(years: 10, seed: 42, today: today).generate()
let contents = StoreContents(
    configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots,
    audit: output.audit)
let store = try Store.create(
    at: folder.appendingPathComponent("store"), contents: contents, manifest: StoreManifest(createdAt: now, createdBy: "bench"))
let generationSeconds = Double(DispatchTime.now().uptimeNanoseconds - generationStart) / 1e9
let files = try store.dataFiles()
let bytes = files.reduce(0) { total, file in
    total + ((try? FileManager.default.attributesOfItem(atPath: store.root.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
}
let itemCount = output.reports.reduce(0) { $0 + $1.items.count }

var rows: [Measurement] = []

rows.append(try measure("load 10-year store", target: "≤ 150 ms", limit: 0.150, runs: 15) { _ = try store.load() })

// One edit of a recent item: lock, re-read its month file, apply, encode, write, fsync, rename.
let recent = output.reports.filter { !$0.items.isEmpty }.max { $0.createdAt < $1.createdAt }!
var flip = false
rows.append(
    try measure("save one edit (incl. fsync)", target: "≤ 30 ms", limit: 0.030, runs: 40) {
        flip.toggle()
        let attitude = flip ? "worried" : "frustrated"
        try store.updateItem(reportID: recent.id, itemID: recent.items[0].id, by: editor) { $0.attitude = attitude }
    })

let dataset = try store.load().dataset
let lastTwelve = (0..<12).map { Period.containing(today).advanced(by: -$0) }
rows.append(
    measure("status, all units × 12 months", target: "≤ 5 ms", limit: 0.005, runs: 200) {
        let index = dataset.submissionIndex
        let rules = dataset.rules
        var onTime = 0
        for period in lastTwelve {
            for row in rules.rows(units: dataset.units, period: period, index: index, asOf: today) where row.state.isOnTime {
                onTime += 1
            }
        }
        precondition(onTime > 0)
    })

// The inbox on ten years: every keystroke is update + view into an 80×24 grid.
let session = Session(storeName: "bench", staff: "bench", language: .vi)
var inboxState = AppState(session: session, now: now, width: 120, height: 40)
rows.append(
    measure("inbox: open on 10 years (load into view)", target: "", limit: nil, runs: 10) {
        var state = AppState(session: session, now: now, width: 120, height: 40)
        _ = state.update(.loaded(dataset))
        _ = state.view()
        inboxState = state
    })

func keystroke(_ state: inout AppState, _ key: Key) {
    _ = state.update(.key(key))
    _ = state.view()
}

rows.append(
    measure("inbox: move one row (update+view)", target: "≤ 16 ms", limit: 0.016, runs: 300) {
        keystroke(&inboxState, .down)
    })
rows.append(
    measure("inbox: open a report and back", target: "≤ 16 ms", limit: 0.016, runs: 100) {
        keystroke(&inboxState, .enter)
        keystroke(&inboxState, .escape)
    })
rows.append(
    measure("inbox: classify an item (picker open+choose)", target: "≤ 16 ms", limit: 0.016, runs: 100) {
        keystroke(&inboxState, .enter)
        keystroke(&inboxState, .character("a"))
        keystroke(&inboxState, .down)
        _ = inboxState.update(.key(.escape))
        keystroke(&inboxState, .escape)
    })
// A search keystroke over all items: alternately type the last letter of "tien luong" and
// take it back, each one keystroke that refilters ten years of text.
keystroke(&inboxState, .character("/"))
for c in "tien luon" { keystroke(&inboxState, .character(c)) }
var typed = false
rows.append(
    measure("inbox: one search keystroke, 10 years of items", target: "≤ 30 ms", limit: 0.030, runs: 200) {
        typed.toggle()
        keystroke(&inboxState, typed ? .character("g") : .backspace)
    })
keystroke(&inboxState, .escape)

// The dashboard on ten years: the matrix for every unit × 12 months, and ten years back.
var dashboardState = AppState(session: session, now: now, width: 120, height: 40)
_ = dashboardState.update(.loaded(dataset))
_ = dashboardState.update(.key(.character("4")))
rows.append(
    measure("dashboard: draw all units × 12 months", target: "≤ 16 ms", limit: 0.016, runs: 100) {
        _ = dashboardState.view()
    })
var back = true
var moves = 0
rows.append(
    measure("dashboard: one month back/forward (of 10 years)", target: "≤ 16 ms", limit: 0.016, runs: 240) {
        // Back through all ten years, then forward again, one keystroke each.
        keystroke(&dashboardState, back ? .left : .right)
        moves += 1
        if moves % 120 == 0 { back.toggle() }
    })

// Streams of opinion (issue 15): grouping one month, and every item of ten years.
let lastMonth = Period.containing(today).previous
let monthInputs = dataset.reports.filter { $0.period == lastMonth }.flatMap { report in
    report.items.map { StreamClustering.Input(key: "\(report.id)/\($0.id)", month: lastMonth, topic: $0.topic, text: $0.content) }
}
rows.append(
    measure("streams: group one month (\(monthInputs.count) items)", target: "≤ 50 ms", limit: 0.050, runs: 20) {
        _ = StreamClustering().cluster(monthInputs)
    })
rows.append(
    measure("streams: group all ten years", target: "≤ 2 s", limit: 2.0, runs: 2, warmup: 0) {
        _ = OpinionStreams.streams(in: dataset)
    })
let streamQuality = StreamQuality.independentSet()
let demoStreamQuality = StreamQuality.demo(dataset: dataset, truth: output.itemConcerns)

printTable(
    rows, title: "dlxh benchmark — 10-year demo store (release build)",
    notes: [
        "",
        "store: \(files.count) files, \(bytes / 1024) KiB, \(dataset.units.count) units, \(dataset.reports.count) reports, "
            + "\(itemCount) items, \(dataset.hotSpots.count) hot spots (generated and written in \(String(format: "%.1f", generationSeconds)) s)",
        String(format: "peak memory: %.1f MiB", peakMemoryMiB()),
        streamQuality,
        demoStreamQuality,
    ])
