import DLXHDomain

/// Puts the figures of a `ConsolidatedReport` into the words of a provincial federation's
/// monthly report. The phrases come from `ReportText` in the localisation table; this file only
/// decides which phrase says what, and in what order.
public enum ReportWording {
    /// `parts`: what staff wrote for the period (nil: none yet); `issued`: the register number it
    /// is issued under (nil: not issued, "Số: …").
    public static func document(
        _ report: ConsolidatedReport, language l: Language, parts: ReportParts? = nil, issued: Int? = nil
    ) -> ReportDocument {
        let org = report.organisation
        let period = periodPhrase(report.period, l)
        let compiler = org.department.isEmpty ? org.name : org.department
        var body: [ReportDocument.Block] = [.paragraph(ReportText.opening(compiler, period)(l))]
        body += overview(report, l)
        body += streams(report, l)
        body += hotSpots(report, l)
        body += rumours(report, l)
        body += submissions(report, l)
        body += proposals(report, l)
        body += guidance(report, l)
        body += staffParts(parts ?? ReportParts(period: report.period), numeral: body.filter { if case .heading = $0 { true } else { false } }.count, l)
        body.append(.paragraph(ReportText.closing(period)(l)))
        return ReportDocument(
            parentBody: org.parentBody, issuer: org.name, number: ReportText.number(org.documentCode, issued: issued)(l),
            country: ReportText.country(l), motto: ReportText.motto(l),
            dateLine: ReportText.dateLine(org.place, report.issuedOn)(l),
            kind: ReportText.kind(l), subject: ReportText.subject(period)(l),
            body: body, recipientsHeading: ReportText.recipientsHeading(l), recipients: recipientLines(org.recipients),
            signatoryTitle: org.signatoryTitle.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
            signatoryName: org.signatoryName, appendix: appendix(report, issued: issued, l))
    }

    /// Section headings carry the Roman numerals of administrative documents.
    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    static func heading(_ number: Int, _ title: Localized, _ l: Language) -> ReportDocument.Block {
        .heading("\(numerals[number - 1]). \(title(l))")
    }

    // MARK: I. The overall situation

    static func overview(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        let period = periodPhrase(report.period, l)
        var blocks = [heading(1, ReportText.headingOverview, l)]
        if report.reports.isEmpty {
            blocks.append(.paragraph(ReportText.noReports(period)(l)))
        } else {
            let kinds = ReportKind.allCases.compactMap { kind -> String? in
                let n = report.reportCount(kind)
                return n == 0 ? nil : ReportText.kindCount(kind, n)(l)
            }
            var received = (report.months.isEmpty ? ReportText.reportsReceived : ReportText.reportsReceivedOverMonths)(
                report.issuedOn, period, report.reports.count, report.reportingUnitIDs.count, kinds.joined(separator: ", "))(l)
            let silent = Set(report.reports.filter(\.nothingToReport).map(\.unitID)).count
            if silent > 0 { received += " " + ReportText.nothingToReport(silent)(l) }
            let totals = report.statedTotals
            received += " " + (report.months.isEmpty
                ? ReportText.dueUnitsSubmitted(totals.submitted, totals.expected)
                : ReportText.dueMonthsSubmitted(totals.submitted, totals.expected))(l)
            blocks.append(.paragraph(received))
            var counted = ReportText.itemsCounted(report.items.total, report.items.included, report.items.excluded)(l)
            if report.items.included > 0 {
                counted += " " + ReportText.itemsTold(report.items.opinion, report.items.rumours, report.items.hotSpot)(l)
            }
            blocks.append(.paragraph(counted))
        }
        if !report.months.isEmpty {
            let list = report.months.map {
                ReportText.monthFigures(
                    periodPhrase($0.month, l), reports: $0.reports, opinion: $0.opinion, rumours: $0.rumours, hotSpots: $0.hotSpots)(l)
            }
            blocks.append(.paragraph(ReportText.monthsCompared(list.joined(separator: "; "))(l)))
        }
        let items = report.items
        if items.opinion > 0 {
            // The attitude mix is of the opinion told in section II, the items it counts.
            let mix = report.attitudes.map {
                ReportText.attitudeShare(lowerFirst($0.label(l)), $0.count, percent($0.count, of: items.opinion))(l)
            }
            let top = report.streams.prefix(3).map { ReportText.topicShare(lowerFirst($0.topic.label(l)), $0.items.count)(l) }
            blocks.append(.paragraph(ReportText.attitudeMix(mix.joined(separator: "; "))(l) + " " + ReportText.mostConcerned(top.joined(separator: "; "))(l)))
        }
        blocks.append(.paragraph(ReportText.overviewEvents(report.hotSpots.arising.count, report.rumours.count)(l)))
        return blocks
    }

    // MARK: II. Opinion streams by topic

    static func streams(_ report: ConsolidatedReport, _ l: Language) -> [ReportDocument.Block] {
        var blocks = [heading(2, ReportText.headingStreams, l)]
        if report.streams.isEmpty { blocks.append(.paragraph(ReportText.noIncludedItems(l))) }
        // A month half classified would read as a fall in every topic: the reader is told first.
        if report.items.pending > 0, !report.streams.isEmpty {
            blocks.append(.paragraph(ReportText.pendingNotCounted(report.items.pending)(l)))
        }
        for (i, stream) in report.streams.enumerated() {
            blocks.append(.subheading("\(i + 1). \(stream.topic.label(l))"))
            let breadth = stream.breadth.map { "\(lowerFirst($0.label(l))) \($0.count)" }.joined(separator: ", ")
            let attitudes = stream.attitudes.map { "\(lowerFirst($0.label(l))) \($0.count)" }.joined(separator: "; ")
            var summary = ReportText.streamSummary(stream.items.count, stream.unitIDs.count)(l)
            if let previous = stream.previousMonth {
                summary += " " + capitalisedFirst(ReportText.streamTrend(previous, stream.items.count)(l)) + "."
            }
            blocks.append(.paragraph(summary + " " + ReportText.breadthLine(breadth)(l) + " " + ReportText.attitudeLine(attitudes)(l)))
            let several = stream.streams.filter { $0.unitIDs.count >= 2 }
            if several.isEmpty {
                if !stream.representative.isEmpty {
                    blocks.append(.paragraph(ReportText.representative(l)))
                    blocks += stream.representative.map { .bullet(quote($0, l)) }
                }
            } else {
                blocks += streamBlocks(several, l)
                let alone = stream.streams.filter { $0.unitIDs.count < 2 }
                if !alone.isEmpty {
                    let items = alone.map(\.items.count).reduce(0, +)
                    blocks.append(.paragraph(ReportText.otherItems(items, Set(alone.flatMap(\.unitIDs)).count)(l)))
                    blocks += alone.compactMap(\.quotes.first).prefix(ConsolidatedReport.quotesPerStream).map { .bullet(quote($0, l)) }
                }
            }
        }
        return blocks
    }

    /// Units named in a stream's line before "and N other units".
    static let unitsNamed = 6

    /// The streams raised by several units: a line each (title, how many units and which, the
    /// month before), a quotation or two, and the proposals merged.
    static func streamBlocks(_ streams: [ConsolidatedReport.StreamEntry], _ l: Language) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = []
        let letters = Array("abcdefghiklmnopqrstuvxy")
        for (j, entry) in streams.enumerated() {
            let label = j < letters.count ? String(letters[j]) : "\(j + 1)"
            var names = entry.unitNames.prefix(unitsNamed).joined(separator: ", ")
            if entry.unitNames.count > unitsNamed { names += " " + ReportText.moreUnits(entry.unitNames.count - unitsNamed)(l) }
            let trend = entry.previousMonth.map { ReportText.streamTrend($0, entry.items.count)(l) } ?? ""
            var title = oneLine(entry.title)
            while let last = title.last, ".;:".contains(last) { title.removeLast() }
            let attitudes = entry.attitudes.map { "\(lowerFirst($0.label(l))) \($0.count)" }.joined(separator: "; ")
            blocks.append(.paragraph(
                ReportText.streamLine(label, title, entry.items.count, entry.unitIDs.count, names, trend)(l) + " "
                    + ReportText.attitudeLine(attitudes)(l)))
            blocks += entry.quotes.map { .bullet(quote($0, l)) }
            if !entry.proposals.isEmpty {
                var line = ReportText.streamProposals(l) + " "
                    + entry.proposals.prefix(ConsolidatedReport.proposalsPerStream).map { sentence(oneLine($0.text)) }.joined(separator: " ")
                if entry.proposals.count > ConsolidatedReport.proposalsPerStream {
                    line += " " + ReportText.moreProposals(entry.proposals.count - ConsolidatedReport.proposalsPerStream)(l)
                }
                blocks.append(.paragraph(line))
            }
        }
        return blocks
    }

    static func quote(_ quote: ConsolidatedReport.Quote, _ l: Language) -> String {
        ReportText.quote(oneLine(quote.text), quote.unitNames.joined(separator: ", "))(l)
    }

    // MARK: Closing and appendix

    /// "- X;" for every recipient but the last, which ends the list with a full stop.
    static func recipientLines(_ recipients: [String]) -> [String] {
        recipients.enumerated().map { i, name in "- \(name)\(i == recipients.count - 1 ? "." : ";")" }
    }

    static func appendix(_ report: ConsolidatedReport, issued: Int?, _ l: Language) -> [ReportDocument.Block] {
        let rows = report.reports.enumerated().map { i, r -> [String] in
            var kind = r.kind.label(l)
            if r.nothingToReport { kind += ", " + ReportText.nothingToReportMark(l) }
            if r.archived { kind += ", " + ReportText.archivedMark(l) }
            return [
                "\(i + 1)", r.unitName, kind, r.documentNumber, r.receivedOn.displayString, r.id,
                "\(r.includedItemCount)/\(r.itemCount)",
            ]
        }
        return [
            .heading(ReportText.appendixTitle(l)),
            .paragraph(ReportText.appendixAttached(report.organisation.documentCode, report.issuedOn, issued: issued)(l)),
            .paragraph(ReportText.appendixSubject(periodPhrase(report.period, l))(l)),
            .subheading(ReportText.appendixLateUnits(l)),
        ] + lateUnits(report, l) + [
            .subheading(ReportText.appendixReceived(l)),
            .table(ReportDocument.Table(
                headers: ReportText.appendixHeaders(l).split(separator: "\t").map(String.init), rows: rows,
                numericColumns: [0, 6])),
        ]
    }

    // MARK: Small wording helpers

    /// "tháng 10/2026" in running text; "October 2026" in English.
    static func periodPhrase(_ period: Period, _ l: Language) -> String {
        l == .vi ? lowerFirst(period.label.vi) : period.label.en
    }

    /// A label as it reads inside a sentence: "Tiền lương" → "tiền lương", but "BHXH" stays.
    static func lowerFirst(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count >= 2, chars[0].isUppercase, !chars[1].isUppercase else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }

    static func capitalisedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    /// Text from a unit on one line: the document's paragraphs are the report's, not the unit's.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Text from a unit as a sentence of the report: on one line, ending with a full stop.
    static func sentence(_ text: String) -> String {
        let line = oneLine(text)
        guard let last = line.last, !".!?…;:".contains(last) else { return line }
        return line + "."
    }
}

extension ReportWording {
    /// The staff-written section: each part as staff wrote it (a paragraph per paragraph), or
    /// where to write it when it is not written yet.
    static func staffParts(_ parts: ReportParts, numeral: Int, _ l: Language) -> [ReportDocument.Block] {
        var blocks = [heading(numeral + 1, ReportText.headingStaffParts, l)]
        for (i, part) in ReportParts.Part.allCases.enumerated() {
            blocks.append(.subheading("\(i + 1). \(ReportText.partTitle(part, parts.period)(l))"))
            let paragraphs = parts[part].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if paragraphs.isEmpty {
                blocks.append(.paragraph(ReportText.partNotWritten(l)))
            } else {
                blocks += paragraphs.map { $0.hasPrefix("- ") ? .bullet(String($0.dropFirst(2))) : .paragraph($0) }
            }
        }
        return blocks
    }
}
