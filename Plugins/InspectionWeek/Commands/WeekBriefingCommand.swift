import ArgumentParser
import PluginKit

/// `ilacs-admin week briefing CONVERSATION_ID`: prints what the inspector reads before one
/// conversation.
struct WeekBriefingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Print a conversation's briefing: the children it covers and the practitioner's context.",
        discussion: """
            The children are given by case key with the stratum they were picked in and their \
            Annex A rows (list and row), as the sample shows them: never a name or a date of \
            birth. A practitioner's conversation adds their caseload now (open List 6 cases of the \
            sample's snapshot allocated to them) and, from the workforce register today, their \
            last supervision, group reflective supervision in the last quarter and training in \
            the last year. A child's own \
            conversation adds how they would like to talk and any access needs; a child who \
            declined has no briefing. The ids are those `ilacs-admin week show` lists.

            Examples:
              ilacs-admin week briefing 12
            """)

    @Argument(help: "The conversation's id.")
    var conversation: Int

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let context = runtime.context(for: InspectionWeekPlugin.pluginName)
            let reader = BriefingReader(pool: runtime.pool, caseReaders: try runtime.host.implementations(of: SampledCase.point, context: context))
            guard let briefing = try await reader.briefing(conversation, at: .today) else {
                throw WeekRefusal("CONVERSATION_ID: no conversation \(conversation) to brief (a child's is briefed once they agreed)")
            }
            print(BriefingText.lines(briefing).joined(separator: "\n"))
        }
    }
}
