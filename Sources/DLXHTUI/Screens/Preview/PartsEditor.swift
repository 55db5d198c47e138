import DLXHDomain
import DLXHReport

/// The staff-written parts of one period's report as being edited in the preview: the version
/// opened (`base`, what the save merges from), the text as typed, and the part shown.
struct PartsEditor: Sendable, Equatable {
    var base: ReportParts
    var draft: ReportParts
    var part: ReportParts.Part = .assessment
    var area: TextArea

    init(base: ReportParts, draft: ReportParts? = nil, part: ReportParts.Part = .assessment) {
        self.base = base
        self.draft = draft ?? base
        self.part = part
        area = TextArea(self.draft[part])
    }

    var isDirty: Bool { current != base }

    /// The parts with the text area's text in the part shown.
    var current: ReportParts {
        var parts = draft
        parts[part] = area.text
        return parts
    }

    mutating func show(_ next: ReportParts.Part) {
        draft = current
        part = next
        area = TextArea(draft[next])
    }

    mutating func move(by step: Int) {
        let all = ReportParts.Part.allCases
        let here = all.firstIndex(of: part)!
        show(all[(here + step + all.count) % all.count])
    }

    /// Draws the tabs of the four parts, the part's full title, who saved last, and the text.
    func render(into grid: inout Grid, area rect: Rect, language l: Language) {
        var x = rect.x + 2
        let y = rect.y
        grid.put(PreviewText.editorTitle(base.period)(l), x: x, y: y, style: .bold, limit: rect.width - 3)
        for (i, each) in ReportParts.Part.allCases.enumerated() {
            let label = " \(i + 1). \(PreviewText.partTab(each)(l)) "
            x = grid.put(label, x: x, y: y + 1, style: each == part ? .selected : .plain, limit: rect.maxX - x) + 1
        }
        let title = ReportText.partTitle(part, base.period)(l)
        let note = base.updatedBy.flatMap { by in base.updatedAt.map { PreviewText.lastWritten(by, $0)(l) } } ?? PreviewText.notWrittenYet(l)
        grid.put(title, x: rect.x + 2, y: y + 2, style: .accent, limit: rect.width - 3)
        grid.put(note, x: rect.x + 2, y: y + 3, style: .dim, limit: rect.width - 3)
        let box = Rect(x: rect.x + 1, y: y + 4, width: rect.width - 2, height: max(3, rect.height - 4))
        grid.frame(box)
        area.render(into: &grid, rect: Self.textRect(box), focused: true)
    }

    static func textRect(_ box: Rect) -> Rect { Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2) }

    /// The text area's width at this screen width, for ↑/↓ by wrapped line.
    static func textWidth(_ screenWidth: Int) -> Int { max(10, screenWidth - 4) }
}
