import ArgumentParser

/// `ilacs-sampler plan example`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write sampling plans.",
        subcommands: [PlanExampleCommand.self])
}
