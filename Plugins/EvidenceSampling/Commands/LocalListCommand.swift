import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-admin local-list import --name NAME FILE.csv`.
struct LocalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-list",
        abstract: "Import a local list of children (e.g. not attending school) that sampling quotas can ask for.",
        subcommands: [LocalListImportCommand.self])
}
