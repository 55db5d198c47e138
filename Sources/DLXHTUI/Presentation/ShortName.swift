import DLXHDomain

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

    static func strip(_ name: String, _ prefixes: [String]) -> String {
        for prefix in prefixes where name.hasPrefix(prefix) && name.count > prefix.count + 2 {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}
