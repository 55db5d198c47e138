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
