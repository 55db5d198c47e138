import Foundation

/// The migration path between file versions (Docs/STORE.md, "Versions and migration").
///
/// A file of an older version is upgraded in memory, one version at a time, before it is decoded;
/// the next write stores the current version. `dlxh migrate` rewrites every old file at once and
/// keeps a copy of each replaced file under `backups/`. Version 1 is the first, so the table is
/// empty; a step is a function from the JSON object of version n to that of version n + 1.
enum Migrations {
    typealias Step = @Sendable (inout [String: Any]) throws -> Void

    /// steps[schema][n] upgrades version n to n + 1.
    static let steps: [String: [Int: Step]] = [:]

    static func upgrade(_ data: Data, schema: String, from version: Int, file: String) throws -> Data {
        guard let table = steps[schema], version < currentVersion(schema) else { return data }
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return data }
        var v = version
        while let step = table[v] {
            try step(&object)
            v += 1
            object["version"] = v
        }
        return try JSONSerialization.data(withJSONObject: object)
    }

    static func currentVersion(_ schema: String) -> Int {
        switch schema {
        case StoreManifest.schemaName: StoreManifest.currentVersion
        case ConfigFile.schemaName: ConfigFile.currentVersion
        case RosterFile.schemaName: RosterFile.currentVersion
        case ReportsFile.schemaName: ReportsFile.currentVersion
        case HotSpotsFile.schemaName: HotSpotsFile.currentVersion
        default: 1
        }
    }
}
