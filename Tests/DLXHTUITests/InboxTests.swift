import DLXHDomain
import Testing

@testable import DLXHTUI

@Suite("Inbox: review and classify")
struct InboxTests {
    func opened(minItems: Int = 3) -> AppState {
        var state = loadedState()
        let position = state.inbox.visible.firstIndex { state.derived.inbox[$0].items.count >= minItems }!
        state.inbox.list.select(position, count: state.inbox.visible.count)
        _ = state.update(.key(.enter))
        return state
    }

    @Test("opening a report marks it read, once")
    func markRead() {
        var state = loadedState()
        let id = state.derived.inbox[state.inbox.visible[0]].id
        #expect(state.update(.key(.enter)) == [.save(.markRead(id))])
        _ = state.update(.key(.escape))
        #expect(state.update(.key(.enter)) == [])
    }

    @Test("the attitude picker sets the selected item's attitude, and u undoes it")
    func classifyAndUndo() throws {
        var state = opened()
        let report = try #require(InboxScreen.openReport(state))
        let item = report.items[0]
        state.press(.character("a"))
        guard case .picker(let picker, _) = state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.selected?.id == item.attitude)  // starts on the current value
        state.type("buc xuc")  // type-ahead without diacritics
        let effects = state.update(.key(.enter))
        let ref = ItemReference(reportID: report.id, itemID: item.id)
        #expect(effects == [.save(.items([ref], [.attitude("frustrated")]))])
        // The save lands; the effects say what it changed; u takes it back through the store.
        var after = report
        after.items[0].attitude = "frustrated"
        let entry = UndoEntry(records: [.report(before: report, after: after)], description: UndoText.ofItems(UIText.attitude, 1))
        _ = state.update(.undoable(entry, from: nil))
        #expect(state.update(.key(.character("u"))) == [.save(.revert(entry, .undo))])
    }

    @Test("choosing step 3 asks for the note, and saves step and note together")
    func stepWithNote() throws {
        var state = opened()
        let report = try #require(InboxScreen.openReport(state))
        state.press(.character("s"))
        state.type("phan anh")
        #expect(state.update(.key(.enter)) == [])
        guard case .prompt = state.overlay else {
            Issue.record("no note prompt")
            return
        }
        state.type("Ban Tuyên giáo và Dân vận Tỉnh ủy")
        let effects = state.update(.key(.enter))
        let ref = ItemReference(reportID: report.id, itemID: report.items[0].id)
        #expect(effects == [.save(.items([ref], [.step(.reportUp, note: "Ban Tuyên giáo và Dân vận Tỉnh ủy")]))])
    }

    @Test("every step change offers its own optional note; Enter on nothing saves the step alone")
    func everyStepOffersANote() throws {
        for (step, typed) in [(HandlingStep.select, "chon loc"), (.classify, "phan loai"), (.relayDown, "phan hoi")] {
            var state = opened()
            let report = try #require(InboxScreen.openReport(state))
            state.press(.character("s"))
            state.type(typed)
            #expect(state.update(.key(.enter)) == [])
            guard case .prompt(let prompt) = state.overlay else {
                Issue.record("no note prompt at step \(step.rawValue)")
                continue
            }
            // The prompt names the step it is for, and says the note may be left empty.
            #expect(prompt.title.hasPrefix("Ghi chú bước \(step.rawValue):"), "\(prompt.title)")
            #expect(prompt.title.contains("có thể bỏ trống"))
            let ref = ItemReference(reportID: report.id, itemID: report.items[0].id)
            #expect(state.update(.key(.enter)) == [.save(.items([ref], [.step(step, note: "")]))])
        }
    }

    @Test("a step note is shown labelled with the step it was written for")
    func stepNoteLabelled() throws {
        var state = opened()
        var report = try #require(InboxScreen.openReport(state))
        report.items[0].step = .classify
        report.items[0].stepNote = "Đối chiếu với biên bản làm việc của CĐCS"
        var dataset = try #require(state.dataset)
        dataset.reports = dataset.reports.map { $0.id == report.id ? report : $0 }
        _ = state.update(.loaded(dataset))
        let lines = InboxScreen.pagerLines(state, reportID: report.id, width: 200).map(\.text)
        #expect(lines.contains { $0.contains("Ghi chú bước 2: Đối chiếu với biên bản làm việc của CĐCS") }, "\(lines)")
    }

    @Test("tagging three items and applying a topic changes exactly those three")
    func tagThreeApplyTopic() throws {
        var state = opened(minItems: 4)
        let report = try #require(InboxScreen.openReport(state))
        // Tag items 1, 2 and 4 (t tags and moves down; j skips one).
        state.press(.character("t"), .character("t"), .character("j"), .character("t"))
        #expect(state.inbox.taggedItems.count == 3)
        state.press(.character("A"))
        state.type("chu de")
        state.press(.enter)
        state.type("nha o")
        let effects = state.update(.key(.enter))
        let expected = [0, 1, 3].map { ItemReference(reportID: report.id, itemID: report.items[$0].id) }
        #expect(effects == [.save(.items(expected, [.topic("housing")]))])
        #expect(state.inbox.taggedItems.isEmpty)
    }

    @Test("a saved result updates the list and the report without a reload")
    func applySaveResult() throws {
        var state = opened()
        var report = try #require(InboxScreen.openReport(state))
        report.items[0].attitude = "opposed"
        report.settleStep()
        _ = state.update(.saved(SaveResult(reports: [report], text: UIText.savedItems(1))))
        #expect(InboxScreen.openReport(state)?.items[0].attitude == "opposed")
        #expect(state.dataset?.report(report.id)?.items[0].attitude == "opposed")
        #expect(state.toast == Toast(UIText.savedItems(1)))
    }

    @Test("search ignores diacritics and finds Vietnamese phrases; field terms narrow by classification")
    func search() {
        var state = loadedState()
        let total = state.inbox.visible.count
        state.press(.character("/"))
        state.type("tien luong")
        let byWords = state.inbox.visible.count
        #expect(byWords > 0 && byWords < total)
        for i in state.inbox.visible {
            // What search covers: the summary, and each item's content, proposal and step note.
            let report = state.derived.inbox[i]
            let text = ([report.summary] + report.items.flatMap { [$0.content, $0.proposal, $0.stepNote] }).joined(separator: " ")
            #expect(Text.fold(text).contains("tien luong"))
        }
        state.type(" bước:1")
        #expect(state.inbox.visible.count <= byWords)
        for i in state.inbox.visible { #expect(state.derived.inbox[i].items.contains { $0.step == .select }) }
    }

    @Test("archived reports leave the default list; z again brings them back")
    func archive() throws {
        var state = loadedState()
        let report = try #require(InboxScreen.selectedReport(state))
        #expect(state.update(.key(.character("z"))) == [.save(.reports([report.id], [.archived(true)]))])
        var archived = report
        archived.archived = true
        _ = state.update(.saved(SaveResult(reports: [archived], text: UIText.savedReports(1))))
        #expect(!state.inbox.visible.map { state.derived.inbox[$0].id }.contains(report.id))
        let entry = UndoEntry(records: [.report(before: report, after: archived)], description: UndoText.describe(.reports([report.id], [.archived(true)]), dataset: nil)!)
        _ = state.update(.undoable(entry, from: nil))
        #expect(state.update(.key(.character("u"))) == [.save(.revert(entry, .undo))])
    }

    @Test("delete asks first, and only a yes deletes")
    func delete() throws {
        var state = loadedState()
        let report = try #require(InboxScreen.selectedReport(state))
        #expect(state.update(.key(.character("D"))) == [])
        #expect(state.update(.key(.character("n"))) == [])
        state.press(.character("D"))
        #expect(state.update(.key(.character("c"))) == [.save(.deleteReport(report.id))])
    }

    @Test("an item's history lists its audit entries with who and when")
    func history() throws {
        var state = opened()
        let report = try #require(InboxScreen.openReport(state))
        let target = "\(report.id)/\(report.items[0].id)"
        state.dataset?.audit.append(
            AuditEntry(at: goldenNow, by: "Nguyễn Hoàng Nam", action: .itemUpdate, target: target, detail: "attitude: “worried” → “frustrated”"))
        state.press(.character("i"))
        guard case .lines(_, let lines) = state.overlay else {
            Issue.record("no history")
            return
        }
        #expect(lines.contains { $0.contains("Nguyễn Hoàng Nam") && $0.contains("09:00 24/11/2026") })
        #expect(lines.contains { $0.contains("frustrated") })
    }
}

@Suite("The inbox query")
struct ReportQueryTests {
    @Test("words and field terms in Vietnamese and English")
    func parse() {
        let q = ReportQuery("tiền lương đơn vị:\"biên hòa\" bước:2 topic:wages")
        #expect(q.words == ["tien luong"])
        #expect(q.terms.map(\.field) == [.unit, .step, .topic])
        #expect(q.terms.map(\.value) == ["bien hoa", "2", "wages"])
        #expect(ReportQuery("Tiền  lương, Đồng Nai").words == ["tien luong", "dong nai"])
    }
}

@Suite("Tagging by the filter")
struct TagByFilterTests {
    @Test("T in a report tags the items matching the filter, and only those")
    func tagMatching() throws {
        var state = loadedState()
        state.press(.character("/"))
        state.type("tien luong")
        state.press(.enter, .enter)
        let report = try #require(InboxScreen.openReport(state))
        state.press(.character("T"))
        let expected = report.items.filter { Text.fold($0.content + " " + $0.proposal + " " + $0.stepNote).contains("tien luong") }
        #expect(!expected.isEmpty)
        #expect(state.inbox.taggedItems == Set(expected.map { ItemReference(reportID: report.id, itemID: $0.id) }))
        state.press(.character("T"))
        #expect(state.inbox.taggedItems.isEmpty)
    }
}
