import DLXHDomain

/// A form on its own screen: its title, its fields, and the key hint line under them (from the
/// key map, hints that do not fit giving way whole).
enum FormView {
    static func draw<ID>(_ form: Form<ID>, hints: [KeyDoc]? = nil, language: Language, into grid: inout Grid, area: Rect, top: Int = 2) {
        // A long title wraps onto the blank line under it rather than being cut.
        for (i, line) in WordFit.wrap(form.title, area.width - 2).prefix(max(1, top)).enumerated() {
            grid.put(line, x: 1, y: area.y + i, style: .accent, limit: area.width - 2)
        }
        form.render(into: &grid, rect: Rect(x: 2, y: area.y + top, width: area.width - 4, height: area.height - top - 1), language: language)
        grid.put(hintLine(hints ?? form.docs, language, width: area.width), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }

    /// The hint line under a form: the same hints the status line shows for it (both chosen by
    /// `StatusLine.chosen` from the form's key map), so the two never disagree.
    static func hintLine(_ docs: [KeyDoc], _ l: Language, width: Int) -> String {
        StatusLine.chosen(screen: docs, global: AppState.formGlobalKeyMap.docs, width: width - 2, language: l).joined(separator: " · ")
    }
}
