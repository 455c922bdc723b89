import Foundation
import Messaging
import PluginKit
import Postgres
import WorkforceRegister

/// `week invite`'s work in one transaction: the conversations changed since their last
/// invitation are read and locked, their invitations and cancellations queued through the
/// outbox (a rehearsal's go to the rehearsal maildir), each one's `invited_sequence` and
/// standing invitation recorded, and the run audit-logged with its counts. A second run finds
/// nothing changed and queues nothing.
enum WeekInvitations {
    /// What a run did.
    struct Outcome: Sendable, Equatable {
        /// Conversations given a REQUEST, and a CANCEL.
        var requests: Int
        var cancellations: Int
        /// Messages added to the outbox.
        var queued: Int
        /// People scheduled but not invited, for want of an email address.
        var notInvited: [InvitationBatch.NotInvited]
    }

    /// Queues inspection `inspectionID`'s pending invitations; `staff` is the register by staff id.
    /// - Throws: `WeekRefusal` for an unknown inspection or an invitation that cannot be written;
    ///   nothing is queued or recorded then.
    static func send(inspection inspectionID: Int, staff: [String: StaffMember], mail: WeekMail, actor: String, pool: PostgresPool) async throws -> Outcome {
        try await pool.transaction { connection in
            try await WeekRefusal.requireInspection(inspectionID, on: connection)
            let conversations = try await ScheduledConversation.read(inspection: inspectionID, pending: true, on: connection)
            let inspectors = try await InspectorDirectory.read(inspection: inspectionID, on: connection)
            let batch = try InvitationBatch.make(conversations, inspectionID: inspectionID, staff: staff, inspectors: inspectors, mail: mail, stamp: Date())
            let queued = try await Outbox.queue(batch.messages, owner: WeekMail.owner, inspection: inspectionID, on: connection)
            for record in batch.records { try await store(record, on: connection) }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "week.invite", recordType: "inspection", recordID: String(inspectionID),
                    details: [
                        "requests": String(batch.requests), "cancellations": String(batch.cancellations), "queued": String(queued),
                        "not_invited": String(batch.notInvited.count)
                    ]), on: connection)
            return Outcome(requests: batch.requests, cancellations: batch.cancellations, queued: queued, notInvited: batch.notInvited)
        }
    }

    /// Records that `record`'s sequence was invited, and the invitation now standing (none after a cancellation).
    private static func store(_ record: InvitationBatch.Record, on connection: PostgresConnection) async throws {
        try await connection.execute("UPDATE week_conversations SET invited_sequence = $2 WHERE id = $1", [record.conversation, record.sequence])
        guard let invited = record.invited else {
            try await connection.execute("DELETE FROM week_invitations WHERE conversation_id = $1", [record.conversation])
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await connection.execute(
            """
            INSERT INTO week_invitations (conversation_id, sequence, day, starts, ends, location, recipients)
            VALUES ($1, $2, $3, $4::time, $5::time, $6, $7::jsonb)
            ON CONFLICT (conversation_id) DO UPDATE SET sequence = EXCLUDED.sequence, day = EXCLUDED.day, starts = EXCLUDED.starts,
                ends = EXCLUDED.ends, location = EXCLUDED.location, recipients = EXCLUDED.recipients
            """,
            [
                record.conversation, invited.sequence, invited.slot.start.date, InvitationText.clock(invited.slot.start),
                InvitationText.clock(invited.slot.end), invited.slot.location, String(decoding: try encoder.encode(invited.recipients), as: UTF8.self)
            ])
    }
}
