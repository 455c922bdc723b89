import ArgumentParser

/// `ilacs-admin report`: the readiness report and the local lists it uses.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the readiness report; attach the local list of children not attending school.",
        discussion: """
            Examples:
              ilacs-admin report readiness --snapshot 4 --out readiness.html
              ilacs-admin report readiness --snapshot 4 --out readiness.json
              ilacs-admin report local-list children_not_in_school.csv --snapshot 4
            """,
        subcommands: [ReadinessCommand.self, LocalListCommand.self]
    )
}
