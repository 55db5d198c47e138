import DLXHDomain

// The report's phrases for telling each item once and keeping counts apart: opinion (II), hot
// spots (III), rumours (IV); workers involved and victims; the federation's own tasks.
extension ReportText {
    /// Section I: how many of the units that owe the report sent it, the figure section V gives.
    public static func dueUnitsSubmitted(_ submitted: Int, _ expected: Int) -> Localized {
        Localized(
            vi: "Trong số \(expected) đơn vị phải báo cáo, \(submitted) đơn vị đã gửi báo cáo định kỳ (chi tiết tại mục V).",
            en: "Of the \(expected) units that owe the report, \(submitted) have sent their periodic report (see section V).")
    }

    /// Section I: where each included item is told, once.
    public static func itemsTold(_ opinion: Int, _ rumours: Int, _ hotSpot: Int) -> Localized {
        var vi: [String] = []
        var en: [String] = []
        if opinion > 0 {
            vi.append("\(opinion) ý kiến được tổng hợp là dư luận tại mục II")
            en.append("\(opinion) are reported as opinion in section II")
        }
        if hotSpot > 0 {
            vi.append("\(hotSpot) ý kiến gắn với vụ việc điểm nóng, nêu tại mục III")
            en.append("\(hotSpot) belong to hot spots, told in section III")
        }
        if rumours > 0 {
            vi.append("\(rumours) tin đồn, thông tin sai sự thật, nêu tại mục IV")
            en.append("\(rumours) are rumours or false information, told in section IV")
        }
        return Localized(
            vi: "Trong số ý kiến được tổng hợp, " + vi.joined(separator: "; ") + ".",
            en: "Of the included items, " + en.joined(separator: "; ") + ".")
    }

    /// Section III: the cases of the period, with workers taking part and accident victims apart.
    public static func hotSpotsArising(_ period: String, _ n: Int, workers: Int, victims: Int, _ kinds: String) -> Localized {
        var vi = "Trong \(period), phát sinh \(n) vụ việc điểm nóng về quan hệ lao động"
        var en = "In \(period), \(n) labour-relations hot spots arose"
        if workers > 0 {
            vi += " với khoảng \(grouped(workers, ".")) người lao động tham gia"
            en += ", involving about \(grouped(workers, ",")) workers"
        }
        if victims > 0 {
            vi += (workers > 0 ? "; " : " với ") + "\(grouped(victims, ".")) người bị nạn trong tai nạn lao động"
            en += (workers > 0 ? "; " : ", with ") + "\(grouped(victims, ",")) \(victims == 1 ? "person" : "people") hurt in accidents"
        }
        if workers > 0 || victims > 0 {
            vi += " (theo số liệu các đơn vị báo cáo)"
            en += " (as the units reported)"
        }
        return Localized(vi: vi + ", gồm: \(kinds).", en: en + ": \(kinds).")
    }

    /// Section III, one accident: the people hurt, not "workers involved".
    public static func victims(_ n: Int) -> Localized {
        Localized(vi: "Số người bị nạn: \(grouped(n, ".")) người.", en: "People hurt: \(grouped(n, ",")).")
    }

    /// Section VI: what the units asked of the issuing federation itself.
    public static func ownTasks(_ issuer: String) -> Localized {
        Localized(
            vi: "Các đề xuất gửi \(issuer) được tiếp thu, triển khai như nhiệm vụ của \(issuer):",
            en: "Proposals addressed to \(issuer) itself are taken up as its own tasks:")
    }
}

// A synthesis (quarter, half, year) built from its months.
extension ReportText {
    /// Section I of a synthesis: the monthly reports owed over the period and sent.
    public static func dueMonthsSubmitted(_ submitted: Int, _ expected: Int) -> Localized {
        Localized(
            vi: "Các đơn vị đã gửi \(submitted)/\(expected) báo cáo tháng phải nộp trong kỳ (chi tiết tại mục V).",
            en: "Units sent \(submitted) of the \(expected) monthly reports owed in the period (see section V).")
    }

    /// Section I of a synthesis: the months side by side.
    public static func monthsCompared(_ list: String) -> Localized {
        Localized(vi: "So sánh giữa các tháng: \(list).", en: "Month by month: \(list).")
    }

    public static func monthFigures(_ month: String, reports: Int, opinion: Int, rumours: Int, hotSpots: Int) -> Localized {
        Localized(
            vi: "\(month): \(reports) báo cáo, \(opinion) ý kiến, \(rumours) tin đồn, \(hotSpots) điểm nóng",
            en: "\(month): \(reports) \(reports == 1 ? "report" : "reports"), \(opinion) opinion \(opinion == 1 ? "item" : "items"), "
                + "\(rumours) \(rumours == 1 ? "rumour" : "rumours"), \(hotSpots) hot \(hotSpots == 1 ? "spot" : "spots")")
    }

    /// Section V of a synthesis: the monthly reports owed, sent and on time, over all its months.
    public static func synthesisSubmissions(_ period: String, _ expected: Int, _ submitted: Int, _ rate: String, _ onTime: Int,
        _ timeliness: String) -> Localized {
        Localized(
            vi: "Trong \(period), các đơn vị phải gửi \(expected) báo cáo tháng; đã gửi \(submitted) báo cáo (\(rate)), trong đó đúng hạn \(onTime) báo cáo (\(timeliness)).",
            en: "In \(period), units owed \(expected) monthly reports; \(submitted) were sent (\(rate)), \(onTime) of them on time (\(timeliness)).")
    }
}

extension ReportText {
    public static func daysLate(_ days: Int) -> Localized { Localized(vi: "muộn \(days) ngày", en: "\(days) d late") }
    public static func daysOverdue(_ days: Int) -> Localized { Localized(vi: "quá hạn \(days) ngày", en: "\(days) d overdue") }
}

extension ReportText {
    /// Under the appendix's title: the report it goes with (the number is written in by hand
    /// until the report is issued with one).
    public static func appendixAttached(_ documentCode: String, _ issuedOn: Day) -> Localized {
        Localized(
            vi: "(Kèm theo Báo cáo số …/\(documentCode) ngày \(issuedOn.displayString))",
            en: "(Attached to Report No. …/\(documentCode) of \(issuedOn.displayString))")
    }
}

extension ReportText {
    /// Section I of a synthesis: the reports are the months', not reports "for the quarter".
    public static func reportsReceivedOverMonths(_ asOf: Day, _ period: String, _ reports: Int, _ units: Int, _ kinds: String)
        -> Localized
    {
        Localized(
            vi: "Tính đến ngày \(asOf.displayString), đã nhận \(reports) báo cáo của \(units) đơn vị cho các tháng trong \(period) (\(kinds)).",
            en: "By \(asOf.displayString), \(reports) reports from \(units) units had been received for the months of \(period) (\(kinds)).")
    }
}

// Section II in streams: each topic's streams of opinion.
extension ReportText {
    /// "a) Chậm trả lương tháng 10: 5 ý kiến của 4 đơn vị (A, B, C, D); so với tháng trước: tăng 3 (2 → 5)."
    public static func streamLine(_ label: String, _ title: String, _ items: Int, _ units: Int, _ names: String, _ trend: String)
        -> Localized
    {
        Localized(
            vi: "\(label)) \(title): \(items) ý kiến của \(units) đơn vị (\(names))\(trend.isEmpty ? "" : "; " + trend).",
            en: "\(label)) \(title): \(items) \(items == 1 ? "item" : "items") from \(units) \(units == 1 ? "unit" : "units") (\(names))\(trend.isEmpty ? "" : "; " + trend).")
    }

    /// The stream against the month before.
    public static func streamTrend(_ previous: Int, _ current: Int) -> Localized {
        if previous == 0 { return Localized(vi: "tháng trước chưa có ý kiến này", en: "not raised the month before") }
        if current == previous {
            return Localized(vi: "so với tháng trước: không đổi (\(previous))", en: "as the month before (\(previous))")
        }
        let up = current > previous
        return Localized(
            vi: "so với tháng trước: \(up ? "tăng" : "giảm") \(abs(current - previous)) (\(previous) → \(current))",
            en: "\(up ? "up" : "down") \(abs(current - previous)) on the month before (\(previous) → \(current))")
    }

    public static func moreUnits(_ n: Int) -> Localized {
        Localized(vi: "và \(n) đơn vị khác", en: "and \(n) \(n == 1 ? "other unit" : "other units")")
    }

    public static let streamProposals = Localized(vi: "Đề xuất:", en: "Proposals:")

    public static func moreProposals(_ n: Int) -> Localized {
        Localized(vi: "và \(n) đề xuất khác (mục VI).", en: "and \(n) more \(n == 1 ? "proposal" : "proposals") (section VI).")
    }

    /// The items no other unit raised, after the streams.
    public static func otherItems(_ items: Int, _ units: Int) -> Localized {
        Localized(
            vi: "Ý kiến khác (\(items) ý kiến của \(units) đơn vị, mỗi ý kiến do một đơn vị nêu), tiêu biểu:",
            en: "Other items (\(items) from \(units) \(units == 1 ? "unit" : "units"), each raised by one unit), for example:")
    }
}
