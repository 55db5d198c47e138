import DLXHDomain

/// The words of the consolidated monthly report (báo cáo tổng hợp). The Vietnamese is the
/// register of a provincial federation's report to the Party committee; the English is a
/// faithful rendering for staff who read it.
public enum ReportText {
    public static let country = Localized(vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM")
    public static let motto = Localized(vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness")
    public static let kind = Localized(vi: "BÁO CÁO", en: "REPORT")
    public static let recipientsHeading = Localized(vi: "Nơi nhận:", en: "Recipients:")
    public static func number(_ code: String) -> Localized { Localized(vi: "Số: …/\(code)", en: "No. …/\(code)") }

    /// "Đồng Nai, ngày 24 tháng 11 năm 2026"; days below 10 and months 1 and 2 take a leading
    /// zero (Nghị định 30/2020/NĐ-CP), so no one can add a digit by hand.
    public static func dateLine(_ place: String, _ day: Day) -> Localized {
        let d = day.day < 10 ? twoDigits(day.day) : String(day.day)
        let m = day.month < 3 ? twoDigits(day.month) : String(day.month)
        let placeName = place.isEmpty ? "……" : place
        return Localized(
            vi: "\(placeName), ngày \(d) tháng \(m) năm \(day.year)",
            en: "\(placeName), \(day.day) \(Period.englishMonths[day.month - 1]) \(day.year)")
    }
    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    public static func subject(_ period: String) -> Localized {
        Localized(
            vi: "Tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ \(period)",
            en: "Thinking and public opinion among union members and workers, \(period)")
    }
    public static func opening(_ department: String, _ period: String) -> Localized {
        Localized(
            vi: "Thực hiện chế độ báo cáo định kỳ về tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ; căn cứ báo cáo của các đơn vị, \(department) tổng hợp, báo cáo tình hình \(period) như sau:",
            en: "Under the periodic reporting on the thinking and public opinion of union members and workers, and on the basis of the units' reports, the \(department) sums up \(period) as follows:")
    }
    public static func closing(_ period: String) -> Localized {
        Localized(
            vi: "Trên đây là báo cáo tình hình tư tưởng, dư luận xã hội trong đoàn viên, CNVCLĐ \(period)./.",
            en: "This is the report on the thinking and public opinion of union members and workers for \(period).")
    }

    // Section headings; the Roman numeral is added where they are used.
    public static let headingOverview = Localized(vi: "TÌNH HÌNH CHUNG", en: "THE OVERALL SITUATION")
    public static let headingStreams = Localized(vi: "CÁC LUỒNG Ý KIẾN, DƯ LUẬN XÃ HỘI THEO CHỦ ĐỀ", en: "OPINION STREAMS BY TOPIC")
    public static let headingHotSpots = Localized(vi: "TÌNH HÌNH QUAN HỆ LAO ĐỘNG, ĐIỂM NÓNG", en: "LABOUR RELATIONS AND HOT SPOTS")
    public static let headingRumours = Localized(
        vi: "TIN ĐỒN, THÔNG TIN SAI SỰ THẬT VÀ VIỆC XỬ LÝ", en: "RUMOURS AND FALSE INFORMATION, AND HOW THEY WERE ANSWERED")
    public static let headingSubmissions = Localized(vi: "TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO", en: "SUBMISSION OF THE UNITS' REPORTS")
    public static let headingProposals = Localized(vi: "KIẾN NGHỊ, ĐỀ XUẤT", en: "PROPOSALS")

    // I. The overall situation
    public static func noReports(_ period: String) -> Localized {
        Localized(vi: "Chưa nhận được báo cáo \(period) của đơn vị nào.", en: "No unit's report for \(period) has been received.")
    }
    public static func kindCount(_ kind: ReportKind, _ n: Int) -> Localized {
        switch kind {
        case .periodic: Localized(vi: "\(n) báo cáo định kỳ", en: "\(n) periodic")
        case .adHoc: Localized(vi: "\(n) báo cáo đột xuất", en: "\(n) ad hoc")
        case .rapid: Localized(vi: "\(n) báo cáo nhanh về điểm nóng", en: "\(n) rapid reports on hot spots")
        }
    }
    public static func reportsReceived(_ asOf: Day, _ period: String, _ reports: Int, _ units: Int, _ kinds: String) -> Localized {
        Localized(
            vi: "Tính đến ngày \(asOf.displayString), đã nhận \(reports) báo cáo \(period) của \(units) đơn vị (\(kinds)).",
            en: "By \(asOf.displayString), \(English.count(reports, "report")) for \(period) had been received from \(English.count(units, "unit")) (\(kinds)).")
    }
    public static func nothingToReport(_ n: Int) -> Localized {
        Localized(vi: "\(n) đơn vị báo cáo không phát sinh vấn đề mới.", en: n == 1 ? "1 unit reported nothing new." : "\(n) units reported nothing new.")
    }
    public static func pendingNotCounted(_ n: Int) -> Localized {
        Localized(
            vi: "Lưu ý: còn \(n) ý kiến đang chờ chọn lọc, chưa tính vào các số liệu dưới đây; các so sánh với tháng trước vì thế chưa đầy đủ.",
            en: "Note: \(n) \(n == 1 ? "item is" : "items are") still waiting to be selected and not counted below; the comparisons with the month before are therefore incomplete.")
    }
    // An item is "ý kiến"; "luồng ý kiến" is kept for a stream, which section II now tells apart
    // ("a) …: 42 ý kiến của 25 đơn vị"): "Có 110 luồng ý kiến" over four streams misled its reader.
    public static func itemsCounted(_ total: Int, _ included: Int, _ excluded: Int) -> Localized {
        Localized(
            vi: "Các báo cáo phản ánh \(total) ý kiến; trong đó \(included) ý kiến đã được chọn lọc, phân loại và đưa vào tổng hợp, \(excluded) ý kiến không đưa vào báo cáo này (đang chọn lọc, xác minh hoặc không sử dụng).",
            en: "The reports carry \(total) opinion items: \(included) have been selected and classified for this report; \(excluded) are not included (still being selected or verified, or set aside).")
    }
    public static func attitudeShare(_ label: String, _ n: Int, _ percent: String) -> Localized {
        Localized(vi: "\(label) \(n) ý kiến (\(percent))", en: "\(label) \(n) (\(percent))")
    }
    public static func topicShare(_ label: String, _ n: Int) -> Localized {
        Localized(vi: "\(label) (\(n) ý kiến)", en: "\(label) (\(n) items)")
    }
    public static func attitudeMix(_ list: String) -> Localized {
        Localized(vi: "Về thái độ, trong các ý kiến được tổng hợp có: \(list).", en: "By attitude, the items included are: \(list).")
    }
    public static func mostConcerned(_ list: String) -> Localized {
        Localized(
            vi: "Các vấn đề được đoàn viên, người lao động quan tâm nhiều nhất: \(list).", en: "The matters raised most: \(list).")
    }
    public static func overviewEvents(_ hotSpots: Int, _ rumours: Int) -> Localized {
        let hotVi = hotSpots == 0
            ? "không phát sinh điểm nóng về quan hệ lao động" : "phát sinh \(hotSpots) vụ việc điểm nóng về quan hệ lao động (mục III)"
        let rumourVi = rumours == 0
            ? "các đơn vị không ghi nhận tin đồn, thông tin sai sự thật" : "các đơn vị ghi nhận \(rumours) tin đồn, thông tin sai sự thật (mục IV)"
        let hotEn = hotSpots == 0 ? "no labour-relations hot spot arose" : "\(hotSpots) labour-relations hot spots arose (section III)"
        let rumourEn = rumours == 0
            ? "the units noted no rumour or false information" : "the units noted \(rumours) rumours or false stories (section IV)"
        return Localized(vi: "Trong kỳ \(hotVi); \(rumourVi).", en: "In the period \(hotEn); \(rumourEn).")
    }

    // II. Opinion streams
    public static let noIncludedItems = Localized(
        vi: "Chưa có ý kiến nào của kỳ này được chọn lọc, phân loại để đưa vào tổng hợp.",
        en: "No opinion item of this period has yet been selected and classified for the report.")
    public static func streamSummary(_ items: Int, _ units: Int) -> Localized {
        Localized(vi: "Có \(items) ý kiến của \(units) đơn vị phản ánh về vấn đề này.", en: "\(items) items from \(units) units.")
    }
    public static func breadthLine(_ list: String) -> Localized { Localized(vi: "Mức độ: \(list).", en: "Breadth: \(list).") }
    public static func attitudeLine(_ list: String) -> Localized { Localized(vi: "Thái độ: \(list).", en: "Attitude: \(list).") }
    public static let representative = Localized(vi: "Một số ý kiến tiêu biểu:", en: "Representative items:")
    public static func quote(_ text: String, _ units: String) -> Localized {
        Localized(vi: "“\(text)” (\(units)).", en: "“\(text)” (\(units)).")
    }

    // III. Hot spots
    public static func hotSpotsNone(_ period: String) -> Localized {
        Localized(vi: "Trong \(period), không phát sinh điểm nóng về quan hệ lao động.", en: "No labour-relations hot spot arose in \(period).")
    }
    public static func hotSpotPlace(_ enterprise: String, _ address: String, _ unit: String) -> Localized {
        let at = address.isEmpty ? "" : ", \(address)"
        return Localized(vi: "Doanh nghiệp: \(enterprise)\(at); đơn vị báo cáo: \(unit).", en: "Enterprise: \(enterprise)\(at); reported by \(unit).")
    }
    public static func hotSpotPhonedIn(_ startedAt: Moment?, _ phonedInAt: Moment) -> Localized {
        guard let startedAt else {
            return Localized(
                vi: "Đơn vị báo cáo nhanh qua điện thoại lúc \(phonedInAt.displayString).",
                en: "Phoned in at \(phonedInAt.displayString).")
        }
        return Localized(
            vi: "Bắt đầu lúc \(startedAt.displayString); đơn vị báo cáo nhanh qua điện thoại lúc \(phonedInAt.displayString).",
            en: "Began at \(startedAt.displayString); phoned in at \(phonedInAt.displayString).")
    }
    public static func writtenReceived(_ at: Moment) -> Localized {
        Localized(vi: "Báo cáo bằng văn bản nhận lúc \(at.displayString).", en: "Written report received at \(at.displayString).")
    }
    public static let writtenMissing = Localized(vi: "Chưa nhận được báo cáo bằng văn bản.", en: "No written report received yet.")
    public static func workersInvolved(_ n: Int) -> Localized {
        Localized(vi: "Số người lao động tham gia: \(grouped(n, ".")) người.", en: "Workers involved: \(grouped(n, ",")).")
    }
    public static func causes(_ text: String) -> Localized { Localized(vi: "Nguyên nhân: \(text)", en: "Causes: \(text)") }
    public static func demands(_ text: String) -> Localized {
        Localized(vi: "Yêu cầu của người lao động: \(text)", en: "Workers' demands: \(text)")
    }
    public static func arrears(_ text: String) -> Localized { Localized(vi: "Nợ lương, nợ BHXH: \(text)", en: "Arrears: \(text)") }
    public static func unionActions(_ text: String) -> Localized {
        Localized(vi: "Công đoàn đã tham gia giải quyết: \(text)", en: "What the union did: \(text)")
    }
    public static func coordinatingBodies(_ text: String) -> Localized {
        Localized(vi: "Cơ quan phối hợp: \(text)", en: "Working with: \(text)")
    }
    public static func result(_ text: String) -> Localized { Localized(vi: "Kết quả: \(text)", en: "Outcome: \(text)") }
    public static func escalatedTo(_ target: Escalation.Target, _ at: Moment) -> Localized {
        switch target {
        case .provincialParty:
            Localized(vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy (\(at.displayString))", en: "the provincial Party committee's board (\(at.displayString))")
        case .confederation:
            Localized(vi: "Tổng LĐLĐ Việt Nam (\(at.displayString))", en: "the national confederation (\(at.displayString))")
        }
    }
    public static func escalated(_ list: String) -> Localized { Localized(vi: "Đã báo cáo: \(list).", en: "Reported to \(list).") }
    public static let notEscalated = Localized(
        vi: "Chưa báo cáo Tỉnh ủy, Tổng LĐLĐ Việt Nam.", en: "Not yet reported to the Party committee or the confederation.")
    public static func statusAsOf(_ day: Day, _ status: String) -> Localized {
        Localized(vi: "Tình trạng đến ngày \(day.displayString): \(status).", en: "Status on \(day.displayString): \(status).")
    }
    public static func latestUpdate(_ day: Day, _ text: String) -> Localized {
        Localized(vi: "Diễn biến mới nhất (\(day.displayString)): \(text)", en: "Latest update (\(day.displayString)): \(text)")
    }
    public static func carriedOver(_ n: Int) -> Localized {
        Localized(
            vi: "Các vụ việc phát sinh từ trước tiếp tục được theo dõi, xử lý trong kỳ (\(n) vụ):",
            en: "Earlier cases still followed in the period (\(n)):")
    }
    public static func carriedOverEntry(_ what: String, _ unit: String, _ day: Day, _ status: String) -> Localized {
        Localized(
            vi: "\(what) (\(unit)), phát sinh ngày \(day.displayString); tình trạng: \(status).",
            en: "\(what) (\(unit)), arose on \(day.displayString); status: \(status).")
    }

    // IV. Rumours
    public static let rumoursNone = Localized(
        vi: "Trong kỳ, các đơn vị không ghi nhận tin đồn, thông tin sai sự thật trong đoàn viên, người lao động.",
        en: "The units noted no rumour or false information among members and workers in the period.")
    public static func rumoursSummary(_ n: Int, _ untrue: Int, _ unverified: Int) -> Localized {
        Localized(
            vi: "Các đơn vị ghi nhận \(n) tin đồn, thông tin sai sự thật; trong đó \(untrue) tin đã được xác minh là không đúng sự thật, \(unverified) tin chưa xác minh.",
            en: "The units noted \(n) rumours or false stories: \(untrue) found untrue, \(unverified) not yet verified.")
    }
    public static func rumourHandling(_ verification: String, _ handling: String) -> Localized {
        Localized(vi: "Xác minh: \(verification). Xử lý: \(handling)", en: "Verification: \(verification). Handling: \(handling)")
    }

    // V. Submissions
    public static func deadlineLine(_ period: String, _ deadline: Day) -> Localized {
        Localized(vi: "Hạn nộp báo cáo \(period): ngày \(deadline.displayString).", en: "Deadline for \(period): \(deadline.displayString).")
    }
    public static func submissionTotals(_ expected: Int, _ submitted: Int, _ rate: String, _ onTime: Int, _ timeliness: String) -> Localized {
        Localized(
            vi: "Số đơn vị phải báo cáo: \(expected); đã nộp \(submitted) đơn vị (\(rate)), trong đó đúng hạn \(onTime) đơn vị (\(timeliness)).",
            en: "Units that owe the report: \(expected); submitted: \(submitted) (\(rate)), of which on time: \(onTime) (\(timeliness)).")
    }
    /// One line of section V: the units in one submission state (by its code), or "none".
    /// `overMonths`: a synthesis, where a unit is listed with its months in that state ("Đơn vị
    /// có báo cáo đúng hạn", not "đúng hạn": the same unit may be late in another month).
    public static func stateGroup(_ code: String, _ n: Int, _ names: String, overMonths: Bool = false) -> Localized {
        let (vi, en): (String, String) =
            switch code {
            case "onTime" where overMonths: ("Đơn vị có báo cáo đúng hạn", "Units with reports on time")
            case "late" where overMonths: ("Đơn vị có báo cáo muộn", "Units with late reports")
            case "missing" where overMonths: ("Đơn vị có tháng chưa báo cáo", "Units with months not submitted")
            case "onTime": ("Đơn vị báo cáo đúng hạn", "On time")
            case "late": ("Đơn vị báo cáo muộn", "Late")
            case "missing": ("Đơn vị chưa báo cáo", "Not submitted")
            case "notYetDue": ("Đơn vị chưa đến hạn báo cáo", "Not yet due")
            default: ("Đơn vị không phải báo cáo kỳ này", "Not required this period")
            }
        return Localized(vi: "\(vi) (\(n)): \(names.isEmpty ? "không có" : names).", en: "\(en) (\(n)): \(names.isEmpty ? "none" : names).")
    }
    public static func absentUnits(_ n: Int) -> Localized {
        Localized(
            vi: "Đơn vị không còn hoặc chưa thành lập trong kỳ (không phải báo cáo): \(n).",
            en: "Units that did not exist in the period (nothing owed): \(n).")
    }
    /// "LĐLĐ huyện B (muộn 5 ngày)": the name, and how late in the words of `daysLate`.
    public static func nameDaysLate(_ name: String, _ days: Int) -> Localized {
        let late = daysLate(days)
        return Localized(vi: "\(name) (\(late.vi))", en: "\(name) (\(late.en))")
    }
    public static func nameDaysOverdue(_ name: String, _ days: Int) -> Localized {
        let overdue = daysOverdue(days)
        return Localized(vi: "\(name) (\(overdue.vi))", en: "\(name) (\(overdue.en))")
    }
    public static func notRequiredReason(_ reason: NotRequiredReason) -> Localized {
        switch reason {
        case .notReporting: Localized(vi: "không thuộc diện báo cáo", en: "does not report")
        case .inactive: Localized(vi: "không hoạt động", en: "inactive")
        case .exempted: Localized(vi: "được miễn", en: "exempted")
        }
    }

    // VI. Proposals
    public static let proposalsNone = Localized(
        vi: "Trong kỳ, các đơn vị không có kiến nghị, đề xuất.", en: "The units made no proposals in the period.")
    public static func proposalsTo(_ addressee: String) -> Localized { Localized(vi: "Đối với \(addressee):", en: "To \(addressee):") }
    public static let proposalsNoAddressee = Localized(vi: "Kiến nghị chưa xác định nơi nhận:", en: "Proposals naming no addressee:")

    // Appendix
    public static let appendixTitle = Localized(vi: "PHỤ LỤC", en: "APPENDIX")
    public static func appendixSubject(_ period: String) -> Localized {
        Localized(
            vi: "Danh sách báo cáo của các đơn vị được tổng hợp trong báo cáo \(period) (cột Ý kiến: số đưa vào tổng hợp/tổng số)",
            en: "The units' reports counted in the report for \(period) (Items: included/total)")
    }
    public static let appendixHeaders = Localized(
        vi: "STT\tĐơn vị\tLoại báo cáo\tSố văn bản\tNgày nhận\tMã báo cáo\tÝ kiến",
        en: "No.\tUnit\tKind\tDocument no.\tReceived\tReport id\tItems")
    public static let nothingToReportMark = Localized(vi: "không phát sinh", en: "nothing to report")
    public static let archivedMark = Localized(vi: "đã lưu trữ", en: "archived")

    /// 2732 → "2.732" in Vietnamese, "2,732" in English.
    static func grouped(_ n: Int, _ separator: String) -> String {
        // magnitude, not abs: abs(Int.min) traps (a hot spot's count from a damaged file).
        let digits = String(n.magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
            String(digits[digits.index(digits.startIndex, offsetBy: max(0, end - 3))..<digits.index(digits.startIndex, offsetBy: end)])
        }
        return (n < 0 ? "-" : "") + groups.joined(separator: separator)
    }
}
