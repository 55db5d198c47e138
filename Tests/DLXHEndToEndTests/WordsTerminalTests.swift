import Foundation
import Testing

/// Issue 14, item 10, in a real terminal in English: one item is "1 item", not "1 items"; the
/// hot-spot alerts say what is owed in plain words, not "Confed. not told".
@Suite("Words in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WordsTerminalTests {
    static let today = "2026-11-24"

    @Test("English at 120×40: a change to one item and its undo say “1 item”; alerts in plain words")
    func pluralsAndPlainWords() throws {
        let store = try Dlxh.demoStore(seed: 1, today: Self.today)
        defer { Dlxh.remove(store) }
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", Self.today, "--lang", "en"], width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Received")
        try tmux.send("Enter")
        try tmux.waitFor("Attitude")
        try tmux.send("a")
        try tmux.waitFor("Type to filter")
        try tmux.send("Down", "Enter")
        let saved = try tmux.waitFor("Saved changes to")
        #expect(saved.contains("Saved changes to 1 item.") && !saved.contains("1 items"), "\(tmux.framed(saved))")
        try tmux.send("u")
        let undone = try tmux.waitFor("Undone")
        // Undo names the field and the count (issue 14, item 2): "Undone: attitude of 1 item".
        #expect(undone.contains("of 1 item") && !undone.contains("1 items"), "\(tmux.framed(undone))")

        try tmux.send("Escape")
        try tmux.send("3")
        let spots = try tmux.waitFor("Alert")
        #expect(!spots.contains("Confed."), "\(tmux.framed(spots))")
        #expect(spots.contains("Confederation") || spots.contains("Not acknowledged"), "\(tmux.framed(spots))")
        #expect(!spots.contains("Worke…"), "\(tmux.framed(spots))")
    }
}
