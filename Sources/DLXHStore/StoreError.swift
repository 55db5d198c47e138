import DLXHDomain

/// What can go wrong with a store. Each case renders as one line in either language.
public enum StoreError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case empty
        case syntax(String)
        case wrongType(expected: String)
        case missingField(String)
        case invalidValue(String)
        /// Beyond one of the documented limits (`Limits`): too large, too long, too many.
        case beyondLimit(Localized)
    }

    /// A file that cannot be read as what it should be: truncated, not JSON, wrong field types.
    case damaged(file: String, line: Int?, column: Int?, field: String?, problem: Problem)
    /// A file written by a newer dlxh, or of another schema.
    case unsupportedVersion(file: String, schema: String, version: Int, supported: Int)
    case wrongSchema(file: String, found: String, expected: String)
    /// The folder holds no store.
    case noStore(path: String)
    /// `demo` or `create` on a folder that already holds one.
    case storeExists(path: String)
    /// An operating-system failure reading or writing a file.
    case io(file: String, reason: String)
    /// A record that should be there is not.
    case notFound(kind: String, id: String)
    /// A change the rules refuse (unknown unit, impossible value…).
    case invalid(String)

    public func message(_ language: Language) -> String {
        switch self {
        case .damaged(let file, let line, let column, let field, let problem):
            var place = ""
            if let line, let column { place = Messages.atLineColumn(line, column)(language) }
            if let field { place += (place.isEmpty ? "" : " ") + "(\(field))" }
            let detail: String
            switch problem {
            case .empty: detail = Messages.fileEmpty(language)
            case .syntax(let reason): detail = Messages.notValidJSON(reason)(language)
            case .wrongType(let expected): detail = Messages.wrongType(expected)(language)
            case .missingField(let key): detail = Messages.missingField(key)(language)
            case .invalidValue(let reason): detail = Messages.invalidValue(reason)(language)
            case .beyondLimit(let reason): detail = reason(language)
            }
            return Messages.damagedFile(file, place, detail)(language)
        case .unsupportedVersion(let file, let schema, let version, let supported):
            return Messages.unsupportedVersion(file, schema, version, supported)(language)
        case .wrongSchema(let file, let found, let expected):
            return Messages.wrongSchema(file, found, expected)(language)
        case .noStore(let path): return Messages.noStore(path)(language)
        case .storeExists(let path): return Messages.storeExists(path)(language)
        case .io(let file, let reason): return Messages.ioFailure(file, reason)(language)
        case .notFound(let kind, let id): return Messages.notFound(kind, id)(language)
        case .invalid(let reason): return reason
        }
    }
}
