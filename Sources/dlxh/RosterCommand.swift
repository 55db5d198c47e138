import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

/// `dlxh roster export|import`: the roster as CSV (Docs/ROSTER-CSV.md).
struct RosterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "roster", abstract: CLIText.rosterAbstract(HelpLanguage.current),
            subcommands: [RosterExportCommand.self, RosterImportCommand.self])
    }
}

struct RosterExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLIText.rosterExportAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Option(name: [.customShort("o"), .long], help: help(CLIText.outputHelp))
    var output: String?

    func run() throws {
        let context = try common.context()
        let units = try context.openStore().load().dataset.units
        try emit(RosterCSV.data(units), to: output)
    }
}

struct RosterImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.rosterImportAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: help(CLIText.rosterFileHelp))
    var file: String

    func run() throws {
        let context = try common.context()
        let store = try context.openStore()
        let configuration = try store.load().config.configuration
        let name = URL(fileURLWithPath: file).lastPathComponent
        do {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw StoreError.io(file: file, reason: (error as NSError).localizedFailureReason ?? "\(error)")
            }
            let result = try store.importRoster(data, fileName: name, by: context.editor(configuration))
            print(Text.printable(CLIText.rosterImported(name, result.added.count, result.changed.count)(context.language)))
        } catch let rejection as ImportRejection {
            for line in rejection.lines(context.language) {
                FileHandle.standardError.write(Data("dlxh: \(line)\n".utf8))
            }
            throw ExitCode(1)
        }
    }
}
