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
    /// The store's folder cannot be opened, and why: there is no such folder, a file is in its
    /// place, or the user may not open it (it is another user's, or its mode keeps them out).
    case cannotOpen(path: String, problem: OpenProblem)

    public enum OpenProblem: Equatable, Sendable {
        case missingFolder
        case notAFolder
        case permissionDenied(String)
    }
    /// `demo` or `create` on a folder that already holds one.
    case storeExists(path: String)
    /// An operating-system failure reading or writing a file.
    case io(file: String, reason: String)
    /// A record that should be there is not.
    case notFound(kind: String, id: String)
    /// A change the rules refuse (unknown unit, impossible value…).
    case invalid(String)
    /// A change the rules refuse, said in both languages (an unknown item or unit, a unit the
    /// guidance was not relayed to…): nothing was written.
    case refused(Localized)
    /// An edit that would overwrite someone else's change to the same field, or a record
    /// deleted since it was opened: nothing was written.
    case conflict(EditConflict)
    /// A new record under an id someone else took meanwhile.
    case idTaken(kind: String, id: String)
    /// A folder or file the store writes into (`incoming/rejected`, `reports/2026`, `.lock`…)
    /// is a symbolic link: nothing is written through it.
    case symbolicLink(path: String)
    /// Another writer held the store lock for longer than a writer waits (`StoreLock`); `holder`
    /// is who, as the lock file says, or nil when it does not say (not a dlxh, or an older one).
    case locked(holder: LockHolder?)
    /// A report or hot-spot file the manifest lists as holding `records` records is gone.
    case missingFile(file: String, records: Int)

    /// The store file the error is about, when it is about one.
    public var file: String? {
        switch self {
        case .damaged(let file, _, _, _, _), .unsupportedVersion(let file, _, _, _), .wrongSchema(let file, _, _),
            .io(let file, _), .missingFile(let file, _):
            return file
        default: return nil
        }
    }

    /// One line naming what went wrong. File names, field paths, ids and reasons may come from
    /// a file or a file name someone else chose: the whole line goes through `Text.printable`,
    /// so a control character in one shows as `\u{1B}` and can neither command the terminal nor
    /// start a forged second line.
    public func message(_ language: Language) -> String {
        Text.printable(rawMessage(language))
    }

    private func rawMessage(_ language: Language) -> String {
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
        case .cannotOpen(let path, .missingFolder): return Messages.noStoreFolder(path)(language)
        case .cannotOpen(let path, .notAFolder): return Messages.storeNotAFolder(path)(language)
        case .cannotOpen(let path, .permissionDenied(let what)): return Messages.storePermissionDenied(path, what)(language)
        case .storeExists(let path): return Messages.storeExists(path)(language)
        case .io(let file, let reason): return Messages.ioFailure(file, reason)(language)
        case .notFound(let kind, let id): return Messages.notFound(kind, id)(language)
        case .invalid(let reason): return reason
        case .refused(let text): return text(language)
        case .conflict(let conflict): return MergePhrases.refused(conflict)(language)
        case .idTaken(let kind, let id): return MergePhrases.idTaken(kind, id)(language)
        case .symbolicLink(let path):
            return Localized(
                vi: "\(path) trong kho dữ liệu là một liên kết tượng trưng (symbolic link); dlxh không bao giờ ghi qua liên kết và đã không ghi gì: hãy thay nó bằng thư mục hoặc tệp thật",
                en: "\(path) in the store is a symbolic link; dlxh never writes through a link and wrote nothing: replace it with a real folder or file"
            )(language)
        case .missingFile(let file, let records): return Messages.missingFile(file, records)(language)
        case .locked(let holder):
            return Messages.storeLocked(holder.map { ($0.staff, $0.command, Int($0.pid), $0.since) })(language)
        }
    }
}
