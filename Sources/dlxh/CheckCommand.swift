import ArgumentParser
import DLXHDomain
import DLXHStore
import DLXHTUI
import Foundation

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLIText.checkAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        let summary = try StoreCheck.run(try context.openStore())
        let lang = context.language
        for note in summary.notes {
            FileHandle.standardError.write(Data("dlxh: \(CLIText.noteWord(lang)): \(note)\n".utf8))
        }
        if summary.isSound {
            print(CLIText.checkSound(summary.files, summary.units, summary.reports, summary.items, summary.hotSpots)(lang))
            return
        }
        for finding in summary.findings {
            FileHandle.standardError.write(Data("dlxh: \(finding)\n".utf8))
        }
        FileHandle.standardError.write(Data("dlxh: \(CLIText.checkFailed(summary.findings.count)(lang))\n".utf8))
        throw ExitCode(1)
    }
}

/// A hidden command for the crash and concurrency tests: saves `count` small reports one at a
/// time, printing `ack TAG-N` after each save returns, so a test knows exactly which saves were
/// acknowledged before it killed the process.
struct WriteLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "write-loop", shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Option var count: Int = 100
    @Option var tag: String = "w"
    @Option var unit: String?

    func run() throws {
        let context = try common.context()
        let store = try context.openStore()
        let contents = try store.load()
        let configuration = contents.config.configuration
        guard let unitID = unit ?? contents.roster.units.first?.id else { throw CLIError(CLIText.unknownUnit("-")) }
        for n in 1...max(1, count) {
            let report = Report(
                id: "", unitID: unitID, period: Period.containing(context.today), kind: .adHoc, channel: .phone,
                receivedOn: context.today, summary: "\(tag)-\(n)", createdAt: context.now,
                createdBy: context.staff(configuration))
            try store.addReport(report, by: context.editor(configuration))
            // Written straight to the descriptor: the line is out before the next save starts.
            FileHandle.standardOutput.write(Data("ack \(tag)-\(n)\n".utf8))
        }
    }
}

/// `dlxh keys`: the key reference in Markdown, generated from the screens' key tables
/// (Docs/KEYS.md is this output; a test keeps the two equal).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", shouldDisplay: false)

    func run() throws {
        FileHandle.standardOutput.write(Data(KeyReference.markdown().utf8))
    }
}
