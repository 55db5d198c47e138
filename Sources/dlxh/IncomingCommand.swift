import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

/// `dlxh incoming`: one pass over the store's `incoming/` folder, as the interface makes at
/// start and on refresh. Exits 1 when a file was rejected, so a scheduled job can alert someone.
struct IncomingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "incoming", abstract: CLIText.incomingAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        let store = try context.openStore()
        let editor = context.editor(try store.load().config.configuration)
        let summary = try store.processIncoming(by: editor)
        for line in summary.lines(context.language) { print(line) }
        if !summary.rejected.isEmpty { throw ExitCode(1) }
    }
}
