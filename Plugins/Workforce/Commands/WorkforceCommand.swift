import ArgumentParser

/// `ilacs-admin workforce`: the workforce register's commands.
struct WorkforceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workforce",
        abstract: "Import and show the workforce register; match Annex A's allocated workers to it.",
        discussion: """
            The register holds staff (id, name, email, team, role, manager, FTE, agency, start \
            date, working days), their leave, supervision and training. The week on site, case \
            audits and workforce figures read it.

            Examples:
              ilacs-admin workforce import ./register
              ilacs-admin workforce show
              ilacs-admin workforce match
            """,
        subcommands: [WorkforceImportCommand.self, WorkforceShowCommand.self, WorkforceMatchCommand.self])
}
