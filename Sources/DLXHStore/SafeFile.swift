import Foundation

/// Writes a file the user named (`export -o`, `report -o`, `matrix -o`, the reminder letter)
/// the way the store writes its own: a temporary file beside the target, fsync, rename over it,
/// fsync the folder. A crash or a full disk leaves the old file or the new one, never half of
/// one, and no temporary file behind.
///
/// The mode is chosen on purpose, and differs from the store's 0600: the output is a document
/// the user asked for, to keep or to send on, so a new file gets 0644 minus the umask like any
/// program's output, and a file it replaces keeps that file's permission bits. The folder must
/// already exist.
public enum SafeFile {
    /// Replaces (or creates) `url` with `data`. Throws `StoreError.io` naming `displayName`
    /// (the path as the user typed it, by default) and the reason.
    ///
    /// A name that leads to something other than a plain file (`/dev/null`, `/dev/stdout`, a named
    /// pipe, a terminal) is written into, as any program's output is: renaming a new file over it
    /// would put a plain file in the device's place (as root, `report -o /dev/null` replaced
    /// /dev/null for the whole machine, 2 December 2026). A symbolic link to a plain file stays a
    /// link: the file it leads to is the one replaced.
    public static func write(_ data: Data, to url: URL, displayName: String? = nil) throws {
        let name = displayName ?? url.path
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return try FileSystem.writeAtomically(data, to: url, displayName: name, access: .userDocument)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            try FileSystem.writeAtomically(data, to: linkTarget(url) ?? url, displayName: name, access: .userDocument)
        case S_IFDIR:
            throw StoreError.io(file: name, reason: String(cString: strerror(EISDIR)))
        default:
            try writeInto(data, path: url.path, displayName: name)
        }
    }

    /// The file a symbolic link leads to (through every link), or nil when `url` is no link.
    static func linkTarget(_ url: URL) -> URL? {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }

    /// Writes `data` into a device or a pipe that exists, through its name, without creating,
    /// truncating or replacing anything.
    static func writeInto(_ data: Data, path: String, displayName: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw StoreError.io(file: displayName, reason: FileSystem.errnoText()) }
        defer { close(fd) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.io(file: displayName, reason: FileSystem.errnoText())
                }
                offset += written
            }
        }
    }
}
