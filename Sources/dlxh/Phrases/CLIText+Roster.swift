import DLXHDomain

/// dlxh roster.
extension CLIText {
    public static let rosterAbstract = Localized(
        vi: "Danh sách đơn vị dạng CSV: xuất ra, nhập vào (xem Docs/ROSTER-CSV.md).",
        en: "The roster as CSV: export and import (see Docs/ROSTER-CSV.md).")
    public static let rosterExportAbstract = Localized(
        vi: "Xuất danh sách đơn vị ra CSV (UTF-8, dấu phẩy, có dòng tiêu đề).",
        en: "Write the roster as CSV (UTF-8, comma, header row).")
    public static let rosterImportAbstract = Localized(
        vi: "Nhập danh sách đơn vị từ CSV: thêm đơn vị mới, sửa đơn vị đã có; có lỗi thì không ghi gì.",
        en: "Read units from a CSV: adds new units, changes existing ones; on any problem nothing is written.")
    public static let rosterFileHelp = Localized(vi: "Tệp CSV danh sách đơn vị.", en: "The roster CSV file.")
    public static func rosterImported(_ file: String, _ added: Int, _ changed: Int) -> Localized {
        Localized(
            vi: "\(file): đã thêm \(added) đơn vị, sửa \(changed) đơn vị.",
            en: "\(file): \(English.count(added, "unit")) added, \(changed) changed.")
    }
}
