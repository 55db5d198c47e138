// The words of step 4 (guidance relayed down, acknowledged) and of reports returned for more:
// messages of the store and the command line, and the phrases of the relay letter.

public enum GuidanceText {
    // MARK: Refusals (one line each; nothing was written)

    public static func unknownGuidance(_ id: String) -> Localized {
        Localized(vi: "không có văn bản định hướng \"\(id)\" trong kho", en: "no guidance \"\(id)\" in the store")
    }
    public static func unknownItem(_ ref: String) -> Localized {
        Localized(vi: "không có luồng ý kiến \"\(ref)\" trong kho", en: "no opinion item \"\(ref)\" in the store")
    }
    public static func unknownReport(_ id: String) -> Localized {
        Localized(vi: "không có báo cáo \"\(id)\" trong kho", en: "no report \"\(id)\" in the store")
    }
    public static func unknownUnit(_ id: String) -> Localized {
        Localized(vi: "không có đơn vị \"\(id)\" trong danh sách", en: "no unit \"\(id)\" on the roster")
    }
    public static func notRelayedTo(_ id: String, _ unit: String) -> Localized {
        Localized(
            vi: "văn bản định hướng \(id) chưa được chuyển đến đơn vị \"\(unit)\", nên đơn vị này không thể xác nhận",
            en: "guidance \(id) was not relayed to unit \"\(unit)\", so it cannot acknowledge it")
    }
    public static func badDate(_ option: String, _ text: String) -> Localized {
        Localized(
            vi: "\(option): ngày không hợp lệ \"\(text)\", cần YYYY-MM-DD có thật, năm từ 1900 đến 2200",
            en: "\(option): invalid date \"\(text)\", expected a real YYYY-MM-DD in the years 1900 to 2200")
    }
    public static func dueBeforeDate(_ due: Day, _ date: Day) -> Localized {
        Localized(
            vi: "hạn xác nhận \(due.isoString) trước ngày của văn bản \(date.isoString)",
            en: "the due date \(due.isoString) is before the guidance date \(date.isoString)")
    }
    public static func badReference(_ text: String) -> Localized {
        Localized(
            vi: "--items: tham chiếu không hợp lệ \"\(text)\", cần MÃ-BÁO-CÁO/MÃ-LUỒNG, ví dụ R-2026-11-0001/i1",
            en: "--items: invalid reference \"\(text)\", expected REPORT-ID/ITEM-ID, e.g. R-2026-11-0001/i1")
    }
    public static func required(_ option: String) -> Localized {
        Localized(vi: "\(option) không được để trống", en: "\(option) must not be empty")
    }
    public static let noUnits = Localized(
        vi: "không có đơn vị nào để chuyển văn bản đến (các luồng ý kiến liên quan không còn trong kho); hãy nêu --units",
        en: "no unit to relay it to (the linked items are no longer in the store); name them with --units")
    public static func controlCharacters(_ option: String) -> Localized {
        Localized(vi: "\(option) có ký tự điều khiển không được phép", en: "\(option) contains control characters")
    }

    // MARK: Command line

    public static let guidanceAbstract = Localized(
        vi: "Văn bản định hướng (bước 4): ghi nhận, chuyển đến đơn vị, theo dõi xác nhận.",
        en: "Guidance (step 4): record it, relay it to the units, follow their acknowledgements.")
    public static let addAbstract = Localized(
        vi: "Ghi nhận một văn bản định hướng trả lời các luồng ý kiến; in ra mã của nó.",
        en: "Record guidance that answers opinion items; prints its id.")
    public static let relayAbstract = Localized(
        vi: "Chuyển văn bản đến các đơn vị (mặc định: các đơn vị đã phản ánh), đánh dấu các luồng ý kiến bước 4 và viết công văn.",
        en: "Relay it to units (default: those that raised the items), mark the items step 4 and write the letter.")
    public static let ackAbstract = Localized(
        vi: "Ghi nhận đơn vị đã xác nhận văn bản (ngày --today) và việc đã làm.",
        en: "Record that a unit acknowledged it (on --today) and what it did.")
    public static let listAbstract = Localized(
        vi: "Danh sách văn bản định hướng, các đơn vị nhận và tình trạng xác nhận.",
        en: "The guidance, the units it was relayed to and their acknowledgements.")
    public static let returnAbstract = Localized(
        vi: "Trả lại báo cáo cho đơn vị, yêu cầu bổ sung, kèm lý do; -o viết công văn đề nghị bổ sung.",
        en: "Return a report to its unit for more, with the reason; -o writes the letter.")
    public static let numberHelp = Localized(vi: "Số, ký hiệu của văn bản (ví dụ 45-CV/BTGDV).", en: "The document's number (e.g. 45-CV/BTGDV).")
    public static let dateHelp = Localized(vi: "Ngày của văn bản, YYYY-MM-DD.", en: "The document's date, YYYY-MM-DD.")
    public static let issuerHelp = Localized(
        vi: "Cơ quan ban hành: mã trong danh sách cấu hình (guidanceIssuers, ví dụ provincialParty, confederation) hoặc tên.",
        en: "The issuer: an id from the configured list (guidanceIssuers, e.g. provincialParty, confederation) or a name.")
    public static let textHelp = Localized(vi: "Nội dung (trích) của văn bản.", en: "What it says (or its gist).")
    public static let itemsHelp = Localized(
        vi: "Các luồng ý kiến được trả lời: MÃ-BÁO-CÁO/MÃ-LUỒNG, cách nhau bằng dấu phẩy.",
        en: "The opinion items it answers: REPORT-ID/ITEM-ID, comma-separated.")
    public static let dueHelp = Localized(vi: "Hạn đơn vị xác nhận, YYYY-MM-DD.", en: "The day units must acknowledge it by, YYYY-MM-DD.")
    public static let ownerHelp = Localized(vi: "Cán bộ theo dõi.", en: "The staff member who follows it up.")
    public static let idHelp = Localized(vi: "Mã văn bản định hướng (G-YYYY-NNN).", en: "The guidance id (G-YYYY-NNN).")
    public static let unitsHelp = Localized(
        vi: "Các đơn vị nhận (mã đơn vị, cách nhau bằng dấu phẩy); mặc định: các đơn vị đã phản ánh.",
        en: "Units to relay to (unit ids, comma-separated); default: those that raised the items.")
    public static let unitHelp = Localized(vi: "Đơn vị xác nhận (mã đơn vị).", en: "The acknowledging unit (unit id).")
    public static let noteHelp = Localized(
        vi: "Đơn vị đã làm gì: tuyên truyền, đối thoại, giải đáp…", en: "What the unit did: explained, held a dialogue, answered…")
    public static let letterFormatHelp = Localized(vi: "Định dạng công văn: md, txt hoặc docx.", en: "Letter format: md, txt or docx.")
    public static let letterOutputHelp = Localized(vi: "Ghi công văn ra tệp này.", en: "Write the letter to this file.")
    public static let failIfOverdueHelp = Localized(
        vi: "Thoát với mã 1 khi có việc quá hạn (cho lịch chạy tự động).",
        en: "Exit with status 1 when something is overdue (for scheduled jobs).")
    public static let reportIDHelp = Localized(vi: "Mã báo cáo.", en: "The report id.")
    public static let reasonHelp = Localized(vi: "Lý do, nội dung cần bổ sung.", en: "The reason: what is missing.")
    public static let listHeaders = Localized(
        vi: "Mã\tSố\tNgày\tCơ quan ban hành\tHạn\tĐã chuyển\tĐã xác nhận\tQuá hạn",
        en: "Id\tNumber\tDate\tIssuer\tDue\tRelayed\tAcknowledged\tOverdue")
    public static func relayed(_ id: String, _ units: Int, _ items: Int) -> Localized {
        Localized(
            vi: "Đã chuyển \(id) đến \(units) đơn vị; \(items) luồng ý kiến ở bước 4.",
            en: "Relayed \(id) to \(English.count(units, "unit")); \(English.count(items, "opinion item")) at step 4.")
    }
    public static func acknowledged(_ id: String, _ unit: String, _ day: Day) -> Localized {
        Localized(vi: "Đã ghi nhận \(unit) xác nhận \(id) ngày \(day.displayString).", en: "Recorded \(unit) acknowledging \(id) on \(day.displayString).")
    }
    public static func returned(_ id: String, _ unit: String) -> Localized {
        Localized(vi: "Đã trả lại báo cáo \(id) cho \(unit), yêu cầu bổ sung.", en: "Returned report \(id) to \(unit) for more.")
    }
    public static func overdueCount(_ n: Int) -> Localized {
        Localized(vi: "\(n) đơn vị quá hạn xác nhận", en: "\(English.count(n, "unit")) overdue to acknowledge")
    }
    public static let none = Localized(vi: "Chưa có văn bản định hướng nào.", en: "No guidance yet.")

    // MARK: The relay letter (công văn)

    public static func relaySubject(_ issuer: String, _ number: String) -> Localized {
        Localized(
            vi: "V/v triển khai, phản hồi thông tin theo văn bản số \(number) của \(issuer)",
            en: "Re: relaying the guidance no. \(number) of \(issuer)")
    }
    public static let addressedTo = Localized(vi: "Kính gửi:", en: "To:")
    public static func relayOpening(_ federation: String, _ number: String, _ date: Day, _ issuer: String) -> Localized {
        Localized(
            vi: "Thực hiện văn bản số \(number) ngày \(date.displayString) của \(issuer) về việc định hướng thông tin đối với các vấn đề đoàn viên, CNVCLĐ quan tâm, phản ánh, \(federation) thông báo và đề nghị các đơn vị như sau:",
            en: "Following the guidance no. \(number) of \(date.displayString) from \(issuer) on the concerns union members and workers raised, \(federation) informs the units as follows:")
    }
    public static let relayQuoted = Localized(vi: "Nội dung định hướng:", en: "The guidance:")
    public static let relayAnswers = Localized(
        vi: "Văn bản trả lời các ý kiến, kiến nghị do các đơn vị phản ánh:", en: "It answers the concerns the units reported:")
    public static func relayRequest(_ due: Day?) -> Localized {
        let by = due.map { " trước ngày \($0.displayString)" } ?? ""
        let byEN = due.map { " by \($0.displayString)" } ?? ""
        return Localized(
            vi: "Đề nghị các đơn vị tổ chức tuyên truyền, giải đáp, đối thoại để cán bộ, đoàn viên, CNVCLĐ nắm được nội dung định hướng, và báo cáo kết quả thực hiện về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo – Nữ công)\(by).",
            en: "The units are asked to explain it to officials, members and workers (talks, answers, dialogues) and to report what they did to the provincial federation (through the Propaganda board)\(byEN).")
    }
    public static let asAddressed = Localized(vi: "- Như kính gửi;", en: "- As addressed;")
    public static func recipientUnits(_ n: Int) -> Localized {
        Localized(vi: "Danh sách đơn vị nhận (\(n)):", en: "Units relayed to (\(n)):")
    }
    public static func itemLine(_ unit: String, _ content: String) -> Localized {
        Localized(vi: "\(unit): \(content)", en: "\(unit): \(content)")
    }

    // MARK: The letter asking for more

    public static func returnSubject(_ period: String) -> Localized {
        Localized(vi: "V/v đề nghị bổ sung báo cáo \(period)", en: "Re: completing the report for \(period)")
    }

    // MARK: The consolidated report's subsection

    public static let reportHeading = Localized(vi: "PHẢN HỒI THÔNG TIN (BƯỚC 4)", en: "GUIDANCE RELAYED (STEP 4)")
    public static func reportGuidanceLine(_ number: String, _ date: Day, _ issuer: String, _ units: Int, _ acknowledged: Int) -> Localized {
        Localized(
            vi: "Văn bản số \(number) ngày \(date.displayString) của \(issuer): đã chuyển đến \(units) đơn vị, \(acknowledged) đơn vị đã xác nhận.",
            en: "Guidance no. \(number) of \(date.displayString) from \(issuer): relayed to \(English.count(units, "unit")), \(acknowledged) acknowledged.")
    }
    public static func reportNotAcknowledged(_ names: String) -> Localized {
        Localized(vi: "Chưa xác nhận: \(names).", en: "Not yet acknowledged: \(names).")
    }
    public static func overdueMark(_ days: Int) -> Localized {
        Localized(vi: "quá hạn \(days) ngày", en: "\(days) d overdue")
    }
}
