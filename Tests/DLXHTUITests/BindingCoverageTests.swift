import DLXHDomain
import Foundation
import Testing

@testable import DLXHTUI

/// Every binding of every screen, panel, form and overlay, pressed in a state where it applies:
/// each must be handled (change something or ask for an effect) and be listed in Docs/KEYS.md.
@Suite("Key maps: every binding is handled and documented")
struct BindingCoverageTests {
    /// A place in the interface and the key docs in force there.
    struct Situation {
        var name: String
        var state: AppState
        var docs: [KeyDoc]
    }

    /// Keys that may do nothing in the situation the test builds, and why.
    static let documentedNoOps: [String: Set<String>] = [
        // Nothing typed into the filter: nothing to clear.
        "inbox list": ["Esc"],
        // No filter: no matching item to jump to ("inbox report, filtered" presses them).
        "inbox report": ["n", "N"],
        // A form with no error shown: no error to go to ("entry form with errors" presses it).
        "entry form": ["Ctrl-G"],
        // Ctrl-N while the phone-in form is open keeps it as typed.
        "phone-in form": ["Ctrl-N", "F2"],
    ]

    static func same(_ a: AppState, _ b: AppState) -> Bool {
        a.sameComponents(as: b) && a.overlay == b.overlay && a.overlayScroll == b.overlayScroll && a.toast == b.toast && a.screen == b.screen
            && a.undoStack == b.undoStack && a.redoStack == b.redoStack && a.readReports == b.readReports
    }

    /// The state's own docs for what has the keyboard (the overlay's when one is open).
    static func situation(_ name: String, _ state: AppState, docs: [KeyDoc]? = nil) -> Situation {
        Situation(name: name, state: state, docs: docs ?? (state.focusedSlot.keyDocs(state) + state.globalKeyMap.docs))
    }

    static func withGuidance() -> AppState {
        var (data, _) = GuidanceTests.datasetWithGuidance(acknowledged: false)
        data.guidance[0].recipients.removeLast()  // one unit still to relay to, one awaiting its ack
        for n in 2...3 {
            var older = data.guidance[0]
            older.id = "G-2026-00\(n)"
            older.date = older.date.adding(days: -n)
            data.guidance.append(older)
        }
        return GuidanceTests.state(data, width: 100, height: 30)
    }

    static var situations: [Situation] {
        var all: [Situation] = []
        var s = loadedState()
        s.press(.down, .down)
        all.append(situation("inbox list", s))
        s.type("/luong")
        all.append(situation("inbox list, filtered", { var f = s; f.press(.enter, .down, .down); return f }()))
        all.append(situation("inbox filter line", s, docs: InboxScreen.filterLineKeyMap.docs))
        var report = ClassifyGoldenTests().openedReport()
        report.press(.down)
        all.append(situation("inbox report", report))
        var filtered = loadedState()
        let word = "lương"
        filtered.type("/" + word)
        filtered.press(.enter)
        let position = filtered.inbox.visible.firstIndex {
            filtered.derived.inbox[$0].items.filter { SearchText.itemMatches($0, words: [Text.fold(word)]) }.count >= 2
        }!
        filtered.inbox.list.select(position, count: filtered.inbox.visible.count)
        filtered.press(.enter)
        all.append(situation("inbox report, filtered", filtered, docs: InboxScreen.reportKeyMap.docs.filter { ["n", "N"].contains($0.label) }))

        var entry = loadedState()
        entry.press(.character("2"), .down)
        all.append(situation("entry list", entry))
        entry.press(.character("n"), .tab)
        all.append(situation("entry form", entry, docs: FormKeys.docs.filter { !["x"].contains($0.label) } + AppState.formGlobalKeyMap.docs))
        var withErrors = entry
        withErrors.press(.control("s"))
        all.append(situation("entry form with errors", withErrors, docs: FormKeys.docs.filter { $0.label == "Ctrl-G" }))
        var flag = entry
        for _ in 0..<6 { flag.press(.tab) }
        all.append(situation("entry form, on the tick box", flag, docs: FormKeys.docs.filter { ["x", "Space", "Enter"].contains($0.label) }))
        var items = loadedState()
        let editable = items.derived.recentlyEntered.firstIndex { $0.items.count >= 3 }!
        items.press(.character("2"))
        items.entry.recent.select(editable, count: items.derived.recentlyEntered.count)
        items.press(.character("e"))
        for _ in 0..<8 { items.press(.tab) }
        items.press(.down)
        all.append(situation("entry item list", items))
        var editor = items
        editor.press(.enter, .tab, .tab)
        all.append(situation("entry item editor", editor))

        var spots = loadedState(width: 100, height: 30)
        spots.press(.character("3"), .down)
        all.append(situation("hot-spot list", spots))
        var record = spots
        record.press(.enter, .down, .down)
        all.append(situation("hot-spot record", record))
        var phoneIn = spots
        phoneIn.press(.character("N"), .tab)
        all.append(situation("phone-in form", phoneIn))

        var matrix = loadedState(width: 120, height: 40)
        matrix.press(.character("4"), .down, .left)
        all.append(situation("dashboard matrix", matrix))
        var owing = matrix
        owing.press(.character("v"), .down)
        all.append(situation("dashboard owing", owing))
        var roster = owing
        roster.press(.character("v"))
        let ended = roster.dataset!.units.firstIndex { $0.activeTo != nil }!  // r reactivates an ended unit
        roster.dashboard.roster.select(ended, count: roster.dataset!.units.count)
        all.append(situation("dashboard roster", roster))
        var unitForm = roster
        unitForm.press(.character("a"), .tab)
        all.append(situation("unit form", unitForm))
        var preview = matrix
        preview.press(.character("R"), .left, .down, .down)
        all.append(situation("report preview", preview))

        var trends = matrix
        trends.press(.character("t"), .down)
        all.append(situation("trends panel", trends))
        var streams = matrix
        streams.press(.character("s"), .down)
        all.append(situation("streams panel", streams))
        var stream = streams
        stream.press(.up, .enter, .down)
        all.append(situation("a stream opened", stream))

        var panel = withGuidance()
        panel.press(.character("4"), .character("c"), .down)
        all.append(situation("guidance panel", panel))
        var guidanceForm = report
        guidanceForm.press(.character("P"), .tab)
        all.append(situation("guidance form", guidanceForm))

        var picker = report
        picker.press(.character("c"))
        if case .picker(var open, let reply) = picker.overlay {
            open.list.select(open.options.count / 2, count: open.options.count)
            picker.overlay = .picker(open, reply)
        }
        all.append(situation("picker", picker, docs: Picker.keyMap.docs))
        var prompt = report
        prompt.press(.character("e"))
        prompt.type("abc def")
        prompt.press(.left, .left, .left)
        all.append(situation("prompt", prompt, docs: Prompt.keyMap.docs))
        all.append(situation("text field", prompt, docs: TextField.keyMap.docs))
        var confirm = s
        confirm.press(.escape, .character("D"))
        all.append(situation("yes/no question", confirm, docs: ConfirmDialog.keyMap.docs))
        var help = s
        help.press(.escape, .character("?"), .down, .down)  // scrolled into the middle: every scroll key moves it
        all.append(situation("help", help, docs: ReadOnlyOverlay.keyMap.docs))
        var area = entry
        area.entry.form?.focus = 6  // the summary, a multi-line field
        area.type("một\nhai")
        area.press(.up)
        all.append(situation("text area", area, docs: TextArea.keyMap.docs.filter { $0.label != "↑" }))
        var areaTop = area
        areaTop.press(.down)
        all.append(situation("text area, second line", areaTop, docs: TextArea.keyMap.docs.filter { $0.label == "↑" }))
        return all
    }

    @Test("every binding in force changes the state or asks for an effect")
    func handled() {
        let keys = KeyReference.markdown()
        var pressed = 0
        for situation in Self.situations {
            #expect(!situation.docs.isEmpty, "\(situation.name): no key map in force")
            for doc in situation.docs {
                for key in doc.keys {
                    var after = situation.state
                    let effects = after.update(.key(key))
                    pressed += 1
                    let handled = !effects.isEmpty || !Self.same(situation.state, after)
                    // The key of the tab already shown goes nowhere.
                    let here = key == .character(Character(String(situation.state.screen.rawValue)))
                    let allowed = here || Self.documentedNoOps[situation.name]?.contains(key.name) == true
                    #expect(handled || allowed, "\(situation.name): \(key.name) (\(doc.help.en)) did nothing")
                }
                let row = KeyReference.row(doc, .vi)
                #expect(keys.contains(row), "\(situation.name): \(doc.label) is not in Docs/KEYS.md as \(row)")
            }
        }
        #expect(pressed > 250)
    }

    @Test("the conflict dialog's keys: each moves, switches or closes it")
    func conflictKeys() {
        var state = loadedState()
        let report = state.derived.inbox[0]
        let conflict = EditConflict(
            kind: .report, id: report.id,
            conflicts: [
                MergeConflict(path: "summary", field: "summary", base: .string("a"), mine: .string("b"), theirs: .string("c")),
                MergeConflict(path: "documentNumber", field: "documentNumber", base: .string("1"), mine: .string("2"), theirs: .string("3")),
                MergeConflict(path: "channel", field: "channel", base: .string("email"), mine: .string("phone"), theirs: .string("document")),
            ], theirsBy: "Ngọc", theirsAt: goldenNow)
        _ = state.update(.conflict(conflict, retry: .report(report, base: report)))
        state.press(.down, .character(" "))  // the middle field, switched to mine: neither all mine nor all theirs
        for doc in ConflictDialog.keyMap.docs {
            for key in doc.keys {
                var after = state
                let effects = after.update(.key(key))
                #expect(!effects.isEmpty || after.overlay != state.overlay, "conflict dialog: \(key.name) did nothing")
            }
        }
    }
}
