import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The fuzzer's fork server (Docs/FUZZ.md), as AFL's: with DLXH_FORK_SERVER=1 in its environment,
/// dlxh does not run a command but reads requests on standard input and runs each in a child
/// forked from itself, answering on standard output. A child is this same program at the start of
/// `main`, so it runs exactly what `dlxh ARGS` would; what it skips is loading the program and its
/// libraries again (about half the fuzzer's time went there).
///
/// A request: fields ended by NUL, then an empty field: the path for standard output, the path for
/// standard error, then the arguments. The answer: `P<pid>\n` once the child runs (so the fuzzer can
/// kill it after its timeout), then `S<wait status>\n`.
///
/// The server itself does nothing that starts a thread (no store is read in it): a child forked
/// from a process with other threads could inherit a lock held by one of them.
enum ForkServer {
    static var isRequested: Bool { getenv("DLXH_FORK_SERVER").map { String(cString: $0) } == "1" }

    /// Serves until standard input ends, then exits. `command` runs in each child with the
    /// request's arguments.
    static func serve(_ command: @escaping ([String]) -> Void) -> Never {
        var buffer: [UInt8] = []
        while let request = nextRequest(&buffer) {
            guard request.count >= 2 else { answer("E\n"); continue }
            let pid = fork()
            if pid == 0 {
                becomeCommand(stdout: request[0], stderr: request[1])
                runOnNewThread { command(Array(request.dropFirst(2))) }
            }
            guard pid > 0 else { answer("E\n"); continue }
            answer("P\(pid)\n")
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            answer("S\(status)\n")
        }
        exit(0)
    }

    /// Runs `body` on a new thread of the child, then exits; the forked thread only waits.
    ///
    /// The Swift runtime's locks know a thread by an id it caches per thread, and the forked
    /// thread keeps the server's: the first lock another thread of the child waits on (a lazy
    /// global read from the store's parallel load) never wakes. A new thread has its own id. Its
    /// stack is the size a main thread gets (RLIMIT_STACK), so deep input fails as it would.
    private static func runOnNewThread(_ body: @escaping () -> Void) -> Never {
        final class Box {
            let body: () -> Void
            init(_ body: @escaping () -> Void) { self.body = body }
        }
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit)
        let eightMiB = 8 << 20
        let size = limit.rlim_cur == rlim_t.max ? eightMiB : max(Int(limit.rlim_cur), 1 << 20)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, size)
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        let started = pthread_create(&thread, &attributes, { context in
            Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
            exit(0)
        }, box)
        guard started == 0 else { _exit(125) }
        pthread_join(thread, nil)
        exit(0)
    }

    /// In the child: output to the request's files, nothing on standard input, and no descriptor
    /// of the server's left open.
    private static func becomeCommand(stdout: String, stderr: String) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC
        let out = open(stdout, flags, 0o600)
        let err = open(stderr, flags, 0o600)
        let null = open("/dev/null", O_RDONLY)
        guard out >= 0, err >= 0, null >= 0 else { _exit(125) }
        dup2(null, 0)
        dup2(out, 1)
        dup2(err, 2)
        for fd in [out, err, null] where fd > 2 { close(fd) }
    }

    private static func answer(_ text: String) {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { exit(0) }  // the fuzzer is gone
            written += n
        }
    }

    /// The next request's fields, or nil when standard input ends.
    private static func nextRequest(_ buffer: inout [UInt8]) -> [String]? {
        while true {
            var fields: [String] = []
            var start = 0
            for (i, byte) in buffer.enumerated() where byte == 0 {
                if i == start {
                    buffer.removeFirst(i + 1)
                    return fields
                }
                fields.append(String(decoding: buffer[start..<i], as: UTF8.self))
                start = i + 1
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}
