import DLXHDomain
import Foundation
import Synchronization

// Issue 13: one save must not cost a decode and an encode of a whole month file. A store handle that
// wrote a report file remembers, in memory, the bytes' hash, the file as decoded, and each
// report's and audit entry's JSON as it stands in the file. The next save of that file still
// takes the lock and re-reads the file from disk; only when the bytes read are exactly the bytes
// this handle wrote (same length, same hash) does it take the remembered file instead of
// decoding, and it writes the new version by encoding only the records that changed and
// splicing them between the remembered ones. The bytes are the same as a whole encode's
// (`SaveCacheTests` compares them); the write itself (temporary file, fsync, rename, fsync of
// the folder) and the lock are unchanged. Anything else (another process's write, a file from
// another version, unknown fields kept) goes the whole way as before.

/// A report file as a store handle last wrote it.
struct CachedReportsFile: Sendable {
    var size: Int
    var hash: UInt64
    var file: ReportsFile
    /// Each report's JSON as it stands in the file (indented, normalised), by position.
    var reportFragments: [String]
    /// Each audit entry's JSON, by position.
    var auditFragments: [String]
    /// Each report's folded search text as the index's `.search` file holds it (escaped), by
    /// position in `file.reports`.
    var searchTexts: [String]?
}

/// The report files a `Store` handle last wrote (each handle its own, so two handles, as two
/// processes, never take each other's word).
final class SaveCache: Sendable {
    /// Absolute path → the file as last written. A few recent files only: saves go to the
    /// current month's file in practice.
    let files = Mutex<[String: CachedReportsFile]>([:])
    static let capacity = 4
    private let order = Mutex<[String]>([])

    func cached(_ path: String, data: Data) -> CachedReportsFile? {
        guard let entry = files.withLock({ $0[path] }), entry.size == data.count, entry.hash == IndexEntry.hash(data) else {
            return nil
        }
        return entry
    }

    func remember(_ path: String, _ entry: CachedReportsFile) {
        files.withLock { $0[path] = entry }
        let evicted = order.withLock { order -> [String] in
            order.removeAll { $0 == path }
            order.append(path)
            let drop = order.count > SaveCache.capacity ? Array(order.prefix(order.count - SaveCache.capacity)) : []
            order.removeFirst(drop.count)
            return drop
        }
        if !evicted.isEmpty { files.withLock { for path in evicted { $0[path] = nil } } }
    }

    func forget(_ path: String) { files.withLock { $0[path] = nil } }
}

extension JSONCodec {
    /// One element of an array nested `depth` levels deep, as the whole file's encode writes it:
    /// the element's own pretty-printed JSON, every non-empty line indented by two spaces per
    /// level, normalised (NFC, invisibles escaped) like a whole file. JSON's own syntax is ASCII,
    /// which NFC neither composes across nor reorders, so normalising pieces that start and end
    /// with ASCII gives what normalising the whole gives.
    static func fragment<T: Encodable>(_ value: T, depth: Int) throws -> String {
        let data = try encoder().encode(value)
        let indent = String(repeating: "  ", count: depth)
        var out = ""
        out.reserveCapacity(data.count + data.count / 8)
        var first = true
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            first = false
            if !line.isEmpty { out += indent }
            out += line
        }
        return escapingInvisibles(nfc(out))
    }

    /// `encode(file)` made of its records' fragments: the same bytes.
    static func assemble(_ file: ReportsFile, reports: [String], audit: [String]) -> Data {
        func array(_ fragments: [String]) -> String {
            fragments.isEmpty ? "[\n\n  ]" : "[\n" + fragments.joined(separator: ",\n") + "\n  ]"
        }
        var out = "{\n  \"audit\" : " + array(audit) + ",\n"
        if let last = file.lastReportNumber { out += "  \"lastReportNumber\" : \(last),\n" }
        out += "  \"month\" : \"" + file.month.id + "\",\n"
        out += "  \"reports\" : " + array(reports) + ",\n"
        out += "  \"schema\" : \"" + file.schema + "\",\n"
        out += "  \"version\" : \(file.version)\n}\n"
        return Data(out.utf8)
    }
}

extension Store {
    /// The remembered version of a report file, when `data` (just read under the lock) is
    /// exactly what this process last wrote there.
    func cachedReportsFile(_ relativePath: String, data: Data) -> CachedReportsFile? {
        saveCache.cached(url(relativePath).path, data: data)
    }

    /// Encodes a report file, reusing the remembered JSON of every report and audit entry that
    /// did not change since `cached`. The bytes are those `JSONCodec.encode(file)` gives.
    static func encodeReportsFile(_ file: ReportsFile, cached: CachedReportsFile?) throws
        -> (data: Data, reports: [String], audit: [String])
    {
        var reused: [String: Int] = [:]
        if let cached {
            for (i, report) in cached.file.reports.enumerated() { reused[report.id] = i }
        }
        var reports: [String] = []
        reports.reserveCapacity(file.reports.count)
        for report in file.reports {
            if let cached, let i = reused[report.id], cached.file.reports[i] == report {
                reports.append(cached.reportFragments[i])
            } else {
                reports.append(try JSONCodec.fragment(report, depth: 2))
            }
        }
        var audit: [String] = []
        audit.reserveCapacity(file.audit.count)
        for (i, entry) in file.audit.enumerated() {
            if let cached, i < cached.file.audit.count, cached.file.audit[i] == entry {
                audit.append(cached.auditFragments[i])
            } else {
                audit.append(try JSONCodec.fragment(entry, depth: 2))
            }
        }
        return (JSONCodec.assemble(file, reports: reports, audit: audit), reports, audit)
    }

    /// Writes a report file crash-safely as `write` does, encoding only what changed since the
    /// remembered version, and remembers what was written.
    @discardableResult
    func writeReportsFile(_ file: ReportsFile, relativePath: String, cached: CachedReportsFile?) throws -> Data {
        let encoded: (data: Data, reports: [String], audit: [String])
        do {
            encoded = try Store.encodeReportsFile(file, cached: cached)
        } catch {
            throw StoreError.io(file: relativePath, reason: "\(error)")
        }
        let data = encoded.data
        let path = url(relativePath).path
        saveCache.forget(path)  // until the new version is on disk
        try refuseSymbolicLinks(relativePath)
        try FileSystem.writeAtomically(data, to: url(relativePath), displayName: relativePath)
        saveCache.remember(
            path,
            CachedReportsFile(
                size: data.count, hash: IndexEntry.hash(data), file: file, reportFragments: encoded.reports,
                auditFragments: encoded.audit, searchTexts: nil))
        return data
    }

    /// The folded search texts remembered for the version of a report file whose bytes were
    /// `data`, and the reports they were made from.
    func rememberSearchTexts(_ relativePath: String, data: Data, texts: [String]) {
        let path = url(relativePath).path
        saveCache.files.withLock { files in
            guard var entry = files[path], entry.size == data.count, entry.hash == IndexEntry.hash(data) else { return }
            entry.searchTexts = texts
            files[path] = entry
        }
    }
}
