import Foundation
import Mail
import Postgres

/// The outbox's state changes for one mailer process (`worker`). Rows are claimed with
/// `FOR UPDATE SKIP LOCKED` under a lease, so several mailers never take the same row; every
/// later change checks the lease is still this worker's. Rows of every owner are claimed alike.
///
/// Plugins queue with `Outbox.queue(_:owner:on:)` and read with `Outbox.counts(owner:group:on:)`
/// and its neighbours; only the mailer makes an `Outbox` value.
public struct Outbox: Sendable {
    /// One claimed message.
    public struct Item: Sendable {
        /// The outbox id.
        public let id: Int
        /// The plugin that queued it.
        public let owner: String
        /// Its kind, as its owner named it.
        public let kind: String
        /// Its owner's batch label, if any.
        public let group: String?
        /// The address it goes to.
        public let recipient: String
        /// The subject line.
        public let subject: String
        /// The plain-text part.
        public let text: String
        /// The HTML part.
        public let html: String
        /// Extra header fields.
        public let headers: [MailHeaderField]
        /// The meeting invitation it carries, if any.
        public let calendar: MailCalendarPart?
        /// Attempts so far, this one included.
        public let attempts: Int
        /// True for a rehearsal's message: it goes to the rehearsal maildir only.
        public let rehearsal: Bool
    }

    /// The lease was lost (it ran out and another mailer took the row): do not send.
    public struct LeaseLost: Error {}

    let pool: PostgresPool
    let worker: String
    let leaseSeconds: Int

    /// The outbox as seen by mailer `worker`, whose claims last `leaseSeconds`.
    public init(pool: PostgresPool, worker: String, leaseSeconds: Int) {
        self.pool = pool
        self.worker = worker
        self.leaseSeconds = leaseSeconds
    }

    /// Settles expired leases, marks messages whose owner suppressed their subject `suppressed`,
    /// and claims up to `limit` due messages, all in one transaction.
    ///
    /// An expired lease goes back to `queued` when the message's final step had not begun, and
    /// becomes `ambiguous` when it had: that message is never retried automatically.
    public func claim(limit: Int) async throws -> [Item] {
        try await pool.transaction { connection in
            try await connection.execute(
                """
                UPDATE messaging_outbox SET
                    state = CASE WHEN data_sent_at IS NULL THEN 'queued' ELSE 'ambiguous' END,
                    last_reply = CASE WHEN data_sent_at IS NULL THEN last_reply
                                      ELSE 'the mailer stopped after the final dot, before recording a reply' END,
                    lease_expires_at = NULL, leased_by = NULL
                WHERE id IN (SELECT id FROM messaging_outbox WHERE state = 'sending' AND lease_expires_at < now() FOR UPDATE SKIP LOCKED)
                """)
            return try await connection.query(
                """
                WITH due AS (
                    SELECT o.id, EXISTS (SELECT 1 FROM messaging_suppressions s
                                         WHERE s.owner = o.owner AND s.subject_key = o.suppression_key) AS suppressed
                    FROM messaging_outbox o WHERE o.state = 'queued' AND o.next_attempt_at <= now()
                    ORDER BY o.next_attempt_at, o.id LIMIT $1 FOR UPDATE OF o SKIP LOCKED
                )
                UPDATE messaging_outbox o SET
                    state = CASE WHEN due.suppressed THEN 'suppressed' ELSE 'sending' END,
                    last_reply = CASE WHEN due.suppressed THEN 'suppressed before sending' ELSE o.last_reply END,
                    attempts = o.attempts + CASE WHEN due.suppressed THEN 0 ELSE 1 END,
                    lease_expires_at = now() + make_interval(secs => $2), leased_by = $3
                FROM due WHERE o.id = due.id
                RETURNING o.id, o.owner, o.kind, o.group_id, o.recipient, o.subject, o.text_body, o.html_body,
                          o.headers::text AS headers, o.calendar_method, o.calendar_body, o.attempts, o.state, o.rehearsal_inspection_id IS NOT NULL AS rehearsal
                """, [limit, leaseSeconds, worker]
            ).filter { try $0.decode(String.self, "state") == "sending" }.map { row in
                Item(
                    id: try row.decode(Int.self, "id"), owner: try row.decode(String.self, "owner"), kind: try row.decode(String.self, "kind"),
                    group: try row.decode(String?.self, "group_id"), recipient: try row.decode(String.self, "recipient"),
                    subject: try row.decode(String.self, "subject"), text: try row.decode(String.self, "text_body"),
                    html: try row.decode(String.self, "html_body"),
                    headers: try JSONDecoder().decode([MailHeaderField].self, from: Data(try row.decode(String.self, "headers").utf8)),
                    calendar: try Self.calendar(method: row.decode(String?.self, "calendar_method"), body: row.decode(String?.self, "calendar_body")),
                    attempts: try row.decode(Int.self, "attempts"), rehearsal: try row.decode(Bool.self, "rehearsal"))
            }.sorted { $0.id < $1.id }
        }
    }

    /// The calendar part stored in a row's two columns (both set, or neither: a CHECK holds it).
    private static func calendar(method: String?, body: String?) -> MailCalendarPart? {
        guard let method, let body else { return nil }
        return MailCalendarPart(method: method, content: body)
    }

    /// Records that the message's final step begins (and renews the lease), right before it.
    /// - Throws: `LeaseLost` when the row is no longer this worker's to send.
    public func beginCommit(_ id: Int) async throws {
        let changed = try await pool.query(
            """
            UPDATE messaging_outbox SET data_sent_at = now(), lease_expires_at = now() + make_interval(secs => $3)
            WHERE id = $1 AND state = 'sending' AND leased_by = $2
            """, [id, worker, leaseSeconds]
        ).affectedRows
        if changed != 1 { throw LeaseLost() }
    }

    /// Records the delivery. An `ambiguous` row (its lease ran out meanwhile) is settled too,
    /// since the reply is now known.
    public func markSent(_ id: Int, reply: String) async throws {
        try await pool.query(
            """
            UPDATE messaging_outbox SET state = 'sent', sent_at = now(), last_reply = $3, lease_expires_at = NULL, leased_by = NULL
            WHERE id = $1 AND ((state = 'sending' AND leased_by = $2) OR state = 'ambiguous')
            """, [id, worker, reply])
    }

    /// Records a failed attempt: back to `queued` after `delay` seconds, or `failed` for good.
    public func markFailed(_ id: Int, reply: String, retryAfter delay: Int?) async throws {
        try await pool.query(
            """
            UPDATE messaging_outbox SET state = CASE WHEN $3::integer IS NULL THEN 'failed' ELSE 'queued' END,
                next_attempt_at = now() + make_interval(secs => coalesce($3::integer, 0)), last_reply = $4,
                data_sent_at = NULL, lease_expires_at = NULL, leased_by = NULL
            WHERE id = $1 AND leased_by = $2 AND state = 'sending'
            """, [id, worker, delay, reply])
    }

    /// Holds the message for a person to decide: it may have been delivered.
    public func markAmbiguous(_ id: Int, reply: String) async throws {
        try await pool.query(
            """
            UPDATE messaging_outbox SET state = 'ambiguous', last_reply = $3, lease_expires_at = NULL, leased_by = NULL
            WHERE id = $1 AND leased_by = $2 AND state = 'sending'
            """, [id, worker, reply])
    }

    /// Hands claimed messages back untouched (at shutdown, or when the transport cannot work).
    public func release(_ ids: [Int]) async throws {
        guard !ids.isEmpty else { return }
        try await pool.query(
            """
            UPDATE messaging_outbox SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_expires_at = NULL, leased_by = NULL
            WHERE id = ANY($1::bigint[]) AND leased_by = $2 AND state = 'sending' AND data_sent_at IS NULL
            """, [ids, worker])
    }
}
