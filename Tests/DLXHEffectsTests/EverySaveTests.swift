import DLXHDomain
import DLXHEffects
import DLXHStore
import DLXHTUI
import Foundation
import Testing

/// One of each kind of `Save`. `SaveKind(of:)` switches over every `Save` case without a
/// default, so a new kind of save does not compile until it has a kind here, and a kind here
/// is not done until `EverySaveTests` runs it against a store.
enum SaveKind: String, CaseIterable {
    case items, reports, deleteReport, markRead, saveViews, hotSpotFromItem, newHotSpot, report, draft, hotSpot
    case hotSpotRecord, exempt, unit, reportFile, reminderFile, newGuidance, relayGuidance, acknowledgeGuidance
    case guidanceOwner, guidanceReminderFile, returnReport, hotSpotOwner, streams, revert, reportParts

    init(of save: Save) {
        switch save {
        case .items: self = .items
        case .reports: self = .reports
        case .deleteReport: self = .deleteReport
        case .markRead: self = .markRead
        case .saveViews: self = .saveViews
        case .hotSpotFromItem: self = .hotSpotFromItem
        case .newHotSpot: self = .newHotSpot
        case .report: self = .report
        case .draft: self = .draft
        case .hotSpot: self = .hotSpot
        case .hotSpotRecord: self = .hotSpotRecord
        case .exempt: self = .exempt
        case .unit: self = .unit
        case .reportFile: self = .reportFile
        case .reminderFile: self = .reminderFile
        case .newGuidance: self = .newGuidance
        case .relayGuidance: self = .relayGuidance
        case .acknowledgeGuidance: self = .acknowledgeGuidance
        case .guidanceOwner: self = .guidanceOwner
        case .guidanceReminderFile: self = .guidanceReminderFile
        case .returnReport: self = .returnReport
        case .hotSpotOwner: self = .hotSpotOwner
        case .streams: self = .streams
        case .revert: self = .revert
        case .reportParts: self = .reportParts
        }
    }
}

@Suite("Every save the interface can ask for, against a temporary store")
struct EverySaveTests {
    static let editor = Editor(staff: staff, now: now)

    static func guidance(_ fixture: Fixture) -> Guidance {
        Guidance(
            id: "", number: "45-CV/BTGDV", date: today.adding(days: -4), issuer: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            text: "Tuyên truyền chính sách tiền lương mới", items: [fixture.firstItem.ref], due: today.adding(days: 6),
            createdAt: now, createdBy: staff)
    }

    /// A guidance already recorded (and relayed, when asked), for the saves that act on one.
    static func storedGuidance(_ fixture: inout Fixture, relayed: Bool = false) throws -> Guidance {
        var stored = try fixture.store.addGuidance(guidance(fixture), by: editor)
        if relayed { stored = try fixture.store.relayGuidance(id: stored.id, on: today, by: editor) }
        _ = fixture.effects.perform(.checkForChanges)
        return stored
    }

    /// The save of that kind, made from the fixture's data (and, where it acts on a record, that record).
    static func save(_ kind: SaveKind, _ fixture: inout Fixture) throws -> Save {
        let (report, ref) = fixture.firstItem
        let spot = fixture.dataset.hotSpots.sorted { $0.id < $1.id }[0]
        let unit = fixture.dataset.units.sorted { $0.id < $1.id }[0]
        switch kind {
        case .items: return .items([ref], [.attitude("frustrated")])
        case .reports: return .reports([report.id], [.archived(true)])
        case .deleteReport: return .deleteReport(report.id)
        case .markRead: return .markRead(report.id)
        case .saveViews: return .saveViews([SavedView(name: "Lương", query: "tiền lương")])
        case .hotSpotFromItem: return .hotSpotFromItem(ref, kind: .wageArrears, title: "Nợ lương từ ý kiến")
        case .newHotSpot:
            return .newHotSpot(HotSpot(
                id: "", title: "Ngừng việc tập thể", kind: .workStoppage, unitID: unit.id, enterprise: Enterprise(name: "Công ty May A"),
                phonedInAt: now, phonedInBy: staff))
        case .report:
            var new = report
            new.id = ""
            new.summary = "Báo cáo mới từ biểu mẫu"
            return .report(new, base: nil)
        case .draft:
            return .draft(ReportDraft(unitID: unit.id, period: "2026-11", receivedOn: "24/11/2026", summary: "Đang gõ dở", savedAt: now))
        case .hotSpot: return .hotSpot(spot.id, .addUpdate("Đã gọi điện cho chủ doanh nghiệp"))
        case .hotSpotRecord:
            var edited = spot
            edited.causes = "Chậm trả lương hai tháng"
            return .hotSpotRecord(edited, base: spot)
        case .exempt: return .exempt(unitID: unit.id, .month(2026, 11), reason: "Đang sáp nhập")
        case .unit:
            return .unit(ReportingUnit(id: "CD-MOI", name: "Công đoàn Khu kinh tế mới", kind: .sectorUnion, activeFrom: today), base: nil)
        case .reportFile: return .reportFile(.month(2026, 10), path: fixture.file("bao-cao.md"))
        case .reminderFile: return .reminderFile(.month(2026, 10), path: fixture.file("nhac-nho.txt"))
        case .newGuidance: return .newGuidance(guidance(fixture))
        case .relayGuidance:
            return .relayGuidance(try storedGuidance(&fixture).id, units: nil, letter: fixture.file("cong-van.md"))
        case .acknowledgeGuidance:
            let stored = try storedGuidance(&fixture, relayed: true)
            return .acknowledgeGuidance(stored.id, unitID: stored.recipients[0].unitID, note: "Đã tuyên truyền")
        case .guidanceOwner: return .guidanceOwner(try storedGuidance(&fixture).id, owner: "Trần Văn Bình")
        case .guidanceReminderFile: return .guidanceReminderFile(path: fixture.file("nhac-phan-hoi.txt"))
        case .returnReport: return .returnReport(report.id, reason: "Thiếu số liệu nợ lương")
        case .hotSpotOwner: return .hotSpotOwner(spot.id, owner: "Trần Văn Bình")
        case .streams:
            let stream = try #require(OpinionStreams.streams(in: fixture.dataset).first { $0.items.contains(ref) })
            return .streams(.rename(stream, to: "Tiền lương tháng 11"))
        case .reportParts:
            let period = Period.month(2026, 10)
            return .reportParts(ReportParts(period: period, assessment: "Tình hình ổn định"), base: ReportParts(period: period))
        case .revert:
            // The undo of a change made just before.
            let messages = fixture.effects.perform(.save(.items([ref], [.proposal("Đề nghị tăng lương tối thiểu vùng")])))
            guard case .undoable(let entry, nil)? = messages.last else { throw UndoMissing(messages: messages.map(messageKind)) }
            return .revert(entry, .undo)
        }
    }

    /// What must be true on disk (and in the messages) once the save is made.
    static func check(_ kind: SaveKind, _ save: Save, _ messages: [Message], _ fixture: Fixture, before: Dataset) throws {
        let disk = try fixture.onDisk()
        let report = before.reports.sorted { $0.id < $1.id }.first { !$0.items.isEmpty }!
        let spot = before.hotSpots.sorted { $0.id < $1.id }[0]
        let unit = before.units.sorted { $0.id < $1.id }[0]
        func exists(_ name: String) -> Bool {
            ((try? Data(contentsOf: URL(fileURLWithPath: fixture.file(name))))?.isEmpty ?? true) == false
        }
        switch kind {
        case .items: #expect(disk.report(report.id)?.items[0].attitude == "frustrated")
        case .reports: #expect(disk.report(report.id)?.archived == true)
        case .deleteReport: #expect(disk.report(report.id) == nil)
        case .markRead: #expect(try fixture.store.staffState(staff).readReports == [report.id])
        case .saveViews: #expect(try fixture.store.staffState(staff).savedViews.map(\.name) == ["Lương"])
        case .hotSpotFromItem:
            #expect(disk.hotSpots.contains { $0.title == "Nợ lương từ ý kiến" && $0.linkedReports == [report.id] })
        case .newHotSpot: #expect(disk.hotSpots.count == before.hotSpots.count + 1)
        case .report:
            #expect(disk.reports.count == before.reports.count + 1)
            #expect(try fixture.store.draft(staff) == nil)
        case .draft: #expect(try fixture.store.draft(staff)?.summary == "Đang gõ dở")
        case .hotSpot: #expect(disk.hotSpots.first { $0.id == spot.id }?.timeline.last?.text == "Đã gọi điện cho chủ doanh nghiệp")
        case .hotSpotRecord: #expect(disk.hotSpots.first { $0.id == spot.id }?.causes == "Chậm trả lương hai tháng")
        case .exempt: #expect(disk.unit(unit.id)?.exemptions.contains { $0.period == .month(2026, 11) } == true)
        case .unit: #expect(disk.unit("CD-MOI")?.name == "Công đoàn Khu kinh tế mới")
        case .reportFile: #expect(exists("bao-cao.md"))
        case .reminderFile: #expect(exists("nhac-nho.txt"))
        case .newGuidance: #expect(disk.guidance.map(\.number) == ["45-CV/BTGDV"])
        case .relayGuidance:
            #expect(exists("cong-van.md"))
            #expect(disk.guidance.first?.recipients.map(\.unitID) == [report.unitID])
        case .acknowledgeGuidance: #expect(disk.guidance.first?.recipients.first?.note == "Đã tuyên truyền")
        case .guidanceOwner: #expect(disk.guidance.first?.owner == "Trần Văn Bình")
        case .guidanceReminderFile: #expect(FileManager.default.fileExists(atPath: fixture.file("nhac-phan-hoi.txt")))
        case .returnReport: #expect(disk.report(report.id)?.returnedForMore?.reason == "Thiếu số liệu nợ lương")
        case .hotSpotOwner: #expect(disk.hotSpots.first { $0.id == spot.id }?.owner == "Trần Văn Bình")
        case .streams:
            let stream = try #require(OpinionStreams.streams(in: disk).first { $0.items.contains(ItemReference(reportID: report.id, itemID: report.items[0].id)) })
            #expect(stream.id == "S-001" && stream.confirmed && stream.title == "Tiền lương tháng 11")
        case .reportParts:
            #expect(disk.parts(for: .month(2026, 10)).assessment == "Tình hình ổn định")
            #expect(messages.contains { said($0) == "Đã lưu phần viết của báo cáo tháng 10/2026." }, "\(messages.map(said))")
        case .revert:
            #expect(disk.report(report.id)?.items[0].proposal != "Đề nghị tăng lương tối thiểu vùng")
            #expect(messages.contains { said($0)?.hasPrefix("Hoàn tác: kiến nghị của 1 ý kiến") == true }, "\(messages.map(said))")
        }
        // The interface hears of it: no failure, and the audit trail as now on disk with saved records.
        #expect(!messages.contains { messageKind($0) == "failed" || messageKind($0) == "stale" }, "\(messages.map(said))")
        #expect(!messages.isEmpty)
        for case .saved(let result) in messages where result.text != nil {
            #expect(result.audit?.count == (try fixture.store.load().audit.count))
        }
    }

    @Test("each save is written through the store and said to the interface", arguments: SaveKind.allCases)
    func everySave(kind: SaveKind) throws {
        var fixture = try Fixture()
        defer { fixture.cleanUp() }
        let made = try Self.save(kind, &fixture)
        #expect(SaveKind(of: made) == kind)
        let before = fixture.dataset
        let messages = fixture.effects.perform(.save(made))
        try Self.check(kind, made, messages, fixture, before: before)
    }
}

struct UndoMissing: Error {
    var messages: [String]
}
