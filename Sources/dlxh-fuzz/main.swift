// dlxh-fuzz: a deterministic, seeded fuzzer for the files dlxh reads.
//
//   dlxh-fuzz [--kind store|exchange|incoming|all] [--cases N] [--seed S] [--jobs J]
//             [--dlxh PATH] [--first K] [--case K] [--keep] [--control-chars fail|report]
//             [--quiet] [--table-file PATH] [--every N] [--results DIR] [--chunk N] [--spawn]
//
// Long runs: --table-file keeps the table so far in a file, rewritten every N cases (--every,
// 100); --results DIR runs each kind's cases in chunks (--chunk, 5,000), keeps each finished
// chunk in DIR/KIND-sSEED-FIRST-END.txt and skips it when the same command runs again, so a
// killed run resumes where it stopped; DIR/table-sSEED.txt holds the whole table so far.
//
// Each case breaks one file (Mutations.swift: truncation, bit flips, wrong types, huge numbers,
// deep nesting, long strings, invalid UTF-8, NUL, BOM, duplicate keys and ids, unknown
// references, impossible dates, control characters, out-of-range values) and runs the REAL dlxh
// binary on it as a subprocess, so that a crash is seen as a signal:
//
//   store     a file of the fixture store (SmallStore.swift) is replaced; `check`, then the
//             read commands, or when refused, `status` and an `import` of a good file (a write
//             attempt)
//   exchange  `dlxh import` of a broken exchange file
//   incoming  a broken exchange file dropped into incoming/, then `dlxh incoming`
//
// and checks: no process dies by a signal or hangs; a refusal is lines starting "dlxh: " on
// standard error (an incoming rejection: a reason note, one " | "-separated line per problem);
// nothing in the store changed after a refused command (every store file byte for byte); what
// was accepted passes `dlxh check` and `status`, `export`, `hotspots`, `report`, `matrix`. Raw control
// characters (ESC, C0 but \n and \t, C1, DEL) in any output or reason note are counted apart.
//
// Prints a table kind × cases × failures and exits 1 on any failure, naming the seed and case of
// each so that `--kind K --seed S --case N --keep` replays it and keeps the files.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: Options

struct Options {
    var kinds = ["store", "exchange", "incoming"]
    var cases = 1000
    var seed: UInt64 = 1
    var jobs = 1
    var dlxh: String
    var onlyCase: Int?
    var first = 0
    var keep = false
    /// Each dlxh its own process instead of a child of a fork server.
    var spawn = false
    var controlCharsFail = true
    var quiet = false
    /// The table so far, rewritten every `every` cases and at the end.
    var tableFile: URL?
    var every = 100
    /// Resumable runs: each chunk of cases kept in a file of this folder once finished.
    var results: URL?
    var chunk = 5000

    init(_ arguments: [String]) throws {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        dlxh = own.deletingLastPathComponent().appendingPathComponent("dlxh").path
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw UsageError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--kind":
                let kind = try value()
                guard kind == "all" || ["store", "exchange", "incoming"].contains(kind) else { throw UsageError("unknown kind \(kind)") }
                kinds = kind == "all" ? ["store", "exchange", "incoming"] : [kind]
            case "--cases": cases = try Int(value()).flatMap { $0 >= 0 ? $0 : nil } ?? { throw UsageError("--cases N") }()
            case "--seed": seed = try UInt64(value()) ?? { throw UsageError("--seed S") }()
            case "--jobs": jobs = try Int(value()).flatMap { $0 >= 1 ? $0 : nil } ?? { throw UsageError("--jobs J") }()
            case "--dlxh": dlxh = try value()
            case "--first": first = try Int(value()).flatMap { $0 >= 0 ? $0 : nil } ?? { throw UsageError("--first N") }()
            case "--case": onlyCase = try Int(value()) ?? { throw UsageError("--case N") }()
            case "--keep": keep = true
            case "--spawn": spawn = true
            case "--quiet": quiet = true
            case "--table-file": tableFile = URL(fileURLWithPath: try value())
            case "--every": every = try Int(value()).flatMap { $0 >= 1 ? $0 : nil } ?? { throw UsageError("--every N") }()
            case "--results": results = URL(fileURLWithPath: try value())
            case "--chunk": chunk = try Int(value()).flatMap { $0 >= 1 ? $0 : nil } ?? { throw UsageError("--chunk N") }()
            case "--control-chars":
                let mode = try value()
                guard mode == "fail" || mode == "report" else { throw UsageError("--control-chars fail|report") }
                controlCharsFail = mode == "fail"
            case "-h", "--help":
                print("usage: dlxh-fuzz [--kind store|exchange|incoming|all] [--cases N] [--seed S] [--jobs J] [--dlxh PATH] [--first K] [--case K] [--keep] [--control-chars fail|report] [--quiet] [--table-file PATH] [--every N] [--results DIR] [--chunk N] [--spawn]")
                exit(0)
            default: throw UsageError("unknown argument \(arguments[i])")
            }
            i += 1
        }
    }
}

struct UsageError: Error {
    var text: String
    init(_ text: String) { self.text = text }
}

// MARK: Running dlxh

struct Run {
    var command: String
    var status: Int32
    var signal: Int32?
    var timedOut: Bool
    var stdout: Data
    var stderr: Data
}

/// The environment every dlxh run gets: a fixed day, English, no terminal.
func environment(home: String) -> [String] {
    [
        "PATH=/usr/bin:/bin", "HOME=\(home)", "LANG=C.UTF-8", "USER=fuzz", "DLXH_TODAY=2026-11-24", "DLXH_LANG=en", "TERM=dumb",
    ]
}

/// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), which Swift's Glibc module
/// does not show.
nonisolated(unsafe) let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
}()

/// Runs dlxh with output to files (no pipe can fill up), killing it after `timeout` seconds.
///
/// In a child of the worker's dlxh fork server (ForkServerClient.swift) unless `--spawn` is given:
/// starting dlxh and loading its libraries was half of a case. With `--spawn`, started with
/// posix_spawn, not Foundation's Process: on this machine Process takes about 26 ms to start a
/// program (1 ms for posix_spawn), more than a whole dlxh run on the fuzz store.
func runDlxh(_ binary: String, _ arguments: [String], scratch: URL, timeout: Double = 120) -> Run {
    let command = (["dlxh"] + arguments.map { $0.count > 80 ? String($0.suffix(40)) : $0 }).joined(separator: " ")
    let outPath = scratch.appendingPathComponent("stdout").path
    let errPath = scratch.appendingPathComponent("stderr").path
    let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
    let out = open(outPath, flags, 0o600)
    let err = open(errPath, flags, 0o600)
    let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
    defer {
        for fd in [out, err, null] where fd >= 0 { close(fd) }
    }
    guard out >= 0, err >= 0, null >= 0 else {
        return Run(command: command, status: -1, signal: nil, timedOut: false, stdout: Data(), stderr: Data("cannot open output files".utf8))
    }
    var status: Int32 = 0
    var timedOut = false
    if let answer = ForkServers.run(binary: binary, scratch: scratch, arguments, stdout: outPath, stderr: errPath, timeout: timeout) {
        (status, timedOut) = answer
    } else {
        (status, timedOut) = spawnDlxh(binary, arguments, scratch: scratch, out: out, err: err, null: null, timeout: timeout)
        if status == -1 {
            return Run(command: command, status: -1, signal: nil, timedOut: false, stdout: Data(), stderr: Data("cannot start dlxh".utf8))
        }
    }
    // The wait status: low 7 bits the signal that ended the process, else the exit code above.
    let signalNumber = status & 0x7F
    let signal: Int32? = signalNumber != 0 && signalNumber != 0x7F ? signalNumber : nil
    let exitCode = signal ?? ((status >> 8) & 0xFF)
    return Run(
        command: command, status: exitCode, signal: signal, timedOut: timedOut,
        stdout: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
        stderr: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data())
}

/// Runs dlxh as its own process (`--spawn`, or when no fork server can be started); the wait
/// status, or -1 when it could not be started.
func spawnDlxh(_ binary: String, _ arguments: [String], scratch: URL, out: Int32, err: Int32, null: Int32, timeout: Double) -> (Int32, Bool) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, null, 0)
    posix_spawn_file_actions_adddup2(&actions, out, 1)
    posix_spawn_file_actions_adddup2(&actions, err, 2)
    // Nothing else of the fuzzer's (another worker's files) leaks into dlxh.
    if let closeFrom { _ = closeFrom(&actions, 3) }
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = environment(home: scratch.path).map { strdup($0) } + [nil]
    defer {
        for p in argv + envp { free(p) }
    }
    var attributes = defaultSignalsAttributes()
    defer { posix_spawnattr_destroy(&attributes) }
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, &attributes, argv, envp) == 0 else { return (-1, false) }
    // Wait, polling: quickly at first (most runs take milliseconds), then every 5 ms.
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    var timedOut = false
    var pause: UInt32 = 100
    while true {
        let done = waitpid(pid, &status, WNOHANG)
        if done == pid { break }
        if done == -1 && errno != EINTR { break }
        if !timedOut && Date() > deadline {
            timedOut = true
            kill(pid, SIGTERM)
            usleep(200_000)
            kill(pid, SIGKILL)
            continue
        }
        usleep(pause)
        pause = min(pause * 2, 5_000)
    }
    return (status, timedOut)
}

// MARK: Files

/// Every regular file under `root`, by path relative to it; `.lock` files and, unless asked,
/// the incoming folder left out (they are not the store's records).
func snapshot(_ root: URL, includeIncoming: Bool = false) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
    while let relative = enumerator.nextObject() as? String {
        let path = base + relative
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
        if relative.hasSuffix(".lock") { continue }
        if !includeIncoming, relative == "incoming" || relative.hasPrefix("incoming/") { continue }
        result[relative] = FileManager.default.contents(atPath: path) ?? Data()
    }
    return result
}

func writePrivate(_ data: Data, to url: URL) {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600])
    chmod(url.path, 0o600)
}

/// Puts the store back as `pristine` was, touching only what differs.
func restore(_ root: URL, to pristine: [String: Data]) {
    try? FileManager.default.removeItem(at: root.appendingPathComponent("incoming"))
    let current = snapshot(root)
    for (path, data) in current where pristine[path] != data {
        if pristine[path] == nil { try? FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
    }
    for (path, data) in pristine where current[path] != data {
        writePrivate(data, to: root.appendingPathComponent(path))
    }
}

// MARK: Checks

/// Raw control characters in output: ESC and the rest of C0 but \n and \t, DEL, and C1.
func controlCharacters(in data: Data) -> [String] {
    var found: [String] = []
    for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
        let v = scalar.value
        if (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) {
            found.append(String(format: "U+%04X", v))
        }
    }
    return found
}

/// One line, printable, for a failure listing.
func excerpt(_ data: Data, _ limit: Int = 160) -> String {
    let text = String(decoding: data.prefix(4096), as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    let escaped = text.unicodeScalars.map { s -> String in
        s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) ? String(format: "\\u{%X}", s.value) : String(s)
    }.joined()
    return escaped.count > limit ? String(escaped.prefix(limit)) + "…" : escaped
}

struct CaseResult {
    var accepted = false
    var failures: [String] = []
    var controls: [String] = []
}

/// The checks every run shares: no signal, no hang, an exit status of 0 or 1, a refusal in
/// lines starting "dlxh: ", and no raw control characters.
func judge(_ run: Run, _ result: inout CaseResult, refusalOnStderr: Bool = true) {
    if run.timedOut {
        result.failures.append("hang: `\(run.command)` killed after the timeout")
        return
    }
    if let signal = run.signal {
        result.failures.append("crash: signal \(signal) in `\(run.command)`: \(excerpt(run.stderr))")
        return
    }
    if run.status != 0 && run.status != 1 {
        result.failures.append("exit \(run.status) from `\(run.command)`: \(excerpt(run.stderr))")
    }
    if run.status == 1 && refusalOnStderr {
        let lines = String(decoding: run.stderr, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        if lines.isEmpty {
            result.failures.append("refused with nothing on stderr: `\(run.command)`")
        } else if let bad = lines.first(where: { !$0.hasPrefix("dlxh: ") || $0.utf8.count > 4096 }) {
            result.failures.append("unclear error from `\(run.command)`: \(excerpt(Data(bad.utf8)))")
        }
    }
    for (stream, data) in [("stdout", run.stdout), ("stderr", run.stderr)] {
        let found = controlCharacters(in: data)
        if !found.isEmpty {
            result.controls.append("\(Set(found).sorted().joined(separator: ",")) on \(stream) of `\(run.command)`: \(excerpt(data))")
        }
    }
}

/// What was accepted must pass `check` and every read command (`check` left out when the
/// caller has just run it on this very store).
func readsPass(_ binary: String, store: URL, scratch: URL, checked: Bool = false, _ result: inout CaseResult) {
    let reads = [["status"], ["export"], ["hotspots"], ["report", "--format", "md"], ["matrix", "--months", "3"]]
    for args in (checked ? [] : [["check"]]) + reads {
        let run = runDlxh(binary, args + ["--store", store.path], scratch: scratch)
        judge(run, &result)
        if run.signal == nil, !run.timedOut, run.status != 0 {
            result.failures.append("accepted, but `\(run.command)` fails: \(excerpt(run.stderr))")
        }
    }
}

// MARK: The cases

struct Fixture {
    var binary: String
    var pristine: [String: Data]
    var storeFiles: [String]
    var exchanges: [Data]
    var goodExchange: URL
}

func runCase(kind: String, number: Int, seed: UInt64, fixture: Fixture, worker: URL, keep: Bool) -> (CaseResult, [Mutation]) {
    let store = worker.appendingPathComponent("store")
    let scratch = worker.appendingPathComponent("scratch")
    var mutator = Mutator(random: FuzzRandom(seed: seed, kind: kind, caseNumber: number))
    var result = CaseResult()
    var applied: [Mutation] = []
    defer { if !keep { restore(store, to: fixture.pristine) } }

    switch kind {
    case "store":
        let target = mutator.random.pick(fixture.storeFiles)
        let (data, mutations) = mutator.mutate(fixture.pristine[target]!)
        applied = mutations
        writePrivate(data, to: store.appendingPathComponent(target))
        if keep { print("case file: \(store.appendingPathComponent(target).path)") }
        let before = snapshot(store)
        let check = runDlxh(fixture.binary, ["check", "--store", store.path], scratch: scratch)
        judge(check, &result)
        if snapshot(store) != before { result.failures.append("`dlxh check` changed the store") }
        if check.status == 0 && check.signal == nil {
            result.accepted = true
            readsPass(fixture.binary, store: store, scratch: scratch, checked: true, &result)
        } else {
            judge(runDlxh(fixture.binary, ["status", "--store", store.path], scratch: scratch), &result)
            let write = runDlxh(fixture.binary, ["import", fixture.goodExchange.path, "--store", store.path], scratch: scratch)
            judge(write, &result)
            if write.status != 0, snapshot(store) != before {
                result.failures.append("partial write: `\(write.command)` was refused but changed the store")
            }
        }
    case "exchange":
        let base = mutator.random.pick(fixture.exchanges)
        let (data, mutations) = mutator.mutate(base)
        applied = mutations
        let file = worker.appendingPathComponent("case-\(number).json")
        writePrivate(data, to: file)
        defer { if !keep { try? FileManager.default.removeItem(at: file) } }
        if keep { print("case file: \(file.path)") }
        let before = snapshot(store)
        let run = runDlxh(fixture.binary, ["import", file.path, "--store", store.path], scratch: scratch)
        judge(run, &result)
        if run.status == 0 && run.signal == nil {
            result.accepted = true
            readsPass(fixture.binary, store: store, scratch: scratch, &result)
        } else if snapshot(store) != before {
            result.failures.append("partial write: a refused import changed the store")
        }
    default:  // incoming
        let base = mutator.random.pick(fixture.exchanges)
        let (data, mutations) = mutator.mutate(base)
        applied = mutations
        let incoming = store.appendingPathComponent("incoming")
        let file = incoming.appendingPathComponent("case-\(number).json")
        writePrivate(data, to: file)
        // Settled: modified a minute ago.
        var times = [timeval(tv_sec: time(nil) - 60, tv_usec: 0), timeval(tv_sec: time(nil) - 60, tv_usec: 0)]
        utimes(file.path, &times)
        if keep { print("case file: \(file.path)") }
        let before = snapshot(store)
        let run = runDlxh(fixture.binary, ["incoming", "--store", store.path], scratch: scratch)
        judge(run, &result, refusalOnStderr: false)
        let name = file.lastPathComponent
        if run.signal == nil, !run.timedOut {
            if FileManager.default.fileExists(atPath: file.path) {
                result.failures.append("stuck: \(name) is still in incoming/ after a pass (exit \(run.status)): \(excerpt(run.stdout + run.stderr))")
            }
            if run.status == 0 {
                result.accepted = true
                if !FileManager.default.fileExists(atPath: incoming.appendingPathComponent("accepted/" + name).path) {
                    result.failures.append("exit 0 but \(name) is not in incoming/accepted/")
                }
                readsPass(fixture.binary, store: store, scratch: scratch, &result)
            } else if run.status == 1 {
                if snapshot(store) != before { result.failures.append("partial write: a rejected incoming file changed the store") }
                let note = incoming.appendingPathComponent("rejected/" + name + ".reason.txt")
                if let reason = FileManager.default.contents(atPath: note.path) {
                    let lines = String(decoding: reason, as: UTF8.self).split(separator: "\n")
                    if lines.isEmpty || lines.contains(where: { !$0.contains(" | ") || $0.utf8.count > 8192 }) {
                        result.failures.append("unclear reason note: \(excerpt(reason))")
                    }
                    let found = controlCharacters(in: reason)
                    if !found.isEmpty {
                        result.controls.append("\(Set(found).sorted().joined(separator: ",")) in the reason note: \(excerpt(reason))")
                    }
                } else {
                    result.failures.append("rejected without a reason note (exit 1): \(excerpt(run.stdout + run.stderr))")
                }
            }
        }
    }
    return (result, applied)
}

// MARK: Main

func setUp(_ options: Options, work: URL) throws -> Fixture {
    guard FileManager.default.isExecutableFile(atPath: options.dlxh) else {
        throw UsageError("no dlxh binary at \(options.dlxh) (build it, or give --dlxh PATH)")
    }
    let scratch = work.appendingPathComponent("scratch")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    func dlxh(_ arguments: [String]) throws -> Data {
        let run = runDlxh(options.dlxh, arguments, scratch: scratch)
        guard run.status == 0, run.signal == nil else {
            throw UsageError("setting up: `\(run.command)` failed: \(excerpt(run.stderr + run.stdout))")
        }
        return run.stdout
    }
    // The store every case starts from, and a sender's store (another seed, the same units)
    // whose exports are the exchange and incoming files the cases break.
    let pristine = work.appendingPathComponent("pristine")
    let sender = work.appendingPathComponent("sender")
    let answered = try SmallStore.write(seed: 1, at: pristine)
    _ = try SmallStore.write(seed: 2, at: sender)
    guard !answered.isEmpty else { throw UsageError("setting up: the fixture store has no opinion item for guidance to answer") }
    // guidance/2026.json, through the commands staff use.
    let items = answered.map { "\($0.item.reportID)/\($0.item.itemID)" }.joined(separator: ",")
    let id = String(decoding: try dlxh([
        "guidance", "add", "--store", pristine.path, "--number", "45-CV/BTGDV", "--date", "2026-11-12", "--issuer", "provincialParty",
        "--text", "Định hướng tuyên truyền về chính sách bảo hiểm xã hội", "--items", items, "--due", "2026-11-30",
    ]), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").last.map(String.init) ?? ""
    guard id.hasPrefix("G-") else { throw UsageError("setting up: `dlxh guidance add` printed no id") }
    _ = try dlxh(["guidance", "relay", id, "--store", pristine.path, "--output", scratch.appendingPathComponent("letter.md").path])
    _ = try dlxh(["guidance", "ack", id, "--store", pristine.path, "--unit", answered[0].unitID, "--note", "Đã tuyên truyền, đối thoại"])
    _ = try dlxh(["check", "--store", pristine.path])
    var exchanges: [Data] = []
    for args in [
        ["--unit", "nhon-trach", "--period", "2026-11"], ["--period", "2026-09"], ["--unit", "cd-xay-dung"], ["--period", "2026-11"],
        ["--unit", "cd-bau-ham"],
    ] {
        let out = try dlxh(["export", "--store", sender.path, "--format", "json"] + args)
        guard !out.isEmpty else { throw UsageError("setting up: dlxh export \(args.joined(separator: " ")) wrote nothing") }
        exchanges.append(out)
    }
    let good = work.appendingPathComponent("good.json")
    try exchanges[0].write(to: good)
    let files = snapshot(pristine)
    return Fixture(binary: options.dlxh, pristine: files, storeFiles: files.keys.sorted(), exchanges: exchanges, goodExchange: good)
}

/// The results of a range of cases of one kind.
struct Tally {
    var cases = 0
    var accepted = 0
    var failures = 0
    var controls = 0
    var seconds = 0.0
    /// "FAIL …" and "CONTROL …" lines by case number.
    var failLines: [(Int, String)] = []
    var controlLines: [(Int, String)] = []

    mutating func add(_ other: Tally) {
        cases += other.cases
        accepted += other.accepted
        failures += other.failures
        controls += other.controls
        seconds += other.seconds
        failLines += other.failLines
        controlLines += other.controlLines
    }

    mutating func record(kind: String, number: Int, seed: UInt64, result: CaseResult, mutations: [Mutation]) {
        cases += 1
        if result.accepted { accepted += 1 }
        let how = mutations.map(\.rawValue).joined(separator: "+")
        if !result.failures.isEmpty {
            failures += 1
            for problem in result.failures { failLines.append((number, "FAIL \(kind) --seed \(seed) --case \(number) [\(how)]: \(problem)")) }
        }
        if !result.controls.isEmpty {
            controls += 1
            for problem in result.controls { controlLines.append((number, "CONTROL \(kind) --seed \(seed) --case \(number) [\(how)]: \(problem)")) }
        }
    }

    /// One machine-readable line: `tally KIND CASES ACCEPTED FAILURES CONTROLS SECONDS`.
    func line(_ kind: String) -> String {
        "tally \(kind) \(cases) \(accepted) \(failures) \(controls) \(String(format: "%.1f", seconds))"
    }

    /// A chunk file written complete by `write(chunk:)`; nil when missing or unfinished.
    static func read(chunk url: URL) -> Tally? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.contains("complete"), let tally = lines.first(where: { $0.hasPrefix("tally ") }) else { return nil }
        let f = tally.split(separator: " ").map(String.init)
        guard f.count == 7, let cases = Int(f[2]), let accepted = Int(f[3]), let failures = Int(f[4]), let controls = Int(f[5]),
            let seconds = Double(f[6])
        else { return nil }
        var result = Tally(cases: cases, accepted: accepted, failures: failures, controls: controls, seconds: seconds)
        func number(_ line: String) -> Int { Int(line.components(separatedBy: "--case ").last?.split(separator: " ").first ?? "") ?? 0 }
        result.failLines = lines.filter { $0.hasPrefix("FAIL ") }.map { (number($0), $0) }
        result.controlLines = lines.filter { $0.hasPrefix("CONTROL ") }.map { (number($0), $0) }
        return result
    }
}

/// The table kind × cases × failures, then every failing case (seed and case to replay it).
func table(_ rows: [(String, Tally)], options: Options, note: String? = nil) -> String {
    var out = ["dlxh-fuzz: seed \(options.seed), binary \(options.dlxh)"]
    if let note { out.append(note) }
    out.append("kind        cases  accepted   refused  failures  control-chars  seconds")
    for (kind, t) in rows {
        out.append(
            [
                kind.padding(toLength: 9, withPad: " ", startingAt: 0), pad(t.cases, 7), pad(t.accepted, 9), pad(t.cases - t.accepted, 9),
                pad(t.failures, 9), pad(t.controls, 14), String(format: "%8.1f", t.seconds),
            ].joined(separator: " "))
    }
    for (_, t) in rows { out += t.failLines.sorted { $0.0 < $1.0 }.map(\.1) }
    for (_, t) in rows { out += t.controlLines.sorted { $0.0 < $1.0 }.map(\.1) }
    return out.joined(separator: "\n") + "\n"
}

/// Replaces `url` by `text` in one rename, so a reader (or a kill) never sees half a file.
func publish(_ text: String, to url: URL) {
    try? Data(text.utf8).write(to: url, options: .atomic)
}

/// Runs `numbers` of one kind on `jobs` workers, each taking the next case as it is free;
/// calls `progress` (under the tally's lock) after every `every` cases.
func runCases(
    kind: String, numbers: [Int], options: Options, fixture: Fixture, work: URL, every: Int, progress: @escaping (Tally) -> Void
) -> Tally {
    nonisolated(unsafe) let progress = progress  // called only under `lock`
    let lock = NSLock()
    nonisolated(unsafe) var tally = Tally()
    nonisolated(unsafe) var next = 0
    let started = Date()
    let jobs = min(options.jobs, max(numbers.count, 1))
    DispatchQueue.concurrentPerform(iterations: jobs) { job in
        let worker = work.appendingPathComponent("\(kind)-\(job)")
        let store = worker.appendingPathComponent("store")
        try? FileManager.default.createDirectory(at: worker.appendingPathComponent("scratch"), withIntermediateDirectories: true)
        restore(store, to: fixture.pristine)
        while true {
            lock.lock()
            let index = next
            next += 1
            lock.unlock()
            guard index < numbers.count else { break }
            let number = numbers[index]
            let (result, mutations) = runCase(
                kind: kind, number: number, seed: options.seed, fixture: fixture, worker: worker, keep: options.keep)
            lock.lock()
            tally.record(kind: kind, number: number, seed: options.seed, result: result, mutations: mutations)
            if !options.quiet {
                for problem in result.failures {
                    FileHandle.standardError.write(Data("FAIL \(kind) --seed \(options.seed) --case \(number): \(problem)\n".utf8))
                }
                if tally.cases % 500 == 0 {
                    FileHandle.standardError.write(Data("dlxh-fuzz: \(kind): \(tally.cases) cases, \(tally.failures) failures\n".utf8))
                }
            }
            if tally.cases % every == 0 {
                tally.seconds = Date().timeIntervalSince(started)
                progress(tally)
            }
            lock.unlock()
        }
    }
    tally.seconds = Date().timeIntervalSince(started)
    return tally
}

func fuzzMain() -> Int32 {
    let options: Options
    do {
        options = try Options(Array(CommandLine.arguments.dropFirst()))
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("dlxh-fuzz: \(error.text)\n".utf8))
        return 2
    } catch {
        return 2
    }
    ForkServers.enabled = !options.spawn
    // A fork server gone (it never should) must not end the fuzzer with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-fuzz-\(getpid())")
    defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
    let fixture: Fixture
    do {
        if let results = options.results { try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true) }
        fixture = try setUp(options, work: work)
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("dlxh-fuzz: \(error.text)\n".utf8))
        return 2
    } catch {
        FileHandle.standardError.write(Data("dlxh-fuzz: \(error)\n".utf8))
        return 2
    }
    if options.keep { print("work folder: \(work.path)") }

    // What is done so far, by kind, and the table file(s) showing it.
    var done: [(String, Tally)] = []
    let tableFile = options.tableFile ?? options.results?.appendingPathComponent("table-s\(options.seed).txt")
    func show(_ current: (String, Tally)?, note: String) {
        guard let tableFile else { return }
        var rows = done
        if let (kind, partial) = current {
            if let i = rows.firstIndex(where: { $0.0 == kind }) { rows[i].1.add(partial) } else { rows.append((kind, partial)) }
        }
        publish(table(rows, options: options, note: note), to: tableFile)
    }
    let range = "cases \(options.first)..<\(options.first + options.cases)"
    done = options.kinds.map { ($0, Tally()) }
    // Chunks: with --results, each finished chunk is kept in its own file and not run again.
    // They take turns by kind (store 0..<5000, exchange 0..<5000, …), so that a run stopped
    // early has results for every kind.
    let chunk = options.results == nil ? max(options.cases, 1) : options.chunk
    let starts = options.onlyCase.map { [$0] } ?? Array(stride(from: options.first, to: options.first + options.cases, by: chunk))
    for start in starts {
        for (k, kind) in options.kinds.enumerated() {
            if let only = options.onlyCase {
                done[k].1 = runCases(kind: kind, numbers: [only], options: options, fixture: fixture, work: work, every: 1) { _ in }
                continue
            }
            let end = min(start + chunk, options.first + options.cases)
            let chunkFile = options.results?.appendingPathComponent("\(kind)-s\(options.seed)-\(start)-\(end).txt")
            if let chunkFile, let finished = Tally.read(chunk: chunkFile) {
                done[k].1.add(finished)
                continue
            }
            let header = "chunk \(kind) seed \(options.seed) cases \(start)..<\(end)"
            func chunkText(_ tally: Tally, _ state: String) -> String {
                ([header, tally.line(kind), state] + tally.failLines.map(\.1) + tally.controlLines.map(\.1)).joined(separator: "\n") + "\n"
            }
            let tally = runCases(
                kind: kind, numbers: Array(start..<end), options: options, fixture: fixture, work: work, every: options.every
            ) { partial in
                if let chunkFile { publish(chunkText(partial, "running"), to: chunkFile) }
                show((kind, partial), note: "running: \(kind) \(start)..<\(end); \(range) of each kind")
            }
            if let chunkFile { publish(chunkText(tally, "complete"), to: chunkFile) }
            done[k].1.add(tally)
            show(nil, note: "running: \(range) of each kind")
        }
    }
    show(nil, note: "complete: \(range) of each kind")
    let output = table(done, options: options)
    print(output, terminator: "")
    let failing = done.contains { !$0.1.failLines.isEmpty || $0.1.failures > 0 || (options.controlCharsFail && $0.1.controls > 0) }
    return failing ? 1 : 0
}

func pad(_ n: Int, _ width: Int) -> String {
    let text = String(n)
    return String(repeating: " ", count: max(0, width - text.count)) + text
}

exit(fuzzMain())
