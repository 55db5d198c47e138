import DLXHDomain
import DLXHStore

/// What the effects say on the interface's message line (and after it, on standard error).
public enum EffectText {
    static func readOnlyMissing(_ file: String, _ more: String) -> Localized {
        Localized(
            vi: "⚠ Chỉ đọc: mất tệp \(file)\(more); không lưu được thay đổi, hãy chạy dlxh check",
            en: "⚠ Read-only: file \(file) is missing\(more); changes cannot be saved, run dlxh check")
    }

    static func readOnlyDamaged(_ file: String, _ more: String) -> Localized {
        Localized(
            vi: "⚠ Chỉ đọc: tệp \(file) bị hỏng\(more); không lưu được thay đổi, hãy chạy dlxh check",
            en: "⚠ Read-only: file \(file) is damaged\(more); changes cannot be saved, run dlxh check")
    }

    static func waiting(_ count: Int, holder: LockHolder?) -> Localized {
        guard let holder else {
            return Localized(
                vi: "⚠ Đang chờ khóa kho dữ liệu (một tiến trình khác giữ): \(count) thay đổi chưa lưu, tự thử lại mỗi giây",
                en: "⚠ Waiting for the store lock (held by another process): \(count) change(s) not saved yet, retrying every second")
        }
        return Localized(
            vi: "⚠ Đang chờ khóa kho dữ liệu, do \(holder.staff) giữ (\(holder.command), pid \(holder.pid)): \(count) thay đổi chưa lưu, tự thử lại mỗi giây",
            en: "⚠ Waiting for the store lock, held by \(holder.staff) (\(holder.command), pid \(holder.pid)): \(count) change(s) not saved yet, retrying every second")
    }

    static func pendingSaved(_ count: Int) -> Localized {
        Localized(
            vi: "Khóa kho dữ liệu đã được trả: đã lưu \(count) thay đổi đang chờ.",
            en: "The store lock was released: \(count) waiting change(s) saved.")
    }

    static func unsavedOnQuit(_ count: Int, _ why: String) -> Localized {
        Localized(
            vi: "\(count) thay đổi chưa được lưu khi thoát: \(why)",
            en: "\(count) change(s) were not saved on quitting: \(why)")
    }

    /// The store could not be read again; what is shown is what was last read.
    static func storeUnreadable(_ error: Localized) -> Localized {
        Localized(
            vi: "⚠ Không đọc lại được kho dữ liệu, dữ liệu đang hiện có thể đã cũ: \(error.vi)",
            en: "⚠ The store could not be read again; what is shown may be stale: \(error.en)")
    }

    /// A change landed, but the store could not be read again after it.
    static func savedNotReread(_ saved: Localized, _ error: Localized) -> Localized {
        Localized(vi: "\(error.vi) (\(saved.vi))", en: "\(error.en) (\(saved.en))")
    }
}
