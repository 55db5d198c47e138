import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who holds a store lock, as its holder wrote it into the lock file after taking the lock.
/// Informational only: the lock is the `flock`, never the file's content.
public struct LockHolder: Codable, Equatable, Sendable {
    public var pid: Int32
    public var staff: String
    public var command: String
    /// When the holder took the lock (ISO 8601, UTC).
    public var since: String

    public init(pid: Int32, staff: String, command: String, since: String) {
        self.pid = pid
        self.staff = staff
        self.command = command
        self.since = since
    }

    /// "Lê Thị Thu Hà (dlxh import a.json, pid 4242, since 2026-12-01T10:05:25Z)"
    public var description: String { "\(staff) (\(command), pid \(pid), \(since))" }
}

/// An exclusive advisory lock (`flock`) on a lock file (`.lock`, `incoming/.lock`), held while a
/// writer re-reads, applies and writes. Readers take no lock: every file is replaced by rename, so
/// a reader sees the old file or the new one.
///
/// Waiting is bounded: the lock is tried without blocking every 25 ms until `wait` seconds have
/// passed, then the writer gives up with `StoreError.locked`, naming the holder. The holder writes
/// its pid, staff name, command and start time into the file right after taking the lock and
/// empties it again before letting go, so the content names a live holder (a holder killed with
/// kill -9 leaves its line behind; a dead pid is then ignored).
final class StoreLock {
    /// How long a writer waits for a busy lock before giving up: 5 s, or `DLXH_LOCK_WAIT` seconds.
    static let defaultWait: Double = {
        if let text = ProcessInfo.processInfo.environment["DLXH_LOCK_WAIT"], let seconds = Double(text), seconds >= 0 {
            return seconds
        }
        return 5
    }()

    /// The staff name written into lock files by this process (set by the command line).
    static let staffName = Mutex<String?>(nil)

    private let fd: Int32

    init(url: URL, displayName: String = ".lock", wait: Double = StoreLock.defaultWait) throws {
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode)
        guard fd >= 0 else { throw StoreError.io(file: displayName, reason: FileSystem.errnoText()) }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, wait) * 1e9)
        // A long wait (a command) queues in the kernel, as a blocking flock does, and passes a
        // turnstile first (`.lock.queue`, held only while waiting for `.lock`): a writer that has
        // just let go and comes straight back must queue behind whoever was already waiting, so
        // no writer is starved by another saving again and again.
        if wait >= 0.5, flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let turnstile = open(url.path + ".queue", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode)
            defer { if turnstile >= 0 { close(turnstile) } }
            let queued = turnstile >= 0 && StoreLock.blockingFlock(turnstile, timeout: wait)
            let remaining = max(0.1, Double(deadline) / 1e9 - Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
            guard queued || turnstile < 0, StoreLock.blockingFlock(fd, timeout: remaining) else {
                let holder = StoreLock.holder(fd: fd)
                close(fd)
                throw StoreError.locked(holder: holder)
            }
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK || code == EAGAIN else {
                close(fd)
                errno = code
                throw StoreError.io(file: displayName, reason: FileSystem.errnoText())
            }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                let holder = StoreLock.holder(fd: fd)
                close(fd)
                throw StoreError.locked(holder: holder)
            }
            usleep(25_000)
        }
        writeHolder()
    }

    /// A blocking `flock` with a time limit: it waits in its own thread, on a duplicate of the
    /// descriptor (the lock belongs to the open file, which both share). Given up in time, the
    /// thread lets go of the lock as soon as it gets it, and closes only its own duplicate.
    static func blockingFlock(_ fd: Int32, timeout: Double) -> Bool {
        enum Outcome { case waiting, acquired, abandoned }
        final class Shared: Sendable {
            let outcome = Mutex(Outcome.waiting)
            let done = DispatchSemaphore(value: 0)
        }
        let duplicate = dup(fd)
        guard duplicate >= 0 else { return false }
        let shared = Shared()
        Thread.detachNewThread {
            while flock(duplicate, LOCK_EX) != 0 && errno == EINTR {}
            let keep = shared.outcome.withLock { outcome -> Bool in
                guard outcome == .waiting else { return false }
                outcome = .acquired
                return true
            }
            if !keep { flock(duplicate, LOCK_UN) }
            close(duplicate)
            shared.done.signal()
        }
        _ = shared.done.wait(timeout: .now() + timeout)
        return shared.outcome.withLock { outcome in
            if outcome == .acquired { return true }
            outcome = .abandoned
            return false
        }
    }

    deinit {
        // Emptied before it is let go: the next reader of a busy lock sees its current holder or nothing.
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// This process, as the holder line says it.
    static func currentHolder() -> LockHolder {
        let arguments = CommandLine.arguments
        let name = URL(fileURLWithPath: arguments.first ?? "dlxh").lastPathComponent
        let command = ([name] + arguments.dropFirst().prefix(3)).joined(separator: " ")
        // By hand, not with a date formatter: no time-zone files to load while others wait.
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let since = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        let staff = staffName.withLock { $0 } ?? ProcessInfo.processInfo.environment["USER"] ?? "?"
        return LockHolder(pid: getpid(), staff: staff, command: command, since: since)
    }

    private func writeHolder() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(StoreLock.currentHolder()) else { return }
        data.append(0x0A)
        ftruncate(fd, 0)
        _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// The holder named in the lock file, if its process is still alive.
    static func holder(fd: Int32) -> LockHolder? {
        var data = Data(count: 4096)
        let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 4096, 0) }
        guard n > 0 else { return nil }
        data.removeSubrange(n...)
        guard let holder = try? JSONDecoder().decode(LockHolder.self, from: data), isAlive(holder.pid) else { return nil }
        return holder
    }

    /// Whether a process with this id exists (EPERM: it exists, but is another user's).
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
