import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

/// The language of help texts, known before parsing: `--lang` on the command line, else DLXH_LANG.
enum HelpLanguage {
    /// The command's arguments (set by `Main.command`: a fork-server child has its own).
    nonisolated(unsafe) static var arguments: [String] = Array(CommandLine.arguments.dropFirst())
    static let current: Language = {
        let args = arguments
        for (i, arg) in args.enumerated() {
            if arg == "--lang", i + 1 < args.count, let lang = Language(rawValue: args[i + 1]) { return lang }
            if arg.hasPrefix("--lang="), let lang = Language(rawValue: String(arg.dropFirst(7))) { return lang }
        }
        return ProcessInfo.processInfo.environment["DLXH_LANG"].flatMap(Language.init(rawValue:)) ?? .vi
    }()
}

func help(_ text: Localized) -> ArgumentHelp { ArgumentHelp(text(HelpLanguage.current)) }

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: help(CLIText.storeHelp))
    var store: String?

    @Option(name: .long, help: help(CLIText.todayHelp))
    var today: String?

    @Option(name: .long, help: help(CLIText.timeHelp))
    var time: String?

    @Option(name: .long, help: help(CLIText.langHelp))
    var lang: String?

    @Option(name: .long, help: help(CLIText.staffHelp))
    var staff: String?

    /// Resolves options against the environment and the clock.
    func context() throws -> AppContext {
        let env = ProcessInfo.processInfo.environment
        let languageText = lang ?? env["DLXH_LANG"] ?? "vi"
        guard let language = Language(rawValue: languageText) else {
            throw CLIError(CLIText.badLanguage(languageText))
        }
        let storePath: String
        if let store = store ?? env["DLXH_STORE"], !store.isEmpty {
            storePath = store
        } else if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty {
            storePath = xdg + "/dlxh"
        } else {
            storePath = (env["HOME"] ?? NSHomeDirectory()) + "/.local/share/dlxh"
        }
        let offset = 420
        var now = Moment(secondsSinceEpoch: Int64(Date().timeIntervalSince1970), utcOffsetMinutes: offset)
        var clockIsFixed = false
        if let todayText = today ?? env["DLXH_TODAY"], !todayText.isEmpty {
            guard let day = Day(iso: todayText), day.isInAcceptedRange else {
                throw CLIError(
                    Localized(
                        vi: "--today: ngày không hợp lệ \"\(Text.printable(todayText))\" (cần YYYY-MM-DD, năm 1900…2200)",
                        en: "--today: invalid date \"\(Text.printable(todayText))\" (expected YYYY-MM-DD, years 1900…2200)"))
            }
            var hour = 9
            var minute = 0
            if let timeText = time ?? env["DLXH_TIME"], !timeText.isEmpty {
                let parts = timeText.split(separator: ":").compactMap { Int($0) }
                guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
                    throw CLIError(CLIText.badTime(timeText))
                }
                (hour, minute) = (parts[0], parts[1])
            }
            now = Moment(day: day, hour: hour, minute: minute, utcOffsetMinutes: offset)
            clockIsFixed = true
        }
        let staffName = staff ?? env["DLXH_STAFF"]
        return AppContext(
            storeURL: URL(fileURLWithPath: storePath), now: now, clockIsFixed: clockIsFixed, language: language,
            staffOverride: staffName?.isEmpty == false ? staffName : nil, user: env["USER"] ?? "staff")
    }
}

/// What every command needs to know about where and when it runs.
struct AppContext {
    var storeURL: URL
    var now: Moment
    /// --today was given: "now" stays put instead of following the wall clock.
    var clockIsFixed: Bool
    var language: Language
    var staffOverride: String?
    var user: String

    var today: Day { now.day }

    /// --staff or DLXH_STAFF, else the store's configured staff name, else $USER.
    func staff(_ configuration: Configuration) -> String {
        staffOverride ?? configuration.staffName ?? user
    }

    func editor(_ configuration: Configuration) -> Editor {
        Editor(staff: staff(configuration), now: now)
    }

    /// Opens the store, and names this process's staff in the lock file it writes while saving
    /// (--staff / DLXH_STAFF, else the store's configured name, else $USER).
    func openStore() throws -> Store {
        let store = try Store.open(at: storeURL)
        Store.setLockOwner(staffOverride ?? (try? store.configuredStaffName()) ?? user)
        return store
    }

    /// For the read-only commands (status, export, report, matrix, hotspots): the store as far as
    /// it can be read. A damaged or missing report or hot-spot file is left out, and said on
    /// standard error, one line each, so the other months can still be read and reported on.
    func loadForReading() throws -> StoreContents {
        let contents = try openStore().loadReadable()
        for error in contents.damaged {
            let line = Messages.leftOut(error.message(language))(language)
            FileHandle.standardError.write(Data("dlxh: \(line)\n".utf8))
        }
        return contents
    }

    func period(_ text: String?) throws -> Period {
        guard let text else { return Period.containing(today) }
        guard let period = Period(id: text), period.isInAcceptedRange else { throw CLIError(CLIText.badPeriod(text)) }
        return period
    }
}

/// An error of the command line itself, shown as one line in the chosen language.
struct CLIError: Error {
    var text: Localized
    init(_ text: Localized) { self.text = text }
}

/// Writes output to standard output, or to the file the user named by the store's crash-safe
/// path (`SafeFile`: temporary file, fsync, rename, fsync the folder), so a crash or a full disk
/// never leaves a half-written report. The file is a document the user asked for, to keep or to
/// share: a new one is 0644 minus the umask, one it replaces keeps its permissions (unlike the
/// store's own files, always 0600). Errors are `StoreError.io` naming the path as typed.
func emit(_ data: Data, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(data)
        return
    }
    try SafeFile.write(data, to: URL(fileURLWithPath: path), displayName: path)
}
