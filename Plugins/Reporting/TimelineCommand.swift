import ArgumentParser
import Domain
import PluginKit

/// `ilacs-admin inspection timeline`: the timeline and checklist of the latest call.
struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the timeline after the latest notification call and the checklist with each item's status.",
        discussion: """
            Statuses are read from the database: Annex A imported and fresh, data pack exported, \
            sample manifest frozen, foster-carer invitation sent, audits and performance \
            information attached. Items that need a plugin that is not enabled say so.

            Examples:
              ilacs-admin inspection timeline
              ilacs-admin inspection timeline --format json
            """
    )

    @Option(help: "text or json.")
    var format: ReportingOutputFormat = .text

    func run() async throws {
        let runtime = try await AdminRuntime.start(for: ReportingPlugin.pluginName)
        defer { runtime.shutdown() }
        let view = try await runtime.pool.withConnection { connection in
            try await TimelineView.latest(on: connection)
        }
        guard let view else { throw ReportingError.noCall }
        print(format == .json ? try JSONOutput.encode(view) : view.text)
    }
}

/// `text` or `json` output of the inspection commands.
enum ReportingOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
