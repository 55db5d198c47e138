import DLXHDomain
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of the store held by a descriptor opened with `O_NOFOLLOW | O_DIRECTORY`, and the
/// few calls that work relative to it (`openat`, `linkat`, `renameat`, `unlinkat`, `fstatat`),
/// so that nothing the store writes or moves can be sent elsewhere by a symbolic link planted in
/// its place: a link where a folder should be is refused with `StoreError.symbolicLink`, and a
/// link where a file should be is never opened. Used by the `incoming/` pass, whose folder may
/// be shared with others.
final class StoreFolder {
    let fd: Int32
    /// The folder's path relative to the store, as messages name it.
    let displayName: String

    private init(fd: Int32, displayName: String) {
        self.fd = fd
        self.displayName = displayName
    }

    deinit { close(fd) }

    /// The store's own folder. It is the user's choice, so a link to it is followed.
    static func root(_ url: URL) throws -> StoreFolder {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: url.path, reason: FileSystem.errnoText()) }
        return StoreFolder(fd: fd, displayName: "")
    }

    /// The folder `name` inside this one, created with mode 0700 when missing. A symbolic link
    /// there is refused, never followed. With `private`, its mode is made 0700 as well.
    func folder(_ name: String, private makePrivate: Bool) throws -> StoreFolder {
        let display = path(name)
        let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
        var child = openat(fd, name, flags)
        if child < 0, errno == ENOENT {
            if mkdirat(fd, name, FileSystem.folderMode) != 0, errno != EEXIST {
                throw StoreError.io(file: display, reason: FileSystem.errnoText())
            }
            fsync(fd)
            child = openat(fd, name, flags)
        }
        guard child >= 0 else { throw failure(name) }
        if makePrivate { fchmod(child, FileSystem.folderMode) }
        return StoreFolder(fd: child, displayName: display)
    }

    /// The error for a name that could not be opened: a symbolic link is named as one.
    private func failure(_ name: String) -> StoreError {
        let reason = FileSystem.errnoText()
        var info = stat()
        if fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            return .symbolicLink(path: path(name))
        }
        return .io(file: path(name), reason: reason)
    }

    func path(_ name: String) -> String { displayName.isEmpty ? name : displayName + "/" + name }

    /// Creates the regular file `name` (mode 0600) when missing; refuses a symbolic link there.
    func makeFile(_ name: String) throws {
        let file = openat(fd, name, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, FileSystem.fileMode)
        guard file >= 0 else { throw failure(name) }
        close(file)
    }

    /// The names in the folder (not `.` and `..`).
    func names() throws -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            throw StoreError.io(file: displayName, reason: FileSystem.errnoText())
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The stamp of the regular file `name`, not following a symbolic link; nil for anything else.
    func regularFileStamp(_ name: String) -> FileSystem.Stamp? {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileSystem.Stamp(info)
    }

    /// Whether anything (a link included) has the name.
    func contains(_ name: String) -> Bool {
        var info = stat()
        return fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// Reads the regular file `name` without following a link, and makes it private (0600) as
    /// the store's files are. Nil when it is no longer the regular file `expected` stamped.
    func readRegularFile(_ name: String, expected: FileSystem.Stamp, limit: Int = Limits.storeFileBytes) throws -> Data? {
        let file = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if file < 0 {
            if errno == ELOOP || errno == ENOENT { return nil }
            throw StoreError.io(file: name, reason: FileSystem.errnoText())
        }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, UInt64(info.st_ino) == expected.inode else { return nil }
        // Refused from its size alone, before a byte is read (a 1 GiB file costs nothing).
        guard info.st_size <= limit else {
            throw StoreError.damaged(
                file: name, line: nil, column: nil, field: nil,
                problem: .beyondLimit(Limits.tooLarge(bytes: Int(info.st_size), limit: limit)))
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(file: name, reason: FileSystem.errnoText())
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        fchmod(file, FileSystem.fileMode)  // best effort: a file another user dropped stays theirs
        return data
    }

    /// Writes `data` as the new file `name` (mode 0600), crash-safe (temporary file, fsync, then
    /// a hard link that fails rather than replace anything). False when the name is taken.
    func writeNewFile(_ name: String, _ data: Data) throws -> Bool {
        let temp = ".\(name).\(getpid()).tmp"
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var file = openat(fd, temp, flags, FileSystem.fileMode)
        if file < 0, errno == EEXIST {
            unlinkat(fd, temp, 0)
            file = openat(fd, temp, flags, FileSystem.fileMode)
        }
        guard file >= 0 else { throw StoreError.io(file: path(name), reason: FileSystem.errnoText()) }
        fchmod(file, FileSystem.fileMode)
        do {
            try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var written = 0
                while written < bytes.count {
                    let n = write(file, bytes.baseAddress! + written, bytes.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw StoreError.io(file: path(name), reason: FileSystem.errnoText())
                    }
                    written += n
                }
            }
            guard fsync(file) == 0 else { throw StoreError.io(file: path(name), reason: FileSystem.errnoText()) }
        } catch {
            close(file)
            unlinkat(fd, temp, 0)
            throw error
        }
        close(file)
        defer { unlinkat(fd, temp, 0) }
        return try StoreFolder.claim(temp, in: self, as: name, in: self)
    }

    /// Gives `name` in `source` the new name `target` in `destination` without ever replacing
    /// another file: a hard link (of the name itself, never what a link points to) fails when
    /// the target is taken, and only then is the old name removed, so a crash leaves the file
    /// under one name or both, never none. Where hard links are refused (another user's file
    /// under `protected_hardlinks`, a file system without them), a rename: the caller has
    /// checked the name is free, under the incoming lock. False when the name was taken.
    static func claim(_ name: String, in source: StoreFolder, as target: String, in destination: StoreFolder) throws -> Bool {
        if linkat(source.fd, name, destination.fd, target, 0) == 0 {
            unlinkat(source.fd, name, 0)
            return true
        }
        if errno == EEXIST { return false }
        if destination.contains(target) { return false }
        guard renameat(source.fd, name, destination.fd, target) == 0 else {
            throw StoreError.io(file: source.path(name), reason: FileSystem.errnoText())
        }
        return true
    }

    func sync() { fsync(fd) }
}

extension FileSystem.Stamp {
    init(_ info: stat) {
        self.init(
            inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modifiedNanos: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

extension Store {
    /// Refuses to go on when a folder on the way to `relativePath` (`reports`, `reports/2026`…),
    /// or, with `includingLast`, the file itself (`.lock`), is a symbolic link: the store never
    /// writes through one. Missing folders are fine: they are created as real ones.
    func refuseSymbolicLinks(_ relativePath: String, includingLast: Bool = false) throws {
        var components = relativePath.split(separator: "/").map(String.init)
        if !includingLast { components.removeLast() }
        var path = ""
        for component in components {
            path += (path.isEmpty ? "" : "/") + component
            var info = stat()
            guard lstat(url(path).path, &info) == 0 else { return }
            if (info.st_mode & S_IFMT) == S_IFLNK { throw StoreError.symbolicLink(path: path) }
        }
    }
}
