import Foundation
import Testing

/// Issue 14, item 1: pasted text is text. Each test pastes the way a terminal does (tmux's
/// `paste-buffer`, bracketed with `-p` when dlxh asked for it, raw without) and reads the screen.
@Suite("Pasting in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PasteTerminalTests {
    static func inbox(width: Int = 80, height: Int = 24) throws -> (URL, TmuxSession) {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        let tmux = try TmuxSession.dlxh(["--store", store.path, "--today", "2026-11-24"], width: width, height: height)
        try tmux.waitFor("Ngày nhận")
        return (store, tmux)
    }

    /// The message line (the filter line while it is typed into) and the status line.
    static func bottom(_ screen: String) -> [String] { Array(screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(2).map(String.init)) }

    @Test("pasting “long khanh⏎u” into / is text: the filter reads “long khanh u”, still being typed, and u did not undo")
    func bracketedPasteIntoFilter() throws {
        let (store, tmux) = try Self.inbox()
        defer { Dlxh.remove(store); tmux.kill() }
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        let screen = try tmux.pasteAndSettle("long khanh\nu", bracketed: true)
        let lines = Self.bottom(screen)
        #expect(lines[0].contains("Lọc: long khanh u"), "\(screen)")
        #expect(lines[1].contains("Enter Xong"), "the filter line still has the keyboard:\n\(screen)")
        #expect(!screen.contains("hoàn tác"), "\(screen)")
    }

    @Test("a paste holding ESC[2J stays in the filter: the sequence is dropped, the letters and digits after it are text")
    func escapeSequenceInPaste() throws {
        let (store, tmux) = try Self.inbox()
        defer { Dlxh.remove(store); tmux.kill() }
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        let screen = try tmux.pasteAndSettle("bhxh\u{1B}[2J1234q", bracketed: true)
        let lines = Self.bottom(screen)
        #expect(lines[0].contains("Lọc: bhxh1234q"), "\(screen)")
        #expect(lines[1].contains("Enter Xong"), "\(screen)")
        #expect(screen.contains("Ngày nhận"), "still the inbox:\n\(screen)")
        #expect(!screen.contains(TmuxSession.exitMarker))
    }

    @Test("without brackets, a burst holding a line break while the filter is typed is still text")
    func unbracketedBurstIntoFilter() throws {
        let (store, tmux) = try Self.inbox()
        defer { Dlxh.remove(store); tmux.kill() }
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        let screen = try tmux.pasteAndSettle("long khanh\nu", bracketed: false)
        let lines = Self.bottom(screen)
        #expect(lines[0].contains("Lọc: long khanh u"), "\(screen)")
        #expect(lines[1].contains("Enter Xong"), "\(screen)")
        #expect(!screen.contains("hoàn tác"), "\(screen)")
    }

    @Test("a two-line paste into the phone-in form's “Sự việc” (several lines) stays there as two lines, the workers field after it stays empty, the title is saved as one line")
    func twoLinesIntoOneLineField() throws {
        let (store, tmux) = try Self.inbox(width: 100, height: 30)
        defer { Dlxh.remove(store); tmux.kill() }
        try tmux.send("C-n")
        try tmux.waitFor("Ghi nhận nhanh điểm nóng")
        try tmux.type("nhon trach")
        try tmux.waitFor(try Dlxh.unitName(store, "nhon-trach"))
        try tmux.send("Enter")
        try tmux.send("Tab")  // a choice keeps the focus (issue 14, item 9): on to the enterprise
        try tmux.type("Công ty TNHH Điện tử Sao Mai")
        try tmux.send("Tab", "Tab")  // past the kind, onto "Sự việc"
        try tmux.waitFor("Công ty TNHH Điện tử Sao Mai")
        let screen = try tmux.pasteAndSettle("Ngừng việc tập thể\nđòi trả lương tháng 10\n", bracketed: true)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let what = try #require(lines.firstIndex { $0.contains("Sự việc") }, "\(screen)")
        // A multi-line field keeps the lines (issue 14, item 9), inside the field.
        #expect(lines[what].hasSuffix("Ngừng việc tập thể"), "\(screen)")
        #expect(lines[what + 1].trimmingCharacters(in: .whitespaces) == "đòi trả lương tháng 10", "\(screen)")
        // The next field, the number of workers, is as it was: empty.
        let workers = try #require(lines.first { $0.contains("Số CN") }, "\(screen)")
        #expect(workers.trimmingCharacters(in: .whitespaces) == "Số CN", "the paste spilled into the next field:\n\(screen)")
        // Saved as typed: the whole title, no workers count.
        try tmux.send("C-s")
        try tmux.waitFor("Đã tạo điểm nóng")
        try tmux.send("q")
        _ = try tmux.waitForExit()
        let listed = try Dlxh.run(["hotspots", "--store", store.path, "--today", "2026-11-24", "--format", "json"])
        #expect(listed.stdout.contains("Ngừng việc tập thể đòi trả lương tháng 10"))
    }

    @Test("bracketed paste is off while suspended (Ctrl-Z) and after quitting, and on again after fg")
    func pasteModeFollowsTheProgram() throws {
        let store = try Dlxh.demoStore(seed: 1, today: "2026-11-24")
        defer { Dlxh.remove(store) }
        // An interactive sh (no line editor of its own, so it never asks for bracketed paste),
        // with job control: Ctrl-Z stops dlxh and the shell takes the terminal back.
        let command = ["env", "-i", "PATH=/usr/bin:/bin", "HOME=\(NSTemporaryDirectory())", "LANG=C.UTF-8", "TERM=xterm-256color", "PS1=$ ", "sh", "-i"]
        let tmux = try TmuxSession(commandLine: "exec " + command.map(TmuxSession.quote).joined(separator: " "))
        defer { tmux.kill() }
        try tmux.waitFor("$")
        try tmux.type("\(Dlxh.binary) --store \(store.path) --today 2026-11-24")
        try tmux.send("Enter")
        try tmux.waitFor("Ngày nhận")

        try tmux.send("C-z")
        try tmux.waitFor("Stopped")
        try tmux.paste("zzz", bracketed: true)
        var screen = try tmux.waitFor("zzz")
        #expect(!screen.contains("[200~"), "the shell got paste markers while dlxh was stopped:\n\(screen)")

        try tmux.send("C-u")
        try tmux.type("fg")
        try tmux.send("Enter")
        try tmux.waitFor("Ngày nhận")
        try tmux.send("/")
        try tmux.waitFor("Lọc:")
        try tmux.paste("long khanh\nu", bracketed: true)
        try tmux.waitFor("Lọc: long khanh u")

        try tmux.send("Escape")
        try tmux.waitUntilGone("Lọc:")
        try tmux.send("q")
        try tmux.waitUntilGone("Ngày nhận")
        try tmux.paste("yyy", bracketed: true)
        screen = try tmux.waitFor("yyy")
        #expect(!screen.contains("[200~"), "the shell got paste markers after dlxh quit:\n\(screen)")
    }

    @Test("a paste where nothing is being typed runs nothing and says so")
    func pasteOnTheList() throws {
        let (store, tmux) = try Self.inbox()
        defer { Dlxh.remove(store); tmux.kill() }
        let screen = try tmux.pasteAndSettle("q2u\n3", bracketed: true)
        #expect(screen.contains("Đã bỏ qua nội dung dán"), "\(screen)")
        #expect(screen.contains("Ngày nhận") && !screen.contains(TmuxSession.exitMarker), "\(screen)")
    }
}
