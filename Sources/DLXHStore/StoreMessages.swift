import DLXHDomain

/// What the store says: damaged and missing files, the lock, refused imports.
public enum Messages {
    public static func atLineColumn(_ line: Int, _ column: Int) -> Localized {
        Localized(vi: "ở dòng \(line), cột \(column)", en: "at line \(line), column \(column)")
    }
    public static let fileEmpty = Localized(vi: "tệp rỗng", en: "the file is empty")
    public static func notValidJSON(_ reason: String) -> Localized {
        Localized(vi: "không phải JSON hợp lệ (\(vietnamese(reason, syntaxReasons)))", en: "not valid JSON (\(reason))")
    }
    public static func wrongType(_ expected: String) -> Localized {
        Localized(vi: "sai kiểu dữ liệu, cần \(expected)", en: "wrong type, expected \(expected)")
    }
    public static func missingField(_ key: String) -> Localized {
        Localized(vi: "thiếu trường \"\(key)\"", en: "missing field \"\(key)\"")
    }
    public static func invalidValue(_ reason: String) -> Localized {
        Localized(vi: "giá trị không hợp lệ: \(reason)", en: "invalid value: \(reason)")
    }
    public static func damagedFile(_ file: String, _ place: String, _ detail: String) -> Localized {
        let at = place.isEmpty ? "" : " " + place
        return Localized(
            vi: "tệp \(file) bị hỏng\(at): \(detail); không ghi gì vào kho dữ liệu",
            en: "file \(file) is damaged\(at): \(detail); nothing was written to the store")
    }
    public static func unsupportedVersion(_ file: String, _ schema: String, _ version: Int, _ supported: Int) -> Localized {
        Localized(
            vi: "tệp \(file) có định dạng \(schema) phiên bản \(version), phiên bản dlxh này chỉ đọc được đến \(supported); hãy cập nhật dlxh",
            en: "file \(file) is \(schema) version \(version); this dlxh reads up to version \(supported): update dlxh")
    }
    public static func wrongSchema(_ file: String, _ found: String, _ expected: String) -> Localized {
        Localized(
            vi: "tệp \(file) là \"\(found)\", không phải \"\(expected)\" như mong đợi",
            en: "file \(file) is \"\(found)\", not the expected \"\(expected)\"")
    }
    public static func noStore(_ path: String) -> Localized {
        Localized(
            vi: "không có kho dữ liệu dlxh tại \(path) (tạo kho mẫu: dlxh demo --store \(path))",
            en: "no dlxh store at \(path) (create a demo one: dlxh demo --store \(path))")
    }
    public static func noStoreFolder(_ path: String) -> Localized {
        Localized(
            vi: "không có thư mục \(path), nên không có kho dữ liệu dlxh ở đó (tạo kho mẫu: dlxh demo --store \(path))",
            en: "no folder \(path), so no dlxh store there (create a demo one: dlxh demo --store \(path))")
    }
    public static func storeNotAFolder(_ path: String) -> Localized {
        Localized(vi: "\(path) không phải là thư mục, không thể là kho dữ liệu dlxh", en: "\(path) is not a folder, so it cannot be a dlxh store")
    }
    public static func storePermissionDenied(_ path: String, _ what: String) -> Localized {
        Localized(
            vi: "không có quyền mở \(what) (permission denied): kho dữ liệu \(path) thuộc người dùng khác hoặc quyền truy cập không cho bạn vào",
            en: "permission denied opening \(what): the store \(path) belongs to another user or its permissions keep you out")
    }
    public static func storeExists(_ path: String) -> Localized {
        Localized(
            vi: "đã có kho dữ liệu tại \(path); dùng --force để ghi đè",
            en: "a store already exists at \(path); use --force to overwrite it")
    }
    public static func ioFailure(_ file: String, _ reason: String) -> Localized {
        Localized(vi: "không đọc/ghi được \(file): \(vietnamese(reason, systemReasons))", en: "cannot read/write \(file): \(reason)")
    }
    public static func missingFile(_ file: String, _ records: Int) -> Localized {
        Localized(
            vi: "mất tệp \(file) (theo manifest.json, tệp này có \(records) bản ghi); không ghi gì vào kho dữ liệu",
            en: "file \(file) is missing (manifest.json says it holds \(records) records); nothing was written to the store")
    }
    /// A damaged or missing record file a read-only command or the interface reads around.
    public static func leftOut(_ problem: String) -> Localized {
        Localized(
            vi: "cảnh báo: \(problem); các bản ghi trong tệp này bị bỏ qua, chỉ đọc được phần còn lại (chạy dlxh check)",
            en: "warning: \(problem); its records are left out, the rest is read-only (run dlxh check)")
    }
    /// Another writer holds the store lock; `holder` is (staff, command, pid, since) when known.
    public static func storeLocked(_ holder: (String, String, Int, String)?) -> Localized {
        guard let (staff, command, pid, since) = holder else {
            return Localized(
                vi: "kho dữ liệu đang bị một tiến trình khác khóa (không rõ là ai); chưa ghi gì, hãy thử lại sau",
                en: "the store is locked by another process (not saying who); nothing was written, try again later")
        }
        return Localized(
            vi: "kho dữ liệu đang bị khóa bởi \(staff) (\(command), pid \(pid), từ \(since)); chưa ghi gì, hãy thử lại sau",
            en: "the store is locked by \(staff) (\(command), pid \(pid), since \(since)); nothing was written, try again later")
    }
    public static func notFound(_ kind: String, _ id: String) -> Localized {
        Localized(vi: "không tìm thấy \(kind) \(id)", en: "no \(kind) \(id)")
    }
}

extension Messages {
    public static func importRejected(_ file: String, _ field: String, _ reason: String) -> Localized {
        Localized(vi: "\(file): từ chối, \(field): \(reason)", en: "\(file): rejected, \(field): \(reason)")
    }
}

extension Messages {
    public static func incomingAccepted(_ name: String, _ reports: Int, _ movedTo: String) -> Localized {
        Localized(vi: "\(name): đã nhập \(reports) báo cáo, chuyển vào \(movedTo).", en: "\(name): imported \(English.count(reports, "report")), moved to \(movedTo).")
    }
    public static func incomingRejected(_ name: String, _ movedTo: String, _ reasons: String) -> Localized {
        Localized(
            vi: "\(name): từ chối, chuyển vào \(movedTo); lý do ghi trong \(reasons).",
            en: "\(name): rejected, moved to \(movedTo); the reasons are in \(reasons).")
    }
    public static func incomingWaiting(_ name: String) -> Localized {
        Localized(vi: "\(name): tệp đang được ghi, để lại lần sau.", en: "\(name): still being written, left for next time.")
    }
    public static func incomingTotals(_ accepted: Int, _ rejected: Int, _ waiting: Int) -> Localized {
        Localized(
            vi: "Thư mục incoming: nhận \(accepted) tệp, từ chối \(rejected) tệp, để lại \(waiting) tệp.",
            en: "Incoming folder: \(English.count(accepted, "file")) accepted, \(rejected) rejected, \(waiting) left for later.")
    }
    public static let incomingNothing = Localized(vi: "Thư mục incoming không có tệp mới.", en: "Nothing new in the incoming folder.")

    /// A reason the store or the system gives in English (JSONLocator's, strerror's,
    /// Foundation's), in Vietnamese: the known ones from the table, the rest word for word
    /// after a known start, else as given.
    static func vietnamese(_ reason: String, _ table: [(String, String)]) -> String {
        for (english, vietnamese) in table where reason == english || reason == english + "." { return vietnamese }
        for (english, vietnamese) in table where english.hasSuffix(" ") && reason.hasPrefix(english) {
            return vietnamese + reason.dropFirst(english.count)
        }
        return reason
    }

    /// JSONLocator's reasons.
    static let syntaxReasons: [(String, String)] = [
        ("unexpected text after the end", "còn chữ sau khi đã hết dữ liệu"),
        ("the file ends too early", "tệp kết thúc sớm"),
        ("unexpected character", "ký tự không đúng chỗ"),
        ("expected a key in quotes", "cần một khóa trong dấu ngoặc kép"),
        ("expected ':'", "cần dấu ':'"),
        ("expected ',' or '}'", "cần dấu ',' hoặc '}'"),
        ("expected ',' or ']'", "cần dấu ',' hoặc ']'"),
        ("text that is not UTF-8", "chữ không phải UTF-8"),
        ("a line break inside a string (unterminated string?)", "xuống dòng giữa một chuỗi (chuỗi chưa đóng ngoặc kép?)"),
        ("a control character inside a string", "ký tự điều khiển giữa một chuỗi"),
        ("the file ends inside a string", "tệp kết thúc giữa một chuỗi"),
        ("expected a number", "cần một số"),
        ("arrays and objects nested more than ", "mảng và đối tượng lồng nhau quá "),
    ]

    /// The system's reasons a file could not be read or written (strerror, Foundation).
    static let systemReasons: [(String, String)] = [
        ("No such file or directory", "không có tệp hoặc thư mục này"),
        ("The file doesn’t exist", "tệp không tồn tại"),
        ("The file doesn't exist", "tệp không tồn tại"),
        ("Permission denied", "không có quyền truy cập"),
        ("Is a directory", "đây là một thư mục"),
        ("Not a directory", "không phải là thư mục"),
        ("No space left on device", "hết chỗ trên đĩa"),
        ("Read-only file system", "hệ thống tệp chỉ cho đọc"),
        ("File exists", "tệp đã có"),
        ("Too many levels of symbolic links", "liên kết tượng trưng lồng quá nhiều"),
        ("Operation not permitted", "thao tác không được phép"),
        ("Input/output error", "lỗi đọc/ghi thiết bị"),
        ("File name too long", "tên tệp quá dài"),
        ("Disk quota exceeded", "vượt hạn mức đĩa"),
        ("You don’t have permission", "không có quyền truy cập"),
    ]
}
