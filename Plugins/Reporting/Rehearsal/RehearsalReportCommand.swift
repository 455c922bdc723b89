import ArgumentParser

/// `ilacs-admin rehearsal report`: the running rehearsal's timeline and checklist.
struct RehearsalReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show the running rehearsal's timeline and each checklist item: due when, done or not, what is missing.",
        discussion: """
            The checklist is every enabled plugin's, read for the rehearsal's inspection, as \
            `inspection timeline` reads it for a real call.

            Examples:
              ilacs-admin rehearsal report
              ilacs-admin rehearsal report --format json
            """
    )

    @Option(help: "text or json.")
    var format: ReportingOutputFormat = .text

    func run() async throws {
        try await TimelineCommand.show(rehearsal: true, json: format == .json)
    }
}
