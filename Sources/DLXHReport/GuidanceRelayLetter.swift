import DLXHDomain
import Foundation

/// The letter (công văn) that relays guidance down to the units at step 4, in the form of
/// Nghị định 30/2020/NĐ-CP: the issuing bodies, number and subject ("V/v …") on the left, the
/// national name, motto, place and date on the right, "Kính gửi:" the units, a body that quotes
/// the guidance and the concerns it answers, "Nơi nhận" and the signature block, and after it
/// the list of the units it went to. It is a `ReportDocument`, so it renders as Markdown, plain
/// text and DOCX exactly as the consolidated report does.
public enum GuidanceRelayLetter {
    public static func document(
        guidance: Guidance, units unitIDs: [String], dataset: Dataset, issuedOn: Day, language l: Language
    ) -> ReportDocument {
        let org = dataset.configuration.organisation
        let federation = org.place.isEmpty ? "Liên đoàn Lao động tỉnh" : "Liên đoàn Lao động tỉnh \(org.place)"
        let names = unitIDs.map { dataset.unit($0)?.name ?? $0 }
        var body: [ReportDocument.Block] = [
            .paragraph(GuidanceText.relayOpening(federation, guidance.number, guidance.date, guidance.issuer)(l)),
            .paragraph(GuidanceText.relayQuoted(l)),
        ]
        body += guidance.text.split(whereSeparator: \.isNewline).map { .paragraph("“" + ReportWording.oneLine(String($0)) + "”") }
        let answered = guidance.items.compactMap { ref -> String? in
            guard let report = dataset.report(ref.reportID), let item = report.item(ref.itemID) else { return nil }
            return GuidanceText.itemLine(dataset.unit(report.unitID)?.name ?? report.unitID, ReportWording.sentence(item.content))(l)
        }
        if !answered.isEmpty {
            body.append(.paragraph(GuidanceText.relayAnswers(l)))
            body += answered.map { .bullet($0) }
        }
        body.append(.paragraph(GuidanceText.relayRequest(guidance.due)(l)))
        let code = org.documentCode.replacingOccurrences(of: "BC-", with: "") + "-TGNC"
        var document = ReportDocument(
            parentBody: org.parentBody, issuer: org.name, number: ReportText.number(code)(l),
            country: ReportText.country(l), motto: ReportText.motto(l), dateLine: ReportText.dateLine(org.place, issuedOn)(l),
            kind: "", subject: "", body: body, recipientsHeading: ReportText.recipientsHeading(l),
            recipients: [GuidanceText.asAddressed(l)] + ReportWording.recipientLines(["Lưu: VT, TG-NC"]),
            signatoryTitle: org.signatoryTitle.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
            signatoryName: org.signatoryName,
            appendix: [
                .paragraph(GuidanceText.recipientUnits(names.count)(l)),
                .table(ReportDocument.Table(
                    headers: l == .vi ? ["STT", "Mã", "Đơn vị", "Ngày chuyển"] : ["No.", "Id", "Unit", "Relayed"],
                    rows: unitIDs.enumerated().map { i, id in
                        [String(i + 1), id, names[i], (guidance.recipient(id)?.relayedOn ?? issuedOn).displayString]
                    }, numericColumns: [0])),
            ])
        document.excerpt = GuidanceText.relaySubject(guidance.issuer, guidance.number)(l)
        document.addresseesHeading = GuidanceText.addressedTo(l)
        document.addressees = ReportWording.recipientLines(names)
        return document
    }

    /// The bytes of the letter in `format`: UTF-8 text for md and txt, a zip for docx.
    public static func data(
        _ format: ReportFormat, guidance: Guidance, units: [String], dataset: Dataset, issuedOn: Day, language: Language
    ) throws -> Data {
        let doc = document(guidance: guidance, units: units, dataset: dataset, issuedOn: issuedOn, language: language)
        switch format {
        case .md: return Data((MarkdownRenderer.render(doc) + "\n").utf8)
        case .txt: return Data(PlainTextRenderer().text(doc).utf8)
        case .docx: return try DocxWriter.data(doc, issuedOn: issuedOn)
        }
    }
}

/// The letter asking a unit to complete a report it sent (công văn đề nghị bổ sung báo cáo), in
/// the register of the reminder letter: plain text (or the same lines as Markdown).
public enum ReturnLetter {
    public static func text(report: Report, dataset: Dataset, today: Day, markdown: Bool = false) -> String {
        let org = dataset.configuration.organisation
        let unit = dataset.unit(report.unitID)?.name ?? report.unitID
        let periodText = report.period.label.vi.prefix(1).lowercased() + report.period.label.vi.dropFirst()
        let federation = org.place.isEmpty ? "Liên đoàn Lao động tỉnh" : "Liên đoàn Lao động tỉnh \(org.place)"
        let reason = report.returnedForMore?.reason ?? ""
        let number = report.documentNumber.isEmpty ? "" : " số \(report.documentNumber)"
        var lines: [String] = []
        lines.append(org.name.uppercased())
        lines.append(org.department.uppercased())
        lines.append("Số:      /\(org.documentCode.replacingOccurrences(of: "BC-", with: ""))-TGNC")
        lines.append(GuidanceText.returnSubject(periodText).vi)
        lines.append("")
        lines.append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        lines.append("Độc lập - Tự do - Hạnh phúc")
        lines.append(ReportText.dateLine(org.place, today).vi)
        lines.append("")
        lines.append("Kính gửi: \(unit).")
        lines.append("")
        lines.append(
            "\(federation) (qua \(org.department)) đã nhận được báo cáo\(number) ngày \(report.receivedOn.displayString) "
                + "của đơn vị về tình hình tư tưởng, dư luận xã hội \(periodText) (mã \(report.id)).")
        lines.append("Để việc tổng hợp, phản ánh được đầy đủ, chính xác, đề nghị đơn vị bổ sung: \(ReportWording.sentence(reason))")
        lines.append(
            "Báo cáo bổ sung gửi về \(org.department) trước ngày \(today.adding(days: 5).displayString) "
                + "bằng văn bản hoặc thư điện tử, ghi rõ là báo cáo bổ sung cho báo cáo nêu trên.")
        lines.append("")
        lines.append("Nơi nhận:")
        lines.append("- Như kính gửi;")
        lines.append("- Lưu: VT, TG-NC.")
        lines.append("")
        lines += org.signatoryTitle.split(separator: "\n").map(String.init)
        lines.append("")
        lines.append("")
        lines.append(org.signatoryName)
        if markdown {
            // Each line its own paragraph-line in Markdown: a hard break at every end of line.
            return lines.map { $0.isEmpty ? "" : MarkdownRenderer.escape($0) + "  " }.joined(separator: "\n") + "\n"
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
