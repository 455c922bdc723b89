import Messaging
import PluginKit
import Postgres
import WorkforceRegister

/// `week ask-child`'s work: for each sampled child asked about, a row in `week_child_requests`
/// and a message to the child's allocated worker, in one transaction, audit-logged with counts.
/// The child is never contacted. Asking again about a child already asked adds nothing.
enum ChildRequests {
    /// A sampled child to ask about: the case key, and the allocated worker as the register
    /// matched them (nil when the name matched no one, or several people).
    struct Target: Sendable, Equatable {
        var caseKey: String
        var worker: StaffMember?
    }

    /// What a run did, by case key.
    struct Outcome: Sendable, Equatable {
        /// Asked now: a request recorded and a message queued to the worker.
        var asked: [String] = []
        /// Asked before: nothing done.
        var alreadyAsked: [String] = []
        /// The worker has no email address: not asked.
        var noEmail: [String] = []
        /// The allocated worker is not known in the register: not asked, a finding.
        var unknownWorkers: [String] = []
    }

    /// Asks about `targets` for inspection `inspectionID` on `connection` (call it in a transaction).
    static func ask(_ targets: [Target], inspectionID: Int, actor: String, on connection: PostgresConnection) async throws -> Outcome {
        var outcome = Outcome()
        var messages: [OutgoingMessage] = []
        for target in targets {
            guard let worker = target.worker else {
                outcome.unknownWorkers.append(target.caseKey)
                continue
            }
            guard let address = worker.email else {
                outcome.noEmail.append(target.caseKey)
                continue
            }
            let added = try await connection.execute(
                "INSERT INTO week_child_requests (inspection_id, case_key, worker) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                [inspectionID, target.caseKey, worker.id])
            guard added == 1 else {
                outcome.alreadyAsked.append(target.caseKey)
                continue
            }
            outcome.asked.append(target.caseKey)
            messages.append(ChildRequestMessage.make(caseKey: target.caseKey, address: address, inspectionID: inspectionID))
        }
        try await Outbox.queue(messages, owner: WeekMail.owner, inspection: inspectionID, on: connection)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.ask-child", recordType: "inspection", recordID: String(inspectionID),
                details: [
                    "asked": String(outcome.asked.count), "already_asked": String(outcome.alreadyAsked.count), "no_email": String(outcome.noEmail.count),
                    "unknown_workers": String(outcome.unknownWorkers.count)
                ]), on: connection)
        return outcome
    }
}
