import Foundation
import Postgres

/// One entry of the append-only audit log: who did what to which record, when and why.
///
/// Never put personal data in `details`: name records by their ids.
public struct AuditEvent: Sendable, Equatable, Codable {
    /// Who acted: a coordinator's login name or an inspector's id.
    public var actor: String
    /// What they did, a short verb phrase (`snapshot.delete`, `sample.draw`).
    public var action: String
    /// The kind of record acted on (`snapshot`, `sample`).
    public var recordType: String
    /// The record's id, when there is one.
    public var recordID: String?
    /// Why, in the actor's words, when given.
    public var reason: String?
    /// Extra facts as text, stored as a JSON object.
    public var details: [String: String]

    /// Creates an event.
    public init(actor: String, action: String, recordType: String, recordID: String? = nil, reason: String? = nil, details: [String: String] = [:]) {
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.reason = reason
        self.details = details
    }
}

/// Writes audit events. The database refuses UPDATE, DELETE and TRUNCATE on the log.
public enum AuditLog {
    /// Appends `event` on `connection`, inside whatever transaction the caller has open, so the
    /// event is kept exactly when the change it describes is.
    public static func record(_ event: AuditEvent, on connection: PostgresConnection) async throws {
        let details = try String(decoding: JSONEncoder().encode(event.details), as: UTF8.self)
        try await connection.execute(
            """
            INSERT INTO audit_events (actor, action, record_type, record_id, reason, details)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb)
            """,
            [event.actor, event.action, event.recordType, event.recordID, event.reason, event.details.isEmpty ? nil : details])
    }

    /// Appends `event` in a transaction of its own: for reads and refusals, which change nothing
    /// else that the event could be kept with.
    public static func record(_ event: AuditEvent, pool: PostgresPool) async throws {
        try await pool.transaction { connection in try await record(event, on: connection) }
    }
}
