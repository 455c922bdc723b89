import ArgumentParser

/// `ilacs-admin report`: the readiness report (and, for one more release, the old spelling of
/// the local-list import).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the readiness report.",
        discussion: """
            Examples:
              ilacs-admin report readiness --snapshot 4 --out readiness.html
              ilacs-admin report readiness --snapshot 4 --out readiness.json

            The not-in-school indicator reads the local list children-not-in-school:
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv --snapshot 4
            """,
        subcommands: [ReadinessCommand.self, DeprecatedLocalListCommand.self]
    )
}
