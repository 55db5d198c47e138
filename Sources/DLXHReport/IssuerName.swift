import DLXHDomain

/// Whether a proposal's addressee is the federation issuing the report ("LĐLĐ tỉnh", "Ban
/// Thường vụ LĐLĐ tỉnh Đồng Nai", its own department): a unit asking its own federation for
/// something gives that federation a task; it is not a proposal the federation sends upward.
enum IssuerName {
    /// Words the field abbreviates in addressees, folded.
    static let abbreviations: [String: String] = [
        "ldld": "lien doan lao dong", "cd": "cong doan", "bch": "ban chap hanh", "btv": "ban thuong vu",
    ]
    /// Bodies of the federation that speak for it.
    static let organs = ["ban thuong vu", "thuong truc", "ban chap hanh", "lanh dao"]

    static func names(issuer: Organisation, addressee: String) -> Bool {
        let wanted = normalised(addressee)
        guard !wanted.isEmpty else { return false }
        let place = normalised(issuer.place)
        var own = [normalised(issuer.name), "lien doan lao dong tinh", "lien doan lao dong"]
        if !place.isEmpty { own += ["lien doan lao dong tinh \(place)", "lien doan lao dong \(place)"] }
        let department = normalised(issuer.department)
        if !department.isEmpty { own += own.map { "\(department) \($0)" } + [department] }
        var forms = Set(own)
        for organ in organs { for name in own { forms.insert("\(organ) \(name)") } }
        return forms.contains(wanted)
    }

    /// Folded, punctuation as spaces, abbreviations written out, one space between words.
    static func normalised(_ text: String) -> String {
        let folded = Text.fold(text)
        let words = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        return words.map { abbreviations[$0] ?? $0 }.joined(separator: " ")
    }
}

extension ConsolidatedReport {
    /// Whether `addressee` is the issuing federation itself (see `IssuerName`).
    public static func addressesIssuer(_ addressee: String, _ issuer: Organisation) -> Bool {
        IssuerName.names(issuer: issuer, addressee: addressee)
    }
}
