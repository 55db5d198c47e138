import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

struct Dlxh: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "dlxh",
            abstract: CLIText.abstract(HelpLanguage.current),
            discussion: CLIText.discussion(HelpLanguage.current),
            version: "dlxh 0.1.0",
            subcommands: [
                TUICommand.self, DemoCommand.self, StatusCommand.self, ExportCommand.self, ImportCommand.self,
                CheckCommand.self, HotSpotsCommand.self, WriteLoopCommand.self,
                ReportCommand.self, RegisterCommand.self,
                MatrixCommand.self,
                IncomingCommand.self,
                StreamsCommand.self,
                GuidanceCommand.self, ReturnCommand.self,
                RosterCommand.self,
                KeysCommand.self,
            ],
            defaultSubcommand: TUICommand.self)
    }
}

@main
enum Main {
    static func main() {
        // The fuzzer's fork server: each request runs `command` in a child (ForkServer.swift).
        if ForkServer.isRequested { ForkServer.serve(command) }
        command(Array(CommandLine.arguments.dropFirst()))
    }

    static func command(_ given: [String]) {
        let subcommands = Set(Dlxh.configuration.subcommands.map { $0._commandName } + ["help"])
        let arguments = Self.normalized(given, subcommands: subcommands)
        HelpLanguage.arguments = arguments
        let language = HelpLanguage.current
        // `dlxh --help --lang en` would otherwise show the help of the default subcommand (tui),
        // which takes --lang: with no subcommand named, help means the whole program's help.
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }),
            !arguments.contains(where: { subcommands.contains($0) })
        {
            print(localizeHelp(Dlxh.helpMessage(), language))
            exit(0)
        }
        do {
            var command = try Dlxh.parseAsRoot(arguments)
            try command.run()
        } catch let error as StoreError {
            fail(error.message(language), language: language)
        } catch let error as CLIError {
            fail(error.text(language), language: language)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            // Help, version and usage errors from the argument parser, in the chosen language.
            let message = localizeHelp(Dlxh.fullMessage(for: error), language)
            let code = Dlxh.exitCode(for: error)
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message + "\n").utf8))
            }
            exit(code.rawValue)
        }
    }

    /// The orders a person types that the parser would misread: `--lang X` before the command
    /// (the default command, tui, would take it and the command's name become an argument) goes
    /// to the end, where every command takes it; `help COMMAND… [--lang X]` is `COMMAND… --help`.
    static func normalized(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var args = arguments
        if let first = args.first, first == "--lang" || first.hasPrefix("--lang="),
            args.dropFirst(first == "--lang" ? 2 : 1).first.map(subcommands.contains) == true
        {
            let lang = Array(args.prefix(first == "--lang" ? 2 : 1))
            args = Array(args.dropFirst(lang.count)) + lang
        }
        if args.first == "help" {
            args = Array(args.dropFirst()) + ["--help"]
        }
        return args
    }

    static func fail(_ message: String, language: Language) -> Never {
        // A message may quote an argument or a file's value: one line, nothing a terminal obeys.
        FileHandle.standardError.write(Data("dlxh: \(CLIText.errorPrefix(language)): \(Text.printable(message))\n".utf8))
        exit(1)
    }

    /// The argument parser writes its own headings in English; put them in Vietnamese too.
    static func localizeHelp(_ text: String, _ language: Language) -> String {
        guard language == .vi else { return text }
        let pairs = [
            ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE:", "CÁCH DÙNG:"), ("ARGUMENTS:", "THAM SỐ:"),
            ("OPTIONS:", "TÙY CHỌN:"), ("SUBCOMMANDS:", "LỆNH CON:"), ("Show help information.", CLIText.helpText.vi),
            ("Show the version.", CLIText.versionText.vi), ("(default) ", "(mặc định)"),
            ("See 'dlxh help <subcommand>' for detailed help.", "Xem 'dlxh help <lệnh con>' để có trợ giúp chi tiết."),
            ("See 'dlxh help guidance <subcommand>' for detailed help.", "Xem 'dlxh help guidance <lệnh con>' để có trợ giúp chi tiết."),
            ("dlxh guidance <subcommand>", "dlxh guidance <lệnh con>"), ("<subcommand>", "<lệnh con>"), ("; default:", "; mặc định:"),
            ("Error: ", "Lỗi: "), ("Usage: ", "Cách dùng: "), ("(default: ", "(mặc định: "),
            ("(values: ", "(giá trị: "), ("Missing expected argument", "Thiếu tham số"),
            ("Unknown option", "Tùy chọn không hợp lệ"), ("Unexpected argument", "Tham số thừa"),
        ]
        let replaced = pairs.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        // The parser's error sentences, with the values they quote.
        return parserSentences.reduce(replaced) { text, rule in text.replacing(rule.0) { rule.1($0.output) } }
    }

    /// The argument parser's error sentences that quote what was typed, in Vietnamese.
    nonisolated(unsafe) static let parserSentences: [(Regex<AnyRegexOutput>, (AnyRegexOutput) -> String)] = [
        (try! Regex(#"Missing value for '([^']*)'"#), { "Thiếu giá trị cho '\($0[1].substring ?? "")'" }),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\."#), {
            "Giá trị '\($0[1].substring ?? "")' không hợp lệ cho '\($0[2].substring ?? "")'. Hãy dùng một trong "
                + ($0[3].substring.map { $0.replacingOccurrences(of: " or ", with: " hoặc ") } ?? "") + "."
        }),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']*)'"#), { "Giá trị '\($0[1].substring ?? "")' không hợp lệ cho '\($0[2].substring ?? "")'" }),
        (try! Regex(#"(\d+) unexpected arguments: "#), { "\($0[1].substring ?? "") tham số thừa: " }),
        (try! Regex(#"See '([^']*)' for more information\."#), { "Xem '\($0[1].substring ?? "")' để biết thêm." }),
        (try! Regex(#"Did you mean '([^']*)'\?"#), { "Ý bạn là '\($0[1].substring ?? "")'?" }),
        (try! Regex(#"(?m)^Help:  "#), { _ in "Trợ giúp:  " }),
    ]
}

struct TUICommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "tui", abstract: CLIText.tuiAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        // Everything that can fail with a message fails here, before the terminal changes mode.
        let store = try context.openStore()
        // The recent months only: the rest is read while the first screen is up (TUIRunner).
        let contents = try store.loadRecent()
        var runner = TUIRunner(context: context, store: store, contents: contents)
        // Killed by a signal: the terminal is already restored; exit as a killed program does.
        let signal = try runner.run()
        if let unsaved = runner.unsavedReport(context.language) {
            FileHandle.standardError.write(Data("dlxh: \(CLIText.errorPrefix(context.language)): \(unsaved)\n".utf8))
            if signal == 0 { throw ExitCode(1) }
        }
        if signal != 0 { throw ExitCode(128 + signal) }
    }
}
