import Foundation

/// CSV as spreadsheet programs read it, written one way by every command (`export`, `status`,
/// `matrix --format csv`).
public enum CSV {
    /// One cell: quoted when it holds a comma, a quote or a line break (RFC 4180), and never a
    /// formula. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or the
    /// full-width `＝ ＋ － ＠`) would be run by a spreadsheet (`=HYPERLINK(…)`,
    /// `=cmd|' /C calc'!A0`), so it gets a leading apostrophe, as OWASP advises ("CSV
    /// injection"); the spreadsheet then shows it as text. A cell that is a plain number (`-5`,
    /// `+3`, `12.5`) stays as it is, so numbers stay numbers.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, formulaStarts.contains(first.value), !isPlainNumber(value) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// `=`, `+`, `-`, `@`, TAB, CR, and their full-width forms.
    static let formulaStarts: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20]

    /// An optional sign, digits, and optionally a point and more digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) } }
    }

    /// The rows as a file: UTF-8 with a byte-order mark (so spreadsheet programs read Vietnamese
    /// right), CRLF line ends, every cell through `cell`.
    public static func data(_ rows: [[String]]) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n").utf8))
        data.append(Data("\r\n".utf8))
        return data
    }
}
