import DLXHDomain
import Foundation

/// The fields of the form recording guidance.
enum GuidanceField: Hashable, Sendable {
    case number, date, issuer, text, due, owner
}

extension GuidanceScreen {
    /// Opens the form for these items (the inbox's tagged items, else its selected one).
    mutating func openForm(_ refs: [ItemReference], _ context: inout ScreenContext) {
        guard !refs.isEmpty else { return }
        let l = context.language
        let now = context.now
        let issuer = context.configuration.guidanceIssuers.first
        formItems = refs
        form = Form(
            title: GuidanceUI.formTitle(refs.count)(l),
            fields: [
                .init(id: .number, label: GuidanceUI.number(l), value: .text(TextField()), required: true),
                .init(id: .date, label: GuidanceUI.date(l), value: .text(TextField(now.day.displayString)), required: true),
                .init(id: .issuer, label: GuidanceUI.issuer(l), value: .choice(id: issuer?.id, label: issuer?.label(l) ?? ""), required: true),
                .init(id: .text, label: GuidanceUI.text(l), value: .multiline(TextArea()), required: true, height: 3),
                .init(id: .due, label: GuidanceUI.due(l), value: .text(TextField(now.day.adding(days: 7).displayString))),
                .init(id: .owner, label: GuidanceUI.owner(l), value: .text(TextField(context.session.staff))),
            ])
    }

    mutating func submit(_ context: inout ScreenContext) -> [Effect] {
        guard var form else { return [] }
        let l = context.language
        var errors = form.missingRequired(l)
        let dateText = form.text(.date).trimmingCharacters(in: .whitespaces)
        let date = Day(typed: dateText)
        if date == nil, errors[.date] == nil { errors[.date] = UIText.badDateTyped(dateText)(l) }
        let dueText = form.text(.due).trimmingCharacters(in: .whitespaces)
        let due = dueText.isEmpty ? nil : Day(typed: dueText)
        if !dueText.isEmpty && due == nil { errors[.due] = UIText.badDateTyped(dueText)(l) }
        if let date, let due, due < date { errors[.due] = GuidanceUI.dueBeforeDate(l) }
        guard errors.isEmpty, let date else {
            form.show(errors: errors)
            self.form = form
            return []
        }
        let issuerID = form.choiceID(.issuer) ?? ""
        let issuer = context.configuration.guidanceIssuers.first { $0.id == issuerID }?.vi ?? form.text(.issuer)
        let owner = Text.clean(form.text(.owner), multiline: false).trimmingCharacters(in: .whitespaces)
        let guidance = Guidance(
            id: "", number: Text.clean(form.text(.number), multiline: false), date: date, issuer: issuer,
            text: Text.clean(form.text(.text)), items: formItems, due: due, owner: owner.isEmpty ? nil : owner,
            createdAt: context.now, createdBy: context.session.staff)
        self.form = nil
        formItems = []
        return [.save(.newGuidance(guidance))]
    }

    /// The reminder to the units overdue with their acknowledgement, as plain text.
    public static func reminderText(dataset: Dataset, overdue: [GuidanceOverdue], today: Day) -> String {
        let org = dataset.configuration.organisation
        let byID = Dictionary(dataset.guidance.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = [org.name.uppercased(), org.department.uppercased(), ""]
        lines.append("V/v đề nghị báo cáo kết quả triển khai văn bản chỉ đạo")
        lines.append("")
        lines.append("\(org.place.isEmpty ? "" : org.place + ", ")ngày \(today.day) tháng \(today.month) năm \(today.year)")
        lines.append("")
        let units = overdue.map(\.unitID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        lines.append("Kính gửi: " + units.map { dataset.unit($0)?.name ?? $0 }.joined(separator: "; "))
        lines.append("")
        lines.append("Đến ngày \(today.displayString), các đơn vị sau chưa báo cáo kết quả triển khai văn bản chỉ đạo đã được chuyển:")
        for item in overdue {
            let g = byID[item.guidanceID]
            let name = dataset.unit(item.unitID)?.name ?? item.unitID
            lines.append("- \(name): văn bản số \(g?.number ?? item.guidanceID) của \(g?.issuer ?? "") (hạn \(item.due.displayString), quá hạn \(item.daysOverdue(asOf: today)) ngày)")
        }
        lines.append("")
        lines.append("Đề nghị các đơn vị khẩn trương báo cáo kết quả tuyên truyền, giải đáp cho đoàn viên, người lao động.")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Drawing

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        if let form {
            FormView.draw(form, language: context.language,
                into: &grid, area: area)
        } else {
            drawPanel(context, into: &grid, area: area)
        }
    }

    func drawPanel(_ context: ScreenContext, into grid: inout Grid, area: Rect) {
        let l = context.language
        let rows = rows(context)
        let overdueCount = context.guidanceAlerts.count
        var heading = GuidanceUI.title(l) + " · " + (mine ? GuidanceUI.filterMine(l) : GuidanceUI.filterAll(l))
        if overdueCount > 0 { heading += " " + GuidanceUI.badge(overdueCount)(l) }
        grid.put(heading, x: 1, y: area.y, style: overdueCount > 0 ? .danger : .accent, limit: area.width - 2)
        if rows.isEmpty {
            grid.put(GuidanceUI.none(l), x: 2, y: area.y + 2, style: .dim, limit: area.width - 4)
            return
        }
        let listHeight = min(rows.count + 1, max(3, (area.height - 1) / 2))
        let columns = [
            TableColumn(GuidanceUI.colNumber(l), .flexible(minimum: 10)), TableColumn(GuidanceUI.colIssuer(l), .flexible(minimum: 10)),
            TableColumn(GuidanceUI.colDate(l), .fixed(10)), TableColumn(GuidanceUI.colDue(l), .fixed(10)),
            TableColumn(GuidanceUI.colOwner(l), .fixed(10)), TableColumn(GuidanceUI.colAcks(l), .fixed(8)),
        ]
        let today = context.now.day
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 1, width: area.width - 2, height: listHeight), columns: columns, count: rows.count,
            row: { i in
                let g = rows[i]
                let acks = g.recipients.filter(\.isAcknowledged).count
                let late = !GuidanceAlerts.overdue(for: g, asOf: today).isEmpty
                return TableRow(
                    [g.number, g.issuer, g.date.displayString, g.due?.displayString ?? "—", g.owner ?? "—", "\(acks)/\(g.recipients.count)"],
                    cellStyles: late ? [5: .danger] : [:])
            }, state: list)
        guard let g = selected(context) else { return }
        var y = area.y + 1 + listHeight
        var lines: [(String, Style)] = []
        lines.append(("\(g.id) · \(g.number) · \(GuidanceUI.owner(l)): \(g.owner ?? "—")", .bold))
        let text = g.text.replacingOccurrences(of: "\n", with: " ")
        let unrelayed = Self.unrelayed(g, context)
        // The gist: as many lines as leave room for the units below.
        let gist = max(1, area.maxY - y - 3 - g.recipients.count - unrelayed.count)
        for line in TextArea.wrap(text, width: max(10, area.width - 4)).prefix(min(3, gist)) { lines.append((line.text, .plain)) }
        lines.append((GuidanceUI.unitsHeading(l), .bold))
        for r in g.recipients {
            var status: (String, Style) = (GuidanceUI.waiting(l), .warning)
            if let on = r.acknowledgedOn {
                status = (GuidanceUI.acknowledgedOn(on)(l) + (r.note.isEmpty ? "" : ": " + r.note), .ok)
            } else if GuidanceAlerts.isOverdue(r, due: g.due, asOf: today), let due = g.due {
                status = (GuidanceUI.overdueDays(today.dayNumber - due.dayNumber)(l), .danger)
            }
            lines.append(("  \(context.derived.unitName(r.unitID)): \(GuidanceUI.relayedOn(r.relayedOn)(l)) · \(status.0)", status.1))
        }
        for unit in unrelayed {
            lines.append(("  \(context.derived.unitName(unit)): \(GuidanceUI.notRelayed(l))", .dim))
        }
        // Long lines (a unit's note) wrap under their start rather than run into the edge.
        for (text, style) in lines {
            let indent = text.hasPrefix("  ") ? 4 : 0
            for (n, part) in TextArea.wrap(text, width: max(10, area.width - 3 - indent)).enumerated() where y < area.maxY {
                let shown = n == 0 ? part.text : String(repeating: " ", count: indent) + part.text.trimmingCharacters(in: .whitespaces)
                grid.put(shown, x: 2, y: y, style: style, limit: area.width - 3)
                y += 1
            }
        }
    }
}
