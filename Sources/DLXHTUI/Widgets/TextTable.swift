/// A plain-text table for the command line, aligned by display width so Vietnamese and wide
/// characters line up in any terminal.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int>

    public init(headers: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    public func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { c in all.map { DisplayWidth.of($0.indices.contains(c) ? $0[c] : "") }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                rightAligned.contains(c) ? DisplayWidth.fitRight(text, widths[c]) : DisplayWidth.fit(text, widths[c])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
