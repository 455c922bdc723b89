import ArgumentParser

/// `ilacs-admin audits round create|list|show|assignments`.
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Make an audit round, list rounds, show one, export its assignments.",
        subcommands: [RoundCreateCommand.self, RoundListCommand.self, RoundShowCommand.self, RoundAssignmentsCommand.self])
}
