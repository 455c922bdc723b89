import Postgres

/// Who gets no more mail from an owner, keyed by the owner's subject key (a household id, say)
/// rather than by address, so a suppression follows the subject when its address changes.
///
/// The mailer's claim checks the list for every message that carries a `suppressionKey`;
/// `suppress` also withdraws the subject's queued messages at once. Audit events are the
/// owner's to write, in the same transaction, since only it knows what the key stands for.
public enum SuppressionList {
    /// Why a subject gets no more mail.
    public enum Reason: String, Sendable, CaseIterable, Codable {
        /// The recipient asked (the unsubscribe link).
        case unsubscribed
        /// The address does not exist.
        case hardBounce = "hard_bounce"
        /// A person decided; a note says why.
        case manual
    }

    /// One subject on the list.
    public struct Entry: Sendable, Equatable {
        /// Why.
        public let reason: Reason
        /// The note given, if any.
        public let note: String?
    }

    /// Puts `key` of `owner` on the list (or changes its reason) and marks the owner's queued
    /// messages for that key `suppressed`, inside the caller's transaction.
    /// - Returns: how many queued messages were withdrawn.
    /// - Throws: the server's error (a manual reason without a note breaks a CHECK).
    @discardableResult
    public static func suppress(
        _ key: String, owner: String, reason: Reason, note: String?, actor: String,
        on connection: PostgresConnection
    ) async throws -> Int {
        try await connection.execute(
            """
            INSERT INTO messaging_suppressions (owner, subject_key, reason, note, created_by) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (owner, subject_key) DO UPDATE SET reason = excluded.reason, note = excluded.note,
                created_by = excluded.created_by, created_at = now()
            """, [owner, key, reason.rawValue, note, actor])
        return try await connection.execute(
            """
            UPDATE messaging_outbox SET state = 'suppressed', last_reply = $3
            WHERE owner = $1 AND suppression_key = $2 AND state = 'queued'
            """, [owner, key, "suppressed before sending: \(reason.rawValue)"])
    }

    /// Takes `key` of `owner` off the list, inside the caller's transaction.
    /// - Returns: false when it was not on it.
    @discardableResult
    public static func unsuppress(_ key: String, owner: String, on connection: PostgresConnection) async throws -> Bool {
        try await connection.execute("DELETE FROM messaging_suppressions WHERE owner = $1 AND subject_key = $2", [owner, key]) > 0
    }

    /// Every key `owner` has on the list, with its entry.
    public static func entries(owner: String, on connection: PostgresConnection) async throws -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for row in try await connection.query("SELECT subject_key, reason, note FROM messaging_suppressions WHERE owner = $1", [owner]) {
            guard let reason = Reason(rawValue: try row.decode(String.self, "reason")) else { continue }
            entries[try row.decode(String.self, "subject_key")] = Entry(reason: reason, note: try row.decode(String?.self, "note"))
        }
        return entries
    }
}
