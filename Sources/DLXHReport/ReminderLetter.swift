import DLXHDomain
import Foundation

/// The reminder (công văn đôn đốc, nhắc nộp báo cáo) to the units that have not sent a period's
/// report, in the register of a Vietnamese official letter. Plain text, ready to paste into the
/// office's template or send by email.
public enum ReminderLetter {
    /// The units still owing the period's report as of `today` (missing, or not yet due when
    /// the reminder is sent early).
    public static func owing(_ dataset: Dataset, period: Period, today: Day) -> [SubmissionRow] {
        dataset.submissionRows(for: period, asOf: today).filter {
            switch $0.state {
            case .missing, .notYetDue: true
            default: false
            }
        }
    }

    public static func text(dataset: Dataset, period: Period, today: Day) -> String {
        let org = dataset.configuration.organisation
        let rules = dataset.rules
        let owing = owing(dataset, period: period, today: today)
        let due = rules.dueDate(for: period)
        // A short grace: five days from today for the report to come in.
        let newDeadline = today.adding(days: 5)
        let periodText = period.label.vi.prefix(1).lowercased() + period.label.vi.dropFirst()
        let dueWording = dataset.configuration.deadlines.dueDayIsOnTime
            ? "chậm nhất là ngày \(due.day) hằng tháng" : "trước ngày \(due.day) hằng tháng"
        var lines: [String] = []
        lines.append(org.name.uppercased())
        lines.append(org.department.uppercased())
        lines.append("Số:      /\(org.documentCode.replacingOccurrences(of: "BC-", with: ""))-TGNC")
        lines.append("V/v đôn đốc báo cáo tình hình tư tưởng, dư luận xã hội \(periodText)")
        lines.append("")
        lines.append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        lines.append("Độc lập - Tự do - Hạnh phúc")
        let place = org.place.isEmpty ? "" : "\(org.place), "
        // In running text the federation is named in full, as official letters do.
        let federation = org.place.isEmpty ? "Liên đoàn Lao động tỉnh" : "Liên đoàn Lao động tỉnh \(org.place)"
        lines.append("\(place)ngày \(today.day) tháng \(today.month) năm \(today.year)")
        lines.append("")
        lines.append("Kính gửi:")
        for row in owing { lines.append("- \(row.unit.name);") }
        if owing.isEmpty { lines.append("- (Tất cả các đơn vị đã gửi báo cáo.)") }
        lines.append("")
        lines.append(
            "Thực hiện chế độ báo cáo định kỳ thông tin dư luận xã hội trong đoàn viên, CNVCLĐ, các đơn vị gửi "
                + "báo cáo về \(federation) (qua \(org.department)) \(dueWording).")
        lines.append(
            "Đến ngày \(today.displayString), \(federation) chưa nhận được báo cáo \(periodText) "
                + "của các đơn vị nêu trên.")
        lines.append(
            "Đề nghị các đơn vị khẩn trương tổng hợp, gửi báo cáo về \(org.department) trước ngày "
                + "\(newDeadline.displayString) bằng văn bản hoặc thư điện tử; trường hợp có vụ việc phức tạp, "
                + "nhạy cảm phát sinh, báo cáo nhanh qua điện thoại để kịp thời tham mưu xử lý.")
        lines.append("")
        lines.append("Nơi nhận:")
        lines.append("- Như kính gửi;")
        lines.append("- Lưu: VT, TG-NC.")
        lines.append("")
        lines.append(org.signatoryTitle)
        lines.append("")
        lines.append("")
        lines.append(org.signatoryName)
        lines.append("")
        lines.append("Danh sách liên hệ (để gọi điện nhắc):")
        for row in owing {
            let contact = [row.unit.contactPerson, row.unit.phone, row.unit.email].filter { !$0.isEmpty }.joined(separator: " · ")
            lines.append("- \(row.unit.name): \(contact)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

