import DLXHDomain

/// A form on its own screen: its title, its fields, and the key hint line under them.
enum FormView {
    static func draw<ID>(_ form: Form<ID>, hint: String, language: Language, into grid: inout Grid, area: Rect, top: Int = 2) {
        grid.put(form.title, x: 1, y: area.y, style: .accent, limit: area.width - 2)
        form.render(into: &grid, rect: Rect(x: 2, y: area.y + top, width: area.width - 4, height: area.height - top - 1), language: language)
        grid.put(hint, x: 1, y: area.maxY - 1, style: .dim, limit: area.width - 2)
    }
}
