import DLXHDemo
import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

let today = Day(year: 2026, month: 11, day: 24)!
let now = Moment(day: today, hour: 9)
let staff = "Lê Thị Thu Hà"

/// A small demo store in a temporary folder, and the effects over it as the interface starts them.
struct Fixture {
    let folder: URL
    let store: Store
    var effects: Effects

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-effects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = DemoGenerator(years: 1, seed: 3, today: today).generate()
        let contents = StoreContents(
            configuration: output.configuration, units: output.units, reports: output.reports, hotSpots: output.hotSpots,
            audit: output.audit)
        store = try Store.create(
            at: folder.appendingPathComponent("store"), contents: contents, manifest: StoreManifest(createdAt: now, createdBy: "test"))
        effects = Effects(store: store, contents: try store.loadReadable(), staff: staff, language: .vi, clock: { now })
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    var dataset: Dataset { effects.contents.dataset }
    /// The store as it is on disk now, read afresh.
    func onDisk() throws -> Dataset { try store.load().dataset }
    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A report with at least one item, and the reference of its first item.
    var firstItem: (report: Report, ref: ItemReference) {
        let report = dataset.reports.sorted { $0.id < $1.id }.first { !$0.items.isEmpty }!
        return (report, ItemReference(reportID: report.id, itemID: report.items[0].id))
    }

    /// Writes bytes over one of the store's files, as a damaged disk or a careless editor would.
    func damage(_ relativePath: String, with text: String = "{ not json") throws {
        try Data(text.utf8).write(to: store.root.appendingPathComponent(relativePath))
    }
}

/// What a message is, in a word, for comparing lists of messages.
func messageKind(_ message: Message) -> String {
    switch message {
    case .key: "key"
    case .text: "text"
    case .resize: "resize"
    case .tick: "tick"
    case .loaded: "loaded"
    case .loadedPrepared: "loadedPrepared"
    case .loadedWith: "loadedWith"
    case .staffState: "staffState"
    case .saved: "saved"
    case .failed: "failed"
    case .stale: "stale"
    case .conflict: "conflict"
    case .draftFound: "draftFound"
    case .notice: "notice"
    case .fileExists: "fileExists"
    case .undoable: "undoable"
    }
}

/// The text a message would put on the message line, in Vietnamese.
func said(_ message: Message) -> String? {
    switch message {
    case .loadedWith(_, let text), .failed(let text), .stale(let text), .notice(let text): text.vi
    case .saved(let result): result.text?.vi
    default: nil
    }
}
