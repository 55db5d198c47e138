import DLXHDomain
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX calls the store needs, with the crash-safety rules in one place.
enum FileSystem {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Who may read a file written by `writeAtomically`.
    enum Access {
        /// A store file: 0600 whatever the umask, in a folder created 0700 when missing. The data
        /// is about people and is nobody else's business.
        case privateToOwner
        /// A document the user asked for by name (`export -o`, `report -o`…), to keep or to share:
        /// a new file gets 0644 minus the umask, as any program's output would; a file it replaces
        /// keeps that file's permission bits, so a report the user had made private stays private.
        /// The folder must exist: it is the user's, not created for them.
        case userDocument
    }

    /// Replaces `url` with `data` so that a crash at any instant leaves either the old file or the
    /// new one, never a mix: write a temporary file beside it, fsync it, rename it over the target,
    /// fsync the folder so the rename itself is durable. On failure nothing is left but the old
    /// file (or none).
    static func writeAtomically(_ data: Data, to url: URL, displayName: String, access: Access = .privateToOwner) throws {
        let folder = url.deletingLastPathComponent()
        if access == .privateToOwner { try makeFolder(folder, displayName: displayName) }
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        // O_EXCL | O_NOFOLLOW: never write through a name someone else put there (a symbolic
        // link planted in a shared folder). A stale one of ours (a killed process whose id came
        // round again) is removed (the name, not what it points to) and the open tried once more.
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        let createMode: mode_t = access == .privateToOwner ? fileMode : 0o644
        var fd = open(temp.path, flags, createMode)
        if fd < 0, errno == EEXIST {
            unlink(temp.path)
            fd = open(temp.path, flags, createMode)
        }
        guard fd >= 0 else { throw StoreError.io(file: displayName, reason: errnoText()) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        switch access {
        case .privateToOwner:
            fchmod(fd, fileMode)
        case .userDocument:
            var existing = stat()
            if stat(url.path, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG {
                fchmod(fd, existing.st_mode & 0o777)
            }
        }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var written = 0
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    let reason = errnoText()
                    unlink(temp.path)
                    throw StoreError.io(file: displayName, reason: reason)
                }
                written += n
            }
        }
        guard fsync(fd) == 0 else {
            let reason = errnoText()
            unlink(temp.path)
            throw StoreError.io(file: displayName, reason: reason)
        }
        close(fd)
        closed = true
        guard rename(temp.path, url.path) == 0 else {
            let reason = errnoText()
            unlink(temp.path)
            throw StoreError.io(file: displayName, reason: reason)
        }
        syncFolder(folder)
    }

    static func syncFolder(_ folder: URL) {
        let dfd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Creates the folder and its missing parents with mode 0700.
    static func makeFolder(_ url: URL, displayName: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try makeFolder(parent, displayName: displayName) }
        if mkdir(url.path, folderMode) != 0 && errno != EEXIST {
            throw StoreError.io(file: displayName, reason: errnoText())
        }
        chmod(url.path, folderMode)
        syncFolder(parent)
    }

    /// Reads a whole file, refusing one larger than `limit` bytes from its size alone (`fstat`),
    /// before any of it is read into memory.
    static func read(_ url: URL, displayName: String, limit: Int = Limits.storeFileBytes) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: displayName, reason: errnoText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(file: displayName, reason: errnoText()) }
        guard info.st_size <= limit else {
            throw StoreError.damaged(
                file: displayName, line: nil, column: nil, field: nil, problem: .beyondLimit(Limits.tooLarge(bytes: Int(info.st_size), limit: limit)))
        }
        var data = Data(count: Int(info.st_size))
        var total = 0
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while total < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.io(file: displayName, reason: errnoText())
                }
                if n == 0 { break }
                total += n
            }
        }
        if total < data.count { data.removeSubrange(total...) }
        return data
    }

    /// What identifies one version of a file on disk: a rename changes the inode, a write the
    /// size or the time. Used to notice changes made by another process.
    struct Stamp: Hashable, Sendable {
        var inode: UInt64
        var size: Int64
        var modifiedNanos: Int64
    }

    static func stamp(_ url: URL) -> Stamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Stamp(
            inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modifiedNanos: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    static func exists(_ url: URL) -> Bool { access(url.path, F_OK) == 0 }
}

// MARK: Leftovers of writers that were killed

extension FileSystem {
    /// The process id in the name of a temporary file of `writeAtomically` (`.NAME.PID.tmp`), or
    /// in a half-built store of `Store.replace` (`.STORE.new-PID`); nil for any other name.
    static func leftoverPID(_ name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        if name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, let pid = Int32(parts.last!), pid > 0 else { return nil }
            return pid
        }
        if let range = name.range(of: ".new-", options: .backwards), let pid = Int32(name[range.upperBound...]), pid > 0 {
            return pid
        }
        return nil
    }

    /// Removes `.NAME.PID.tmp` files in `folder` whose process is gone. A live process's are
    /// left alone: it may be writing them now. Returns the names removed.
    @discardableResult
    static func removeDeadTemporaryFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasSuffix(".tmp") {
            guard let pid = leftoverPID(name), !StoreLock.isAlive(pid) else { continue }
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        if !removed.isEmpty { syncFolder(folder) }
        return removed
    }
}
