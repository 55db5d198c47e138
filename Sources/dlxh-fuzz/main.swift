// dlxh-fuzz: a deterministic, seeded fuzzer for the files dlxh reads.
//
//   dlxh-fuzz [--kind store|exchange|incoming|all] [--cases N] [--seed S] [--jobs J]
//             [--dlxh PATH] [--first K] [--case K] [--keep] [--control-chars fail|report]
//
// Each case breaks one file (Mutations.swift: truncation, bit flips, wrong types, huge numbers,
// deep nesting, long strings, invalid UTF-8, NUL, BOM, duplicate keys and ids, unknown
// references, impossible dates, control characters, out-of-range values) and runs the REAL dlxh
// binary on it as a subprocess, so that a crash is seen as a signal:
//
//   store     a file of a small demo store is replaced; `check`, then the read commands, or when
//             refused, `status` and an `import` of a good file (a write attempt)
//   exchange  `dlxh import` of a broken exchange file
//   incoming  a broken exchange file dropped into incoming/, then `dlxh incoming`
//
// and checks: no process dies by a signal or hangs; a refusal is lines starting "dlxh: " on
// standard error (an incoming rejection: a reason note, one " | "-separated line per problem);
// nothing in the store changed after a refused command (every store file byte for byte); what
// was accepted passes `dlxh check` and `status`, `export`, `hotspots`, `report`. Raw control
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
    var controlCharsFail = true
    var quiet = false

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
            case "--quiet": quiet = true
            case "--control-chars":
                let mode = try value()
                guard mode == "fail" || mode == "report" else { throw UsageError("--control-chars fail|report") }
                controlCharsFail = mode == "fail"
            case "-h", "--help":
                print("usage: dlxh-fuzz [--kind store|exchange|incoming|all] [--cases N] [--seed S] [--jobs J] [--dlxh PATH] [--first K] [--case K] [--keep] [--control-chars fail|report] [--quiet]")
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

/// Runs dlxh with output to files (no pipe can fill up), killing it after `timeout` seconds.
func runDlxh(_ binary: String, _ arguments: [String], scratch: URL, timeout: Double = 120) -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = [
        "PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8", "USER": "fuzz", "DLXH_TODAY": "2026-11-24",
        "DLXH_LANG": "en", "TERM": "dumb",
    ]
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try! FileHandle(forWritingTo: outURL)
    let err = try! FileHandle(forWritingTo: errURL)
    defer {
        try? out.close()
        try? err.close()
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let command = (["dlxh"] + arguments.map { $0.count > 80 ? String($0.suffix(40)) : $0 }).joined(separator: " ")
    do {
        try process.run()
    } catch {
        return Run(command: command, status: -1, signal: nil, timedOut: false, stdout: Data(), stderr: Data("cannot start: \(error)".utf8))
    }
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
        if Date() > deadline {
            timedOut = true
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            break
        }
        usleep(1_000)
    }
    process.waitUntilExit()
    let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    return Run(
        command: command, status: process.terminationStatus, signal: signal, timedOut: timedOut,
        stdout: (try? Data(contentsOf: outURL)) ?? Data(), stderr: (try? Data(contentsOf: errURL)) ?? Data())
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

/// What was accepted must pass `check` and every read command.
func readsPass(_ binary: String, store: URL, scratch: URL, _ result: inout CaseResult) {
    for args in [["check"], ["status"], ["export"], ["hotspots"], ["report", "--format", "md"], ["matrix", "--months", "3"]] {
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
            readsPass(fixture.binary, store: store, scratch: scratch, &result)
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
    let pristine = work.appendingPathComponent("pristine")
    let sender = work.appendingPathComponent("sender")
    for (folder, seed) in [(pristine, "1"), (sender, "2")] {
        let run = runDlxh(options.dlxh, ["demo", "--store", folder.path, "--years", "1", "--seed", seed], scratch: scratch)
        guard run.status == 0 else { throw UsageError("dlxh demo failed: \(excerpt(run.stderr))") }
    }
    var exchanges: [Data] = []
    for args in [["--unit", "bien-hoa", "--period", "2026-10"], ["--period", "2026-09"], ["--unit", "long-khanh"], ["--period", "2026-11"]] {
        let run = runDlxh(options.dlxh, ["export", "--store", sender.path, "--format", "json"] + args, scratch: scratch)
        guard run.status == 0, !run.stdout.isEmpty else { throw UsageError("dlxh export failed: \(excerpt(run.stderr))") }
        exchanges.append(run.stdout)
    }
    let good = work.appendingPathComponent("good.json")
    try exchanges[0].write(to: good)
    let files = snapshot(pristine)
    return Fixture(binary: options.dlxh, pristine: files, storeFiles: files.keys.sorted(), exchanges: exchanges, goodExchange: good)
}

struct Tally {
    var cases = 0
    var accepted = 0
    var failed: [(Int, [Mutation], [String])] = []
    var controlled: [(Int, [Mutation], [String])] = []
    var seconds = 0.0
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
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("dlxh-fuzz-\(getpid())")
    defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
    let fixture: Fixture
    do {
        fixture = try setUp(options, work: work)
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("dlxh-fuzz: \(error.text)\n".utf8))
        return 2
    } catch {
        FileHandle.standardError.write(Data("dlxh-fuzz: \(error)\n".utf8))
        return 2
    }
    if options.keep { print("work folder: \(work.path)") }

    var tallies: [(String, Tally)] = []
    for kind in options.kinds {
        let numbers = options.onlyCase.map { [$0] } ?? Array(options.first..<(options.first + options.cases))
        let lock = NSLock()
        nonisolated(unsafe) var tally = Tally()
        let started = Date()
        let jobs = min(options.jobs, max(numbers.count, 1))
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let worker = work.appendingPathComponent("\(kind)-\(job)")
            let store = worker.appendingPathComponent("store")
            try? FileManager.default.createDirectory(at: worker.appendingPathComponent("scratch"), withIntermediateDirectories: true)
            restore(store, to: fixture.pristine)
            for number in numbers where number % jobs == job {
                let (result, mutations) = runCase(
                    kind: kind, number: number, seed: options.seed, fixture: fixture, worker: worker, keep: options.keep)
                lock.lock()
                tally.cases += 1
                if result.accepted { tally.accepted += 1 }
                if !result.failures.isEmpty {
                    tally.failed.append((number, mutations, result.failures))
                    if !options.quiet {
                        for problem in result.failures {
                            FileHandle.standardError.write(Data("FAIL \(kind) --seed \(options.seed) --case \(number): \(problem)\n".utf8))
                        }
                    }
                }
                if !result.controls.isEmpty { tally.controlled.append((number, mutations, result.controls)) }
                if !options.quiet, tally.cases % 500 == 0 {
                    FileHandle.standardError.write(Data("dlxh-fuzz: \(kind): \(tally.cases) cases, \(tally.failed.count) failures\n".utf8))
                }
                lock.unlock()
            }
        }
        tally.seconds = Date().timeIntervalSince(started)
        tallies.append((kind, tally))
    }

    print("dlxh-fuzz: seed \(options.seed), binary \(options.dlxh)")
    print("kind        cases  accepted   refused  failures  control-chars  seconds")
    var failing = false
    for (kind, t) in tallies {
        let row = [
            kind.padding(toLength: 9, withPad: " ", startingAt: 0), pad(t.cases, 7), pad(t.accepted, 9), pad(t.cases - t.accepted, 9),
            pad(t.failed.count, 9), pad(t.controlled.count, 14), String(format: "%8.1f", t.seconds),
        ]
        print(row.joined(separator: " "))
        if !t.failed.isEmpty || (options.controlCharsFail && !t.controlled.isEmpty) { failing = true }
    }
    for (kind, t) in tallies {
        for (number, mutations, problems) in t.failed.sorted(by: { $0.0 < $1.0 }) {
            for problem in problems {
                print("FAIL \(kind) --seed \(options.seed) --case \(number) [\(mutations.map(\.rawValue).joined(separator: "+"))]: \(problem)")
            }
        }
    }
    for (kind, t) in tallies {
        for (number, mutations, problems) in t.controlled.sorted(by: { $0.0 < $1.0 }) {
            for problem in problems {
                print("CONTROL \(kind) --seed \(options.seed) --case \(number) [\(mutations.map(\.rawValue).joined(separator: "+"))]: \(problem)")
            }
        }
    }
    return failing ? 1 : 0
}

func pad(_ n: Int, _ width: Int) -> String {
    let text = String(n)
    return String(repeating: " ", count: max(0, width - text.count)) + text
}

exit(fuzzMain())
