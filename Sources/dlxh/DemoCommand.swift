import ArgumentParser
import DLXHDemo
import DLXHDomain
import DLXHStore
import Foundation

struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: CLIText.demoAbstract(HelpLanguage.current))
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: help(CLIText.demoYearsHelp))
    var years: Int = 1

    @Option(name: .long, help: help(CLIText.demoSeedHelp))
    var seed: UInt64 = 1

    @Flag(name: .long, help: help(CLIText.demoForceHelp))
    var force = false

    func run() throws {
        let context = try common.context()
        guard (1...30).contains(years) else { throw CLIError(CLIText.badYears) }
        if Store.exists(at: context.storeURL) && !force {
            throw StoreError.storeExists(path: context.storeURL.path)
        }
        let output = DemoGenerator(years: years, seed: seed, today: context.today, hour: context.now.timeOfDay.hour).generate()
        let contents = StoreContents(
            configuration: output.configuration, units: output.units, reports: output.reports,
            hotSpots: output.hotSpots, audit: output.audit)
        let manifest = StoreManifest(createdAt: context.now, createdBy: context.staff(output.configuration))
        if Store.exists(at: context.storeURL) {
            let (_, kept) = try Store.replace(at: context.storeURL, contents: contents, manifest: manifest)
            if let kept { print(CLIText.oldStoreKept(kept.path)(context.language)) }
        } else {
            _ = try Store.create(at: context.storeURL, contents: contents, manifest: manifest)
        }
        let items = output.reports.reduce(0) { $0 + $1.items.count }
        print(CLIText.demoWritten(context.storeURL.path, output.units.count, output.reports.count, items, output.hotSpots.count)(context.language))
    }
}
