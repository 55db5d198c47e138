import DLXHDomain
import Foundation

extension EntryScreen {
    // MARK: Drawing

    func view(_ context: ScreenContext, area: Rect, into grid: inout Grid) {
        let l = context.language
        if let itemForm {
            FormView.draw(itemForm, hints: Self.itemEditorDocs(errors: itemForm.hasErrors, focused: itemForm.focusedKind), language: l, into: &grid, area: area, top: 1)
            return
        }
        guard let form else {
            drawRecent(context, into: &grid, area: area)
            return
        }
        grid.put(WordFit.cut(form.title, area.width - 2), x: 1, y: area.y, style: .accent, limit: area.width - 2)
        let fieldsHeight = form.height(width: area.width - 4)
        let fieldsRect = Rect(x: 2, y: area.y + 1, width: area.width - 4, height: fieldsHeight)
        var shown = form
        if onItems { shown.focus = -1 }
        shown.render(into: &grid, rect: fieldsRect, language: l)
        let listTop = fieldsRect.maxY
        let heading = UIText.itemsHeading(items.count)(l)
        grid.put(heading, x: 1, y: listTop, style: onItems ? .accent : .bold)
        let config = context.dataset?.configuration ?? Configuration()
        let columns = [
            TableColumn("#", .fixed(2), alignRight: true), TableColumn(UIText.topic(l), .fixed(18)),
            TableColumn(UIText.content(l), .flexible(minimum: 20)), TableColumn(UIText.attitude(l), .fixed(16)),
        ]
        let items = items
        if items.isEmpty {
            grid.put(UIText.noItemsYet(KeyNames.key(for: .add, in: Self.itemListKeyMap))(l), x: 3, y: listTop + 1, style: .dim, limit: area.width - 4)
        } else {
            Table.render(
                into: &grid, rect: Rect(x: 2, y: listTop + 1, width: area.width - 4, height: max(2, area.maxY - listTop - 2)),
                columns: columns, count: items.count,
                row: { i in
                    let item = items[i]
                    return TableRow([
                        String(i + 1), config.topic(item.topic)?.label(l) ?? item.topic, item.content.replacingOccurrences(of: "\n", with: " "),
                        config.attitude(item.attitude)?.label(l) ?? item.attitude,
                    ])
                }, state: itemList, focused: onItems)
        }
        let hints = onItems ? Self.itemListKeyMap.docs : form.docs
        grid.put(FormView.hintLine(hints, l, width: area.width), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    func drawRecent(_ context: ScreenContext, into grid: inout Grid, area: Rect) {
        let l = context.language
        grid.put(KeyHints.line(Self.listKeyMap.filter { $0.action == .newReport || $0.action == .editReport }.docs, l, width: area.width - 2), x: 1, y: area.y, style: .accent, limit: area.width - 2)
        let reports = context.derived.recentlyEntered
        let columns = [
            TableColumn(UIText.colEntered(l), .fixed(16)), TableColumn(UIText.colUnit(l), .flexible(minimum: 12), forms: ShortName.unitShortForms),
            TableColumn(UIText.colPeriod(l), .fixed(7)), TableColumn(UIText.colKind(l), .fixed(8)),
            TableColumn(UIText.colBy(l), .flexible(minimum: 8)),
        ]
        if let draft = offeredDraft {
            // A draft declined at start is still there: say so, with its key.
            grid.put(WordFit.cut(UIText.draftWaiting(draft.savedAt.displayString, KeyNames.key(for: .restoreDraft, in: Self.draftKeyMap))(l), area.width - 2),
                x: 1, y: area.y + 1, style: .warning, limit: area.width - 2)
        }
        grid.put(UIText.recentlyEntered(l), x: 1, y: area.y + 2, style: .bold)
        Table.render(
            into: &grid, rect: Rect(x: 1, y: area.y + 3, width: area.width - 2, height: area.height - 3), columns: columns,
            count: reports.count,
            row: { i in
                let r = reports[i]
                return TableRow([
                    r.createdAt.displayString, context.derived.unitName(r.unitID), r.period.id, Format.kind(r.kind)(l), r.createdBy,
                ])
            }, state: recent)
    }
}
