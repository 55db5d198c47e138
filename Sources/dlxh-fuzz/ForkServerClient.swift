import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One dlxh fork server (Sources/dlxh/ForkServer.swift) for one worker: started once with the
/// environment a plain run would get, then asked to run each command in a child forked from it.
/// The child is dlxh at the start of `main`, so a crash is still a signal in its wait status; what
/// is saved is starting the program and loading its libraries for every command.
final class ForkServerClient {
    private let pid: pid_t
    private let requests: Int32
    private let answers: Int32
    private var pending: [UInt8] = []

    /// Starts `binary` as a fork server, or nil when it cannot be started.
    init?(binary: String, scratch: URL) {
        var toServer: [Int32] = [0, 0]
        var fromServer: [Int32] = [0, 0]
        guard pipe(&toServer) == 0 else { return nil }
        guard pipe(&fromServer) == 0 else {
            close(toServer[0])
            close(toServer[1])
            return nil
        }
        // Not inherited by the other workers' servers and dlxh runs (those also close every
        // descriptor above 2 when they start).
        for fd in toServer + fromServer { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toServer[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromServer[1], 1)
        posix_spawn_file_actions_adddup2(&actions, null, 2)
        if let closeFrom { _ = closeFrom(&actions, 3) }
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(binary), nil]
        let envp = (environment(home: scratch.path) + ["DLXH_FORK_SERVER=1"]).map { strdup($0) } + [nil]
        defer {
            for p in argv + envp { free(p) }
        }
        var attributes = defaultSignalsAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        close(toServer[0])
        close(fromServer[1])
        close(null)
        guard spawned == 0 else {
            close(toServer[1])
            close(fromServer[0])
            return nil
        }
        self.pid = pid
        requests = toServer[1]
        answers = fromServer[0]
    }

    deinit {
        close(requests)
        close(answers)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Runs one command; nil when the server itself failed (the caller starts another).
    func run(_ arguments: [String], stdout: String, stderr: String, timeout: Double) -> (status: Int32, timedOut: Bool)? {
        var request: [UInt8] = []
        for field in [stdout, stderr] + arguments {
            request += Array(field.utf8) + [0]
        }
        request.append(0)
        guard writeAll(request), let started = nextLine(deadline: nil), started.first == "P",
            let child = pid_t(started.dropFirst())
        else { return nil }
        var timedOut = false
        var answer = nextLine(deadline: Date().addingTimeInterval(timeout))
        if answer == nil {
            timedOut = true
            kill(child, SIGTERM)
            answer = nextLine(deadline: Date().addingTimeInterval(0.2))
            if answer == nil {
                kill(child, SIGKILL)
                answer = nextLine(deadline: nil)
            }
        }
        guard let answer, answer.first == "S", let status = Int32(answer.dropFirst()) else { return nil }
        return (status, timedOut)
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(requests, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            written += n
        }
        return true
    }

    /// The next answer line, waiting until `deadline` (nil: for ever); nil at the deadline or
    /// when the server is gone.
    private func nextLine(deadline: Date?) -> String? {
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end + 1)
                return line
            }
            var ready = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            let wait = deadline.map { Int32(max(0, min($0.timeIntervalSinceNow * 1000, 60_000))) } ?? -1
            let polled = poll(&ready, 1, wait)
            if polled < 0 && errno == EINTR { continue }
            if polled == 0 {
                if let deadline, deadline.timeIntervalSinceNow <= 0 { return nil }
                continue
            }
            var chunk = [UInt8](repeating: 0, count: 256)
            let n = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            pending += chunk[0..<n]
        }
    }
}

/// Every signal at its default and none blocked, as from a shell (and as Foundation's Process
/// did): the fuzzer's worker threads block most signals, and a child inherits that mask.
func defaultSignalsAttributes() -> posix_spawnattr_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var all = sigset_t()
    var none = sigset_t()
    sigfillset(&all)
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    return attributes
}

/// The fork servers, one per worker's scratch folder (a worker runs one command at a time).
enum ForkServers {
    nonisolated(unsafe) static var enabled = true
    nonisolated(unsafe) private static var servers: [String: ForkServerClient] = [:]
    private static let lock = NSLock()

    /// Runs through the worker's server, starting it (again) when needed; nil when no server
    /// can run it (the caller spawns dlxh instead).
    static func run(
        binary: String, scratch: URL, _ arguments: [String], stdout: String, stderr: String, timeout: Double
    ) -> (status: Int32, timedOut: Bool)? {
        guard enabled else { return nil }
        let key = binary + "\u{0}" + scratch.path
        for _ in 0..<2 {
            lock.lock()
            var server = servers[key]
            if server == nil {
                server = ForkServerClient(binary: binary, scratch: scratch)
                servers[key] = server
            }
            lock.unlock()
            guard let server else { return nil }
            if let answer = server.run(arguments, stdout: stdout, stderr: stderr, timeout: timeout) { return answer }
            lock.lock()
            servers[key] = nil
            lock.unlock()
        }
        return nil
    }
}
