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
    public static func write(_ data: Data, to url: URL, displayName: String? = nil) throws {
        try FileSystem.writeAtomically(data, to: url, displayName: displayName ?? url.path, access: .userDocument)
    }
}
