import DLXHDomain

/// The words of a refused merge, in both languages (one line each).
enum MergePhrases {
    static func refused(_ conflict: EditConflict) -> Localized {
        let who = conflict.theirsBy ?? "?"
        let when = conflict.theirsAt?.displayString ?? "?"
        if conflict.deleted {
            return Localized(
                vi: "\(conflict.id) đã bị \(who) xóa lúc \(when): không lưu được, nội dung của bạn vẫn giữ nguyên",
                en: "\(conflict.id) was deleted by \(who) at \(when): not saved, your text is kept")
        }
        let fields = conflict.conflicts.map(\.path).joined(separator: ", ")
        return Localized(
            vi: "\(conflict.id): \(who) đã sửa cùng trường lúc \(when) (\(fields)); chọn giữ bản nào, chưa ghi gì",
            en: "\(conflict.id): \(who) changed the same fields at \(when) (\(fields)); choose which to keep, nothing written")
    }

    static func idTaken(_ kind: String, _ id: String) -> Localized {
        Localized(vi: "mã \(id) vừa được người khác dùng: chưa ghi gì", en: "the id \(id) was just taken by someone else: nothing written")
    }
}
