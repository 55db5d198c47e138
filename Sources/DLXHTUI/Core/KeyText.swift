import DLXHDomain

/// The words of the key maps: each key's own action, as Docs/KEYS.md names it, and the short
/// hints the forms and dialogs show. (The longer key phrases are in UIText.)
enum KeyText {
    // The tabs
    static let inboxTitle = Localized(vi: "Hộp thư đến", en: "Inbox")
    static let entryTitle = Localized(vi: "Nhập liệu", en: "Entry")
    static let hotSpotsTitle = Localized(vi: "Điểm nóng", en: "Hot spots")
    static let dashboardTitle = Localized(vi: "Tình hình nộp", en: "Submissions")
    // The tabs' names where the full ones do not fit on the line (60 columns).
    static let inboxShort = Localized(vi: "Hộp thư", en: "Inbox")
    static let entryShort = Localized(vi: "Nhập", en: "Entry")
    static let hotSpotsShort = Localized(vi: "Điểm nóng", en: "Hot")
    static let dashboardShort = Localized(vi: "Nộp BC", en: "Reports")
    static let nextScreen = Localized(vi: "Màn hình sau", en: "Next screen")
    static let previousScreen = Localized(vi: "Màn hình trước", en: "Previous screen")

    // Lists
    static let up = Localized(vi: "Lên", en: "Up")
    static let down = Localized(vi: "Xuống", en: "Down")
    static let pageUp = Localized(vi: "Trang trước", en: "Page up")
    static let pageDown = Localized(vi: "Trang sau", en: "Page down")
    static let first = Localized(vi: "Đầu danh sách", en: "First")
    static let last = Localized(vi: "Cuối danh sách", en: "Last")
    static let nextMatch = Localized(vi: "Kết quả sau", en: "Next match")
    static let previousMatch = Localized(vi: "Kết quả trước", en: "Previous match")
    static let previousItem = Localized(vi: "Ý kiến trước", en: "Previous item")
    static let nextItem = Localized(vi: "Ý kiến sau", en: "Next item")
    static let scrollUp = Localized(vi: "Cuộn lên", en: "Scroll up")
    static let scrollDown = Localized(vi: "Cuộn xuống", en: "Scroll down")
    static let periodKind = Localized(vi: "Đổi loại kỳ: tháng / quý / 6 tháng / năm", en: "Period kind: month / quarter / half / year")

    // Forms
    static let nextField = Localized(vi: "Ô sau", en: "Next field")
    static let previousField = Localized(vi: "Ô trước", en: "Previous field")
    static let fieldUp = Localized(vi: "Ô trên (trong ô nhiều dòng: dòng trên)", en: "Field above (in a multi-line field: line above)")
    static let fieldDown = Localized(vi: "Ô dưới (trong ô nhiều dòng: dòng dưới)", en: "Field below (in a multi-line field: line below)")
    static let chooseOrNext = Localized(
        vi: "Ô lựa chọn: mở danh sách; ô chữ: ô sau; ô nhiều dòng: xuống dòng; ô đánh dấu: bật/tắt",
        en: "Choice: open the list; text: next field; multi-line: new line; tick box: toggle")
    static let toggleOrChoose = Localized(vi: "Ô lựa chọn: mở danh sách; ô đánh dấu: bật/tắt", en: "Choice: open the list; tick box: toggle")
    static let tick = Localized(vi: "Ô đánh dấu: bật/tắt", en: "Tick box: toggle")
    static let submit = Localized(vi: "Lưu", en: "Save")
    static let cancelForm = Localized(vi: "Hủy (hỏi trước nếu đã nhập)", en: "Cancel (asks first if anything was typed)")
    static let hintFields = Localized(vi: "chuyển ô", en: "next field")
    static let hintChoose = Localized(vi: "chọn", en: "choose")
    // What Enter does in a text field, a multi-line field and a tick box, on the hint line.
    static let hintNextField = Localized(vi: "ô sau", en: "next")
    static let hintNewLine = Localized(vi: "xuống dòng", en: "new line")
    static let hintToggle = Localized(vi: "bật/tắt", en: "toggle")
    static let hintSave = Localized(vi: "lưu", en: "save")
    static let hintCancel = Localized(vi: "hủy", en: "cancel")
    static let backToReport = Localized(vi: "Về báo cáo (giữ nội dung ý kiến)", en: "Back to the report (the item is kept)")
    // Short, so that at 80 columns it shows beside Ctrl-S (the help says the item is kept).
    static let hintBackToReport = Localized(vi: "về báo cáo", en: "back to the report")
    static let saveReport = Localized(vi: "Lưu cả báo cáo", en: "Save the whole report")
    static let hintSaveReport = Localized(vi: "lưu báo cáo", en: "save the report")

    // The entry form's item list
    static let addItem = Localized(vi: "Thêm ý kiến", en: "Add an item")
    static let editItem = Localized(vi: "Sửa ý kiến đang chọn", en: "Edit the selected item")
    static let moveItemUp = Localized(vi: "Đưa ý kiến lên", en: "Move the item up")
    static let moveItemDown = Localized(vi: "Đưa ý kiến xuống", en: "Move the item down")
    static let deleteItem = Localized(vi: "Xóa ý kiến", en: "Delete the item")
    static let toFields = Localized(vi: "Về các ô của báo cáo", en: "Back to the report's fields")
    static let hintAdd = Localized(vi: "thêm", en: "add")
    static let hintEdit = Localized(vi: "sửa", en: "edit")
    static let hintReorder = Localized(vi: "đưa lên/xuống", en: "move")
    static let hintDelete = Localized(vi: "xóa", en: "delete")
    static let hintToFields = Localized(vi: "về các ô", en: "to fields")

    // Text fields
    static let cursorLeft = Localized(vi: "Con trỏ sang trái", en: "Cursor left")
    static let cursorRight = Localized(vi: "Con trỏ sang phải", en: "Cursor right")
    static let lineStart = Localized(vi: "Về đầu dòng", en: "Start of the line")
    static let lineEnd = Localized(vi: "Về cuối dòng", en: "End of the line")
    static let deleteBack = Localized(vi: "Xóa chữ trước con trỏ", en: "Delete before the cursor")
    static let deleteForward = Localized(vi: "Xóa chữ tại con trỏ", en: "Delete at the cursor")
    static let deleteToStart = Localized(vi: "Xóa đến đầu dòng", en: "Delete to the start")
    static let deleteToEnd = Localized(vi: "Xóa đến cuối dòng", en: "Delete to the end")
    static let deleteWord = Localized(vi: "Xóa từ trước con trỏ", en: "Delete the word before the cursor")
    static let newLine = Localized(vi: "Xuống dòng (ô nhiều dòng)", en: "New line (multi-line field)")

    // Pickers, prompts, dialogs, read-only lists
    static let pickerUp = Localized(vi: "Lựa chọn trên", en: "Option above")
    static let pickerDown = Localized(vi: "Lựa chọn dưới", en: "Option below")
    static let pick = Localized(vi: "Chọn", en: "Choose")
    static let pickerMove = Localized(vi: "di chuyển, gõ để lọc", en: "move, type to filter")
    static let close = Localized(vi: "Đóng", en: "Close")
    static let writeDocument = Localized(vi: "Ghi ra tệp (hỏi tên tệp)", en: "Write to a file (asks its name)")
    static let closeUnwritten = Localized(vi: "Đóng, không ghi", en: "Close without writing")
    static let promptSave = Localized(vi: "Lưu", en: "Save")
    static let promptCancel = Localized(vi: "Hủy", en: "Cancel")
    static let yes = Localized(vi: "Có", en: "Yes")
    static let no = Localized(vi: "Không", en: "No")
    static let conflictUp = Localized(vi: "Trường trên", en: "Field above")
    static let conflictDown = Localized(vi: "Trường dưới", en: "Field below")

    // Docs/KEYS.md section titles for widgets and overlays
    static let formSection = Localized(vi: "Biểu mẫu", en: "Forms")
    static let itemListSection = Localized(vi: "Nhập liệu – danh sách ý kiến", en: "Entry – the item list")
    static let itemEditorSection = Localized(vi: "Nhập liệu – soạn một ý kiến", en: "Entry – the item editor")
    static let textSection = Localized(vi: "Ô chữ (mọi ô nhập, ô lọc)", en: "Text fields (every field and filter)")
    static let pickerSection = Localized(vi: "Danh sách chọn", en: "Pickers")
    static let promptSection = Localized(vi: "Hỏi một dòng", en: "One-line prompts")
    static let confirmSection = Localized(vi: "Hỏi có/không", en: "Yes/no questions")
    static let linesSection = Localized(vi: "Trợ giúp, lịch sử", en: "Help, history")
    static let documentSection = Localized(vi: "Xem trước văn bản (văn bản nhắc)", en: "Document preview (reminders)")
    static let conflictSection = Localized(vi: "Người khác đã sửa cùng nội dung", en: "Someone else changed the same fields")
    static let filterLineSection = Localized(vi: "Hộp thư đến – đang gõ bộ lọc", en: "Inbox – typing the filter")
    static let filterDone = Localized(vi: "Xong, giữ bộ lọc", en: "Done, keep the filter")
    static let filterClear = Localized(vi: "Bỏ bộ lọc", en: "Clear the filter")
    static let filterToList = Localized(vi: "Về danh sách (giữ bộ lọc)", en: "Back to the list (filter kept)")
}
