import DLXHDomain
import Foundation

/// Each staff member's own state: read marks and saved views.
extension Store {
    static let staffFolder = "staff"

    /// A file name for a staff name: folded to ASCII, other characters made '-'.
    static func staffPath(_ staff: String) -> String {
        let slug = Text.fold(staff).map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let name = String(slug).split(separator: "-").joined(separator: "-")
        return "\(staffFolder)/\(name.isEmpty ? "staff" : name).json"
    }

    /// The staff member's state; an empty one when they have none yet.
    public func staffState(_ staff: String) throws -> StaffFile {
        let path = Store.staffPath(staff)
        guard FileSystem.exists(url(path)) else { return StaffFile(staff: staff, savedViews: Store.defaultViews) }
        return try readFile(StaffFile.self, relativePath: path)
    }

    @discardableResult
    public func updateStaffState(_ staff: String, _ change: (inout StaffFile) throws -> Void) throws -> StaffFile {
        let (_, file) = try transact(
            StaffFile.self, relativePath: Store.staffPath(staff),
            empty: { StaffFile(staff: staff, savedViews: Store.defaultViews) }, change)
        return file
    }

    /// The views every staff member starts with.
    public static let defaultViews = [
        SavedView(name: "Chưa phân loại", query: "bước:1"),
        SavedView(name: "Tin đồn", query: "tính chất:tin"),
        SavedView(name: "Đang phản ánh, tham mưu", query: "bước:3"),
    ]
}

/// Drafts of the entry form, one file per staff member.
extension Store {
    static let draftsFolder = "drafts"

    static func draftPath(_ staff: String) -> String {
        draftsFolder + "/" + String(staffPath(staff).dropFirst(staffFolder.count + 1))
    }

    /// The staff member's unsaved draft, if any.
    public func draft(_ staff: String) throws -> ReportDraft? {
        let path = Store.draftPath(staff)
        guard FileSystem.exists(url(path)) else { return nil }
        return try readFile(DraftFile.self, relativePath: path).draft
    }

    /// Replaces the draft (nil clears it once the report is saved or thrown away).
    public func saveDraft(_ draft: ReportDraft?, staff: String) throws {
        _ = try transact(DraftFile.self, relativePath: Store.draftPath(staff), empty: { DraftFile(staff: staff, draft: nil) }) {
            $0.draft = draft
        }
    }
}
