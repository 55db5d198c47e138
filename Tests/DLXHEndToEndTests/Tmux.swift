import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real terminal for the full-screen interface: a detached tmux session of a given size, driven
/// by `send-keys` and read back with `capture-pane`. Each session runs on its own tmux server (a
/// socket in the session's private folder, no config file), so tests never touch a user's tmux
/// and never race a server that is still shutting down.
///
/// `TmuxSession.dlxh(…)` runs the binary under test inside a small shell script that records the
/// pid of dlxh, its exit status and `stty -a` of the terminal after it exits, then prints a
/// marker and keeps the pane open, so the screen dlxh left behind can be read too.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The line the wrapper script prints once dlxh has exited.
    static let exitMarker = "== dlxh exited"

    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { tmuxPath != nil }

    let name: String
    /// The server's socket, in `folder` (tmux leaves its sockets behind; the folder goes at the end).
    let socket: String
    /// A private folder for the wrapper script and the files it writes.
    let folder: URL
    private(set) var width: Int
    private(set) var height: Int
    private var killed = false

    var pidFile: URL { folder.appendingPathComponent("pid") }
    var statusFile: URL { folder.appendingPathComponent("status") }
    var sttyFile: URL { folder.appendingPathComponent("stty") }
    var idleFile: URL { folder.appendingPathComponent("frames") }

    /// Starts `tmux new-session -d -s <unique> -x W -y H` running `commandLine` with sh (written
    /// to a script file, so it needs no quoting for tmux). It may use $DLXH_TMUX_DIR, the session's
    /// private folder.
    init(width: Int = 80, height: Int = 24, commandLine: String) throws {
        guard Self.isAvailable else { throw Failure("tmux is not installed") }
        let id = UUID().uuidString.prefix(8).lowercased()
        name = "dlxh-\(id)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-tmux-\(id)")
        socket = folder.appendingPathComponent("tmux.sock").path
        self.width = width
        self.height = height
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("run.sh")
        try ("#!/bin/sh\nDLXH_TMUX_DIR=\(Self.quote(folder.path))\nexport DLXH_TMUX_DIR\n\(commandLine)\n")
            .write(to: script, atomically: true, encoding: .utf8)
        // new-session's output goes to a file of its own, which the server keeps open.
        let result = try Self.tmux(
            socket: socket, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh \(Self.quote(script.path))"],
            outputFile: folder.appendingPathComponent("tmux-start"))
        guard result.status == 0 else { throw Failure("tmux new-session failed: \(result.output)") }
    }

    /// A session running the binary under test with `arguments`, under a clean environment:
    /// PATH, HOME, USER, LANG (unless nil), TERM, DLXH_IDLE_FILE, plus `environment`. LC_ALL and
    /// the other LC_ variables are never set unless `environment` sets them.
    static func dlxh(
        _ arguments: [String], width: Int = 80, height: Int = 24, lang: String? = "C.UTF-8", term: String = "xterm-256color",
        environment: [String: String] = [:]
    ) throws -> TmuxSession {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "USER": "tester", "TERM": term]
        if let lang { env["LANG"] = lang }
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }.joined(separator: " ")
        let command = ([Dlxh.binary] + arguments).map(quote).joined(separator: " ")
        // The inner sh writes its own pid, then execs env, which execs dlxh: the pid is dlxh's.
        let commandLine = """
            sh -c 'echo $$ > "$DLXH_TMUX_DIR/pid"; exec "$@"' sh env -i \(assignments) DLXH_IDLE_FILE="$DLXH_TMUX_DIR/frames" \(command)
            status=$?
            stty -a > "$DLXH_TMUX_DIR/stty.tmp" 2>&1; mv "$DLXH_TMUX_DIR/stty.tmp" "$DLXH_TMUX_DIR/stty"
            echo $status > "$DLXH_TMUX_DIR/status.tmp"; mv "$DLXH_TMUX_DIR/status.tmp" "$DLXH_TMUX_DIR/status"
            echo "\(exitMarker) $status =="
            exec sleep 600
            """
        return try TmuxSession(width: width, height: height, commandLine: commandLine)
    }

    deinit { kill() }

    // MARK: Driving

    /// Keys by tmux name: "Enter", "Escape", "Tab", "BTab", "Down", "C-l", or plain characters.
    func send(_ keys: String...) throws {
        let result = try run(["send-keys", "-t", target] + keys)
        guard result.status == 0 else { throw Failure("send-keys \(keys) failed: \(result.output)") }
    }

    /// Text typed literally, character by character.
    func type(_ text: String) throws {
        let result = try run(["send-keys", "-t", target, "-l", text])
        guard result.status == 0 else { throw Failure("send-keys -l \(text) failed: \(result.output)") }
    }

    /// Pastes `text` as a terminal does: with `bracketed`, `paste-buffer -p`, which wraps it in
    /// ESC[200~ … ESC[201~ only if the program asked for bracketed paste (ESC[?2004h); without,
    /// plain `paste-buffer`, which sends it as it is (line feeds as carriage returns), in one write.
    func paste(_ text: String, bracketed: Bool) throws {
        let file = folder.appendingPathComponent("paste.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let loaded = try run(["load-buffer", "-b", "dlxh-paste", file.path])
        guard loaded.status == 0 else { throw Failure("load-buffer failed: \(loaded.output)") }
        let pasted = try run(["paste-buffer", "-d", "-b", "dlxh-paste", "-t", target] + (bracketed ? ["-p"] : []))
        guard pasted.status == 0 else { throw Failure("paste-buffer failed: \(pasted.output)") }
    }

    /// Pastes and waits until dlxh has handled it and the screen stopped changing.
    @discardableResult
    func pasteAndSettle(_ text: String, bracketed: Bool) throws -> String {
        let before = frame()
        try paste(text, bracketed: bracketed)
        return try settle(since: before)
    }

    func resize(_ width: Int, _ height: Int) throws {
        let result = try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
        guard result.status == 0 else { throw Failure("resize-window failed: \(result.output)") }
        self.width = width
        self.height = height
    }

    /// The tty of the pane: writing to it puts bytes on the screen behind dlxh's back.
    func paneTTY() throws -> String {
        try run(["display-message", "-p", "-t", target, "#{pane_tty}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Reading

    /// The screen as text, one line per row (trailing blanks kept with `keepTrailingSpaces`).
    func capture(keepTrailingSpaces: Bool = false) throws -> String {
        let result = try run(["capture-pane", "-p", "-t", target] + (keepTrailingSpaces ? ["-N"] : []))
        guard result.status == 0 else { throw Failure("capture-pane failed: \(result.output)") }
        var text = result.output
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func lines(keepTrailingSpaces: Bool = false) throws -> [String] {
        try capture(keepTrailingSpaces: keepTrailingSpaces).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil("\"\(text)\" to appear", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until it no longer contains `text`; returns that screen.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil("\"\(text)\" to go", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds on a whole frame; throws with the
    /// last screen. A capture can catch dlxh half way through drawing a frame (seen under the
    /// full suite's load: the list drawn, the message line not yet), so a screen that meets the
    /// condition is taken only once a second capture 50 ms later shows the same.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) {
                usleep(50_000)
                let again = try capture()
                if again == screen || (Date() > deadline && condition(again)) { return again }
                continue
            }
            if Date() > deadline { break }
            usleep(50_000)
        }
        throw Failure("timed out after \(timeout) s waiting for \(what). Last screen (\(width)×\(height)):\n\(framed(screen))")
    }

    /// The frame counter dlxh writes after every draw (DLXH_IDLE_FILE), or nil before the first.
    func frame() -> Int? {
        guard let text = try? String(contentsOf: idleFile, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until dlxh has drawn at least two frames after `since`: the first may be a timeout's
    /// redraw already under way, the second certainly follows everything sent before `since` was
    /// read. Then waits until two captures 50 ms apart agree, so tmux has taken in the output too.
    @discardableResult
    func settle(since: Int?, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        let target = (since ?? 0) + 2
        while (frame() ?? 0) < target {
            if Date() > deadline { throw Failure("dlxh drew no frame after \(since ?? 0) within \(timeout) s:\n\(framed(try capture()))") }
            usleep(20_000)
        }
        var previous = try capture()
        while true {
            usleep(50_000)
            let screen = try capture()
            if screen == previous { return screen }
            if Date() > deadline { return screen }
            previous = screen
        }
    }

    /// Sends keys and waits until dlxh has handled them and the screen stopped changing.
    @discardableResult
    func sendAndSettle(_ keys: String...) throws -> String {
        let before = frame()
        let result = try run(["send-keys", "-t", target] + keys)
        guard result.status == 0 else { throw Failure("send-keys \(keys) failed: \(result.output)") }
        return try settle(since: before)
    }

    // MARK: After dlxh

    /// dlxh's pid, once the wrapper wrote it.
    func dlxhPID(timeout: Double = 10) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
                let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return pid
            }
            if Date() > deadline { throw Failure("no pid file") }
            usleep(20_000)
        }
    }

    /// Waits for dlxh to exit; returns its exit status and the `stty -a` taken right after.
    func waitForExit(timeout: Double = 10) throws -> (status: Int32, stty: String) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let status = try? String(contentsOf: statusFile, encoding: .utf8),
                let code = Int32(status.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                let stty = (try? String(contentsOf: sttyFile, encoding: .utf8)) ?? ""
                return (code, stty)
            }
            if Date() > deadline {
                throw Failure("dlxh did not exit within \(timeout) s. Screen:\n\(framed((try? capture()) ?? ""))")
            }
            usleep(50_000)
        }
    }

    /// Ends the session (and with it this private tmux server) and removes the private folder.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-session", "-t", name])  // the server is ours alone: it exits with its last session
        if (try? run(["has-session", "-t", name]))?.status == 0 { _ = try? run(["kill-server"]) }
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Helpers

    /// A screen with a ruler and row numbers, for failure messages.
    func framed(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let ruler = String((0..<width).map { $0 % 10 == 0 ? Character(String($0 / 10 % 10)) : "·" })
        return (["    " + ruler] + rows.enumerated().map { String(repeating: " ", count: max(0, 3 - String($0.offset).count)) + "\($0.offset) " + $0.element + "│" })
            .joined(separator: "\n")
    }

    private var target: String { name + ":" }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.tmux(socket: socket, arguments, outputFile: folder.appendingPathComponent("tmux-output"))
    }

    /// Runs a tmux command and waits for it. Not with Foundation's Process: the server that
    /// new-session starts inherits whatever the client has open – a pipe, or the socket Process
    /// watches to learn that a child exited – and keeps it for its whole life, so neither would
    /// ever report the end. Here the client gets /dev/null, a file for its output and nothing
    /// else, and waitpid sees it exit.
    private static func tmux(socket: String, _ arguments: [String], outputFile: URL) throws -> (status: Int32, output: String) {
        let argv = [tmuxPath ?? "/usr/bin/tmux", "-S", socket, "-f", "/dev/null"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")  // a test run from inside tmux must still start its own server
        let envp = environment.map { "\($0.key)=\($0.value)" }

        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Everything else the test process has open stays behind (glibc ignores fds closed since).
        let openFDs = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))
            ?? (try? FileManager.default.contentsOfDirectory(atPath: "/dev/fd")) ?? []
        for fd in openFDs.compactMap(Int32.init) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        let cArgv = cStrings(argv)
        let cEnvp = cStrings(envp)
        defer { (cArgv + cEnvp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgv, cEnvp)
        guard spawned == 0 else { throw Failure("cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure("waitpid on tmux: errno \(errno)") }
        }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let data = (try? Data(contentsOf: outputFile)) ?? Data()
        return (exitStatus, String(decoding: data, as: UTF8.self))
    }

    /// Single-quotes a word for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Where a substring starts in a line, counted in Characters (one per column for the text here).
func column(of needle: String, in line: String) -> Int? {
    guard let range = line.firstRange(of: needle) else { return nil }
    return line.distance(from: line.startIndex, to: range.lowerBound)
}

/// Where the first match of `pattern` starts in a line, counted in Characters.
func column(ofPattern pattern: String, in line: String) -> Int? {
    guard let regex = try? Regex(pattern), let match = line.firstMatch(of: regex) else { return nil }
    return line.distance(from: line.startIndex, to: match.range.lowerBound)
}
