import DLXHDomain
import DLXHEffects
@testable import DLXHStore
import DLXHTUI
import Foundation
import Testing

/// A store error in the running interface is said, never swallowed: on the message line, and as
/// a mark that the data shown may be stale until a read succeeds again.
@Suite("Store errors reach the interface")
struct StoreErrorTests {
    /// An interface state fed with the fixture's dataset, as at start.
    func state(_ fixture: Fixture) -> AppState {
        var state = AppState(session: Session(storeName: "store", staff: staff, language: .vi), now: now, width: 100, height: 30)
        _ = state.update(.loaded(fixture.dataset))
        return state
    }

    @Test("another process's change is loaded; nothing changed gives nothing")
    func checkForChanges() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        #expect(fixture.effects.perform(.checkForChanges).isEmpty)
        let (report, _) = fixture.firstItem
        try fixture.store.updateReport(id: report.id, by: Editor(staff: "Trần Văn Bình", now: now)) { $0.summary = "Sửa ở máy khác" }
        let messages = fixture.effects.perform(.checkForChanges)
        #expect(messages.map(messageKind) == ["loaded"])
        guard case .loaded(let data) = messages.first else { return }
        #expect(data.report(report.id)?.summary == "Sửa ở máy khác")
    }

    @Test("a roster that cannot be read: said once, marked stale, and cleared by the next good read")
    func unreadableRoster() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        var state = state(fixture)
        let roster = try Data(contentsOf: fixture.store.root.appendingPathComponent(Store.rosterName))
        try fixture.damage(Store.rosterName)

        let first = fixture.effects.perform(.checkForChanges)
        #expect(first.map(messageKind) == ["stale"])
        #expect(said(first[0])?.contains(Store.rosterName) == true, "\(first.map(said))")
        #expect(fixture.effects.staleBecause != nil)
        for message in first { _ = state.update(message) }
        #expect(state.dataMayBeStale)
        let screen = state.view().text
        #expect(screen.contains("Dữ liệu có thể đã cũ"), "\(screen)")
        #expect(screen.contains("Không đọc lại được kho dữ liệu"), "\(screen)")

        // The same error a second later is not said again over whatever the person did meanwhile.
        #expect(fixture.effects.perform(.checkForChanges).isEmpty)

        try roster.write(to: fixture.store.root.appendingPathComponent(Store.rosterName))
        let mended = fixture.effects.perform(.checkForChanges)
        #expect(mended.map(messageKind) == ["loaded"])
        #expect(fixture.effects.staleBecause == nil)
        for message in mended { _ = state.update(message) }
        #expect(!state.dataMayBeStale)
        #expect(!state.view().text.contains("Dữ liệu có thể đã cũ"))
    }

    @Test("a save that lands but cannot be read back: the save counts, the error follows it")
    func saveThenUnreadable() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (_, ref) = fixture.firstItem
        try fixture.damage(Store.rosterName)
        let messages = fixture.effects.perform(.save(.items([ref], [.attitude("frustrated")])))
        #expect(messages.map(messageKind) == ["saved", "stale"], "\(messages.map(said))")
        guard case .saved(let result) = messages.first else { return }
        #expect(result.reports.first?.item(ref.itemID)?.attitude == "frustrated")
        #expect(result.audit == nil, "no audit trail read back from a store that cannot be read")
    }

    @Test("a roster change that cannot be read back says both the change and the error")
    func rosterChangeThenUnreadable() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        // The guidance file is written, then the roster cannot be read back.
        try fixture.damage(Store.rosterName)
        let messages = fixture.effects.perform(.save(.newGuidance(EverySaveTests.guidance(fixture))))
        #expect(messages.map(messageKind) == ["stale"], "\(messages.map(said))")
        #expect(said(messages[0])?.contains("G-2026-001") == true, "\(messages.map(said))")
        #expect(said(messages[0])?.contains(Store.rosterName) == true, "\(messages.map(said))")
    }

    @Test("a damaged record file makes the store read-only: saves are refused and say which file")
    func readOnly() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (_, ref) = fixture.firstItem
        let path = Store.reportsPath(.month(2026, 10))
        try fixture.damage(path)
        let messages = fixture.effects.perform(.checkForChanges)
        #expect(messages.map(messageKind) == ["loaded", "failed"])
        #expect(said(messages[1])?.contains(path) == true)
        let refused = fixture.effects.perform(.save(.items([ref], [.attitude("frustrated")])))
        #expect(refused.map(messageKind) == ["failed"])
        #expect(said(refused[0])?.hasPrefix("⚠ Chỉ đọc") == true)
        #expect(fixture.effects.perform(.processIncoming).map(messageKind) == ["failed"])
    }

    @Test("an edit that meets someone else's change of the same field comes back as a conflict to choose")
    func conflict() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (report, _) = fixture.firstItem
        try fixture.store.updateReport(id: report.id, by: Editor(staff: "Trần Văn Bình", now: now)) { $0.summary = "Của Bình" }
        var mine = report
        mine.summary = "Của Hà"
        let messages = fixture.effects.perform(.save(.report(mine, base: report)))
        // The store is read again under the lock before the save (what an undo would go back to):
        // the other's change reaches the interface first, then the conflict.
        #expect(messages.map(messageKind) == ["loaded", "conflict"])
        #expect(try fixture.onDisk().report(report.id)?.summary == "Của Bình")
    }

    @Test("files dropped into incoming/ are imported, loaded and said")
    func incoming() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        var reports = Array(fixture.dataset.reports.filter { $0.period == .month(2026, 10) && !$0.items.isEmpty }.prefix(1))
        reports[0].documentNumber = "MOI-1/BC"
        let data = try ExchangeFile(exportedAt: now, exportedBy: "Đơn vị gửi", reports: reports).encoded()
        try FileManager.default.createDirectory(at: fixture.store.incomingURL, withIntermediateDirectories: true)
        let url = fixture.store.incomingURL.appendingPathComponent("gui.json")
        try data.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: url.path)
        let count = fixture.dataset.reports.count
        let messages = fixture.effects.perform(.processIncoming)
        #expect(messages.map(messageKind) == ["loaded", "notice"], "\(messages.map(said))")
        guard case .loaded(let data) = messages.first else { return }
        #expect(data.reports.count == count + 1)
        #expect(fixture.effects.perform(.processIncoming).isEmpty)
    }

    @Test("at start: read marks and a draft come back; a damaged staff file is said, not skipped")
    func start() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (report, _) = fixture.firstItem
        _ = fixture.effects.perform(.save(.markRead(report.id)))
        _ = fixture.effects.perform(.save(.draft(ReportDraft(period: "2026-11", receivedOn: "24/11/2026", savedAt: now))))
        #expect(fixture.effects.start().map(messageKind) == ["staffState", "draftFound"])
        let staffFiles = try FileManager.default.contentsOfDirectory(
            at: fixture.store.root.appendingPathComponent("staff"), includingPropertiesForKeys: nil)
        for file in staffFiles where file.pathExtension == "json" { try Data("{".utf8).write(to: file) }
        #expect(fixture.effects.start().contains { messageKind($0) == "failed" })
    }

    @Test("a save while another writer holds the lock is kept pending, said, and lands in order on the retry")
    func lockBusy() throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let (report, ref) = fixture.firstItem
        var effects = fixture.effects
        let (first, second) = try fixture.store.holdingLock {
            (effects.perform(.save(.items([ref], [.attitude("worried")]))), effects.perform(.save(.items([ref], [.attitude("frustrated")]))))
        }
        #expect(first.map(messageKind) == ["failed"] && second.map(messageKind) == ["failed"])
        #expect(said(second[0])?.contains("2") == true, "\(second.map(said))")
        #expect(effects.pendingSaves.count == 2)
        #expect(effects.unsavedReport(.vi)?.hasPrefix("2 thay đổi chưa được lưu") == true)
        #expect(try fixture.onDisk().report(report.id)?.item(ref.itemID)?.attitude != "frustrated")

        let retried = effects.retryPendingSaves()
        #expect(retried.map(messageKind) == ["saved", "undoable", "saved", "undoable", "notice"], "\(retried.map(said))")
        #expect(effects.pendingSaves.isEmpty && effects.unsavedReport(.vi) == nil)
        #expect(try fixture.onDisk().report(report.id)?.item(ref.itemID)?.attitude == "frustrated")
    }
}
