import DLXHDomain

/// dlxh incoming.
extension CLIText {
    public static let incomingAbstract = Localized(
        vi: "Nhận các tệp trao đổi đặt vào thư mục incoming/ của kho: nhập tệp hợp lệ (chuyển vào incoming/accepted/), chuyển tệp lỗi vào incoming/rejected/ kèm lý do.",
        en: "Take in the exchange files dropped in the store's incoming/ folder: import the valid ones (moved to incoming/accepted/), move the others to incoming/rejected/ with the reasons.")
}
