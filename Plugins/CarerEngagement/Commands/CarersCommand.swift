import ArgumentParser

/// `ilacs-admin carers import|list|show|suppress|unsuppress`.
struct CarersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carers",
        abstract: "The fostering households register and its suppression list.",
        subcommands: [
            CarersImportCommand.self, CarersListCommand.self, CarersShowCommand.self,
            CarersSuppressCommand.self, CarersUnsuppressCommand.self
        ])
}
