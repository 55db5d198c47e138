import DLXHDomain

/// A form on its own screen: its title, its fields, and the key hint line under them (from the
/// key map, hints that do not fit giving way whole).
enum FormView {
    static func draw<ID>(_ form: Form<ID>, hints: [KeyDoc], language: Language, into grid: inout Grid, area: Rect, top: Int = 2) {
        // A long title wraps onto the blank line under it rather than being cut.
        for (i, line) in WordFit.wrap(form.title, area.width - 2).prefix(max(1, top)).enumerated() {
            grid.put(line, x: 1, y: area.y + i, style: .accent, limit: area.width - 2)
        }
        form.render(into: &grid, rect: Rect(x: 2, y: area.y + top, width: area.width - 4, height: area.height - top - 1), language: language)
        grid.put(KeyHints.line(hints, language, width: area.width - 2), x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }
}
