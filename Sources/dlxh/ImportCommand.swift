import ArgumentParser
import DLXHDomain
import DLXHStore
import Foundation

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.importAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: help(CLIText.filesHelp))
    var files: [String]

    func run() throws {
        let context = try common.context()
        let store = try context.openStore()
        let configuration = try store.load().config.configuration
        let editor = context.editor(configuration)
        var failed = false
        for path in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            do {
                // Refused from its size alone when larger than Limits.exchangeFileBytes.
                let data = try ExchangeFile.read(URL(fileURLWithPath: path), name: path)
                let exchange = try ExchangeFile.decode(data, name: name)
                let added = try store.importReports(exchange, fileName: name, by: editor)
                print(Text.printable(CLIText.imported(name, added.count)(context.language)))
            } catch let rejection as ImportRejection {
                failed = true
                for line in rejection.lines(context.language) {
                    FileHandle.standardError.write(Data("dlxh: \(line)\n".utf8))
                }
            } catch let error as StoreError {
                failed = true
                FileHandle.standardError.write(Data("dlxh: \(CLIText.errorPrefix(context.language)): \(error.message(context.language))\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
