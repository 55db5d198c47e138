import DLXHDomain
import Synchronization

/// Names without the legal form or level that every row repeats ("Công ty TNHH", "LĐLĐ huyện"),
/// so narrow columns show what tells the rows apart.
enum ShortName {
    static let enterprisePrefixes = [
        "Công ty TNHH MTV ", "Công ty TNHH ", "Công ty Cổ phần ", "Công ty cổ phần ", "Công ty CP ", "Công ty ", "Doanh nghiệp tư nhân ",
    ]
    static let unitPrefixes = [
        "LĐLĐ thành phố ", "LĐLĐ huyện ", "LĐLĐ thị xã ", "Công đoàn ngành ", "Công đoàn các ", "Công đoàn ",
    ]

    static func enterprise(_ name: String) -> String { strip(name, enterprisePrefixes) }
    static func unit(_ name: String) -> String { strip(name, unitPrefixes) }

    /// The abbreviations official documents use, for a column too narrow for a unit's name.
    static let abbreviations: [(String, String)] = [
        ("Khu công nghiệp", "KCN"), ("khu công nghiệp", "KCN"), ("Khu kinh tế", "KKT"), ("Tổng Công ty", "TCT"), ("Tổng công ty", "TCT"),
        ("Nông nghiệp và Phát triển nông thôn", "NN&PTNT"), ("Nông nghiệp và Môi trường", "NN&MT"), ("Giáo dục và Đào tạo", "GD&ĐT"),
        ("Giao thông vận tải", "GTVT"), ("Văn hóa, Thể thao và Du lịch", "VHTT&DL"), ("Công nghiệp", "CN"), ("thành phố ", "TP. "),
    ]
    /// The level words at the start of a short name, as addresses abbreviate them.
    static let levels: [(String, String)] = [("phường ", "P. "), ("xã ", "X. "), ("thị trấn ", "TT. "), ("đặc khu ", "ĐK "), ("tỉnh ", "T. ")]

    /// A unit's name in the forms a column may show, longest first: as written, without the
    /// "Công đoàn" all rows share, with the usual abbreviations, with the level abbreviated
    /// ("P. Long Khánh"). Each keeps the words that tell the units apart, which are at the end.
    static func unitForms(_ name: String) -> [String] {
        if let known = knownForms.withLock({ $0[name] }) { return known }
        let forms = makeUnitForms(name)
        knownForms.withLock { known in
            if known.count >= 4096 { known.removeAll() }
            known[name] = forms
        }
        return forms
    }

    /// The forms of the unit names met so far: a table asks for them on every row of every
    /// frame, and the abbreviations (a dozen Foundation replacements) were most of an inbox
    /// frame's time while typing a search. A province has hundreds of units; the bound is for
    /// any other text a column might pass.
    private static let knownForms = Mutex<[String: [String]]>([:])

    private static func makeUnitForms(_ name: String) -> [String] {
        var forms = [name]
        func add(_ form: String) { if !form.isEmpty, DisplayWidth.of(form) < DisplayWidth.of(forms.last!) { forms.append(form) } }
        // "Công đoàn phường X" → "phường X", "LĐLĐ huyện Y" → "huyện Y": the level stays.
        var short = strip(name, ["Công đoàn các ", "Công đoàn ", "LĐLĐ "])
        add(short)
        for (long, abbreviation) in abbreviations { short = short.replacingOccurrences(of: long, with: abbreviation) }
        add(short)
        short = strip(short, ["ngành "])
        add(short)
        for (long, abbreviation) in levels where short.hasPrefix(long) { short = abbreviation + short.dropFirst(long.count) }
        add(short)
        return forms
    }

    /// `unitForms` without the name as written: for a column of units, where "Công đoàn" on
    /// every row tells nothing, and every row should read alike whatever its length.
    @Sendable static func unitShortForms(_ name: String) -> [String] {
        let forms = unitForms(name)
        return forms.count > 1 ? Array(forms.dropFirst()) : forms
    }

    /// A unit kind's label in the forms a narrow column may show ("Công đoàn xã, phường" →
    /// "xã, phường"; "LĐLĐ huyện, thành phố" → "LĐLĐ huyện").
    @Sendable static func kindForms(_ label: String) -> [String] {
        [label, unit(label), label.components(separatedBy: ",").first ?? label]
    }

    /// The longest short form of a unit's name (never with "Công đoàn") that fits `width`
    /// columns; else the shortest, cut at a word. For the matrix, whose rows are all unions.
    static func unit(_ name: String, fitting width: Int) -> String { WordFit.first(unitShortForms(name), fitting: width) }

    static func strip(_ name: String, _ prefixes: [String]) -> String {
        for prefix in prefixes where name.hasPrefix(prefix) && name.count > prefix.count + 2 {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}
