import ArgumentParser
import PluginKit
import WorkforceRegister

/// `ilacs-admin week conversations --inspection N`: builds (or rebuilds) the inspection's
/// conversations from its sample and the carers' group sessions.
struct WeekConversationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conversations",
        abstract: "Build the inspection's conversations: one per practitioner of the sampled children, one per carers' group session.",
        discussion: """
            Each sampled child's allocated worker is found in the workforce register through the \
            last `ilacs-admin workforce match`; a practitioner's conversation covers all of their \
            sampled children. A sampled child whose allocated worker matched no one, or several \
            people, is listed as a finding by case key. Running it again is safe: unchanged \
            conversations stay as they are, changed ones have their sequence raised, and ones no \
            longer drawn are cancelled.

            Examples:
              ilacs-admin week conversations --inspection 3
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let context = runtime.context(for: InspectionWeekPlugin.pluginName)
            let caseReaders = try runtime.host.implementations(of: SampledCase.point, context: context)
            let sessionReaders = try runtime.host.implementations(of: GroupSession.point, context: context)
            let source = try await runtime.pool.withConnection { connection in
                try await ConversationSource.read(inspection: inspection, caseReaders: caseReaders, sessionReaders: sessionReaders, on: connection)
            }
            let register = WorkforceRegister(pool: runtime.pool)
            let outcome = try await ConversationBuilder.build(cases: source.cases, sessions: source.sessions) { sampled in
                try await register.staffID(ofAllocatedWorker: sampled.worker, snapshot: sampled.snapshotID)
            }
            let counts = try await runtime.pool.transaction { connection in
                let counts = try await ConversationStore.save(outcome.conversations, inspectionID: inspection, on: connection)
                try await AuditLog.record(
                    AuditEvent(
                        actor: runtime.actor, action: "week.conversations", recordType: "inspection", recordID: String(inspection),
                        details: [
                            "conversations": String(outcome.conversations.count), "unknown_workers": String(outcome.unknownWorkers.count)
                        ]), on: connection)
                return counts
            }
            print(Self.summary(outcome, counts))
            for key in outcome.unknownWorkers {
                print("Finding: sampled case \(key): its allocated worker matches no one (or several people) in the register")
            }
        }
    }

    /// `12 conversations (9 practitioners, 3 carers' sessions): 12 added, 0 changed, 0 cancelled, 0 unchanged; 1 finding.`
    static func summary(_ outcome: ConversationBuilder.Outcome, _ counts: ConversationStore.Counts) -> String {
        let practitioners = outcome.conversations.filter { $0.kind == .practitioner }.count
        let findings = outcome.unknownWorkers.count
        return
            "\(outcome.conversations.count) conversations (\(practitioners) practitioners, \(outcome.conversations.count - practitioners) carers' sessions): "
            + "\(counts.added) added, \(counts.changed) changed, \(counts.cancelled) cancelled, \(counts.unchanged) unchanged; "
            + "\(findings) \(findings == 1 ? "finding" : "findings")."
    }
}
