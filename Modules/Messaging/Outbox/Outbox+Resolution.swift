import PluginKit
import Postgres

extension Outbox {
    /// How a person settles an ambiguous message.
    public enum Resolution: String, Sendable, CaseIterable {
        /// The recipient got it (e.g. the server's log shows it): mark it sent.
        case sent
        /// It did not arrive: send it again.
        case resend
        /// Give up on it.
        case failed
    }

    /// Settles the owner's ambiguous message `id` with a note, audit-logged, inside the
    /// caller's transaction.
    /// - Returns: false when the owner has no ambiguous message `id` (nothing changed).
    @discardableResult
    public static func resolve(
        _ id: Int, owner: String, as resolution: Resolution, note: String, actor: String,
        on connection: PostgresConnection
    ) async throws -> Bool {
        let state: State =
            switch resolution {
            case .sent: .sent
            case .resend: .queued
            case .failed: .failed
            }
        let changed = try await connection.execute(
            """
            UPDATE messaging_outbox SET state = $2, resolved_by = $3, resolution = $4, data_sent_at = NULL, lease_expires_at = NULL,
                leased_by = NULL, next_attempt_at = now(), sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
            WHERE id = $1 AND owner = $5 AND state = 'ambiguous'
            """, [id, state.rawValue, actor, note, owner])
        guard changed == 1 else { return false }
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "outbox.resolve", recordType: "messaging_outbox", recordID: String(id),
                reason: note, details: ["as": resolution.rawValue, "owner": owner]), on: connection)
        return true
    }
}
