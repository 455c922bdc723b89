import ArgumentParser
import PluginKit

/// `ilacs-admin week child-answer`: records what a sampled child's allocated worker said the
/// child answered, and plans or cancels the child's conversation.
struct WeekChildAnswerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "child-answer",
        abstract: "Record whether a sampled child agreed to talk to an inspector, as their allocated worker reported it.",
        discussion: """
            Agreed: the child's conversation is added (or planned again, its sequence raised), in \
            the mode the way asks (online, or in person in a room, with a trusted adult there \
            when asked), held by the inspector tracking the child. Declined: the child's conversation, \
            if any, is cancelled and its booking removed; a child who said no is never scheduled \
            or shown as available. Access needs are stored for the inspector's briefing only: \
            never printed or logged. One transaction, audit-logged as `week.child-answer` without \
            the child's details.

            Examples:
              ilacs-admin week child-answer --inspection 3 --case L6:4821 --agreed --way online
              ilacs-admin week child-answer --inspection 3 --case L6:4821 --agreed --way with-trusted-adult --access-needs "BSL interpreter"
              ilacs-admin week child-answer --inspection 3 --case L8:1177 --declined
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(name: .customLong("case"), help: "The sampled child's case key.")
    var caseKey: String

    @Flag(help: "The child agreed to talk to an inspector (give --way).")
    var agreed = false

    @Flag(help: "The child does not want to talk to an inspector.")
    var declined = false

    @Option(help: "How the child would like to talk: in-person, online or with-trusted-adult.")
    var way: ChildWay?

    @Option(name: .customLong("access-needs"), help: "Any access needs, for the inspector's briefing (never printed).")
    var accessNeeds: String?

    func validate() throws {
        _ = try answer
    }

    /// The answer the options give.
    /// - Throws: `ValidationError` naming the options at fault.
    var answer: ChildAnswer {
        get throws {
            switch (agreed, declined, way) {
            case (true, false, .some(let way)): return .agreed(way, accessNeeds: accessNeeds)
            case (true, false, .none): throw ValidationError("--agreed needs --way in-person, online or with-trusted-adult")
            case (false, true, _) where way != nil || accessNeeds != nil: throw ValidationError("--declined takes no --way or --access-needs")
            case (false, true, _): return .declined
            default: throw ValidationError("give --agreed (with --way) or --declined")
            }
        }
    }

    func run() async throws {
        let answer = try self.answer
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let change = try await runtime.pool.transaction { connection in
                try await WeekRefusal.requireInspection(inspection, on: connection)
                return try await answer.record(caseKey: caseKey, inspectionID: inspection, actor: runtime.actor, on: connection)
            }
            print("Recorded the answer for sampled case \(caseKey): " + Self.describe(change))
        }
    }

    /// `its conversation was added.`
    static func describe(_ change: ChildAnswer.Change) -> String {
        switch change {
        case .added: "its conversation was added; `week plan` schedules it."
        case .updated: "its conversation was updated (sequence raised); `week invite` sends the change."
        case .unchanged: "its conversation is unchanged."
        case .cancelled: "its conversation was cancelled and its booking removed; `week invite` sends the cancellation."
        case .noConversation: "no conversation is planned."
        }
    }
}
