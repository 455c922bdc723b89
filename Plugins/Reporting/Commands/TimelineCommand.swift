import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspection timeline`: the timeline and checklist of the latest call.
struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the timeline after the latest notification call and the checklist with each item's status.",
        discussion: """
            Each enabled plugin contributes the items it can judge, with statuses read from the \
            database: Annex A imported and fresh, data pack exported (AnnexA), sample manifest \
            frozen (EvidenceSampling), foster-carer invitation sent (CarerEngagement), audits \
            and performance information attached (Reporting). A plugin that is not enabled adds \
            no item.

            Examples:
              ilacs-admin inspection timeline
              ilacs-admin inspection timeline --format json
            """
    )

    @Option(help: "text or json.")
    var format: ReportingOutputFormat = .text

    func run() async throws {
        try await Self.show(rehearsal: false, json: format == .json)
    }

    /// Prints the latest live call's timeline and checklist (with `rehearsal`, the running
    /// rehearsal's, headed REHEARSAL), as text or JSON.
    static func show(rehearsal: Bool, json: Bool) async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let items = try runtime.host.implementations(of: ChecklistItems.point, context: runtime.context(for: ReportingPlugin.pluginName))
            let view = try await runtime.pool.withConnection { connection in
                try await TimelineView.latest(checklist: items, rehearsal: rehearsal, on: connection)
            }
            guard let view else { throw rehearsal ? ReportingError.noRehearsal : ReportingError.noCall }
            print(json ? try JSONOutput.encode(view) : (rehearsal ? "REHEARSAL (inspection \(view.inspectionID))\n" : "") + view.text)
        }
    }
}

/// `text` or `json` output of the inspection commands.
enum ReportingOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
