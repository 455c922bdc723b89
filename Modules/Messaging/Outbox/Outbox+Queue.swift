import Foundation
import Mail
import PluginKit
import Postgres

extension Outbox {
    /// Queues `messages` for `owner` (the queuing plugin's name) inside the caller's transaction,
    /// so the messages exist exactly when the caller's own changes commit.
    ///
    /// Give `inspection` when the messages are work for an inspection: when it is a rehearsal,
    /// each subject gets the prefix `REHEARSAL: ` and the mailer writes the messages into the
    /// rehearsal maildir (`MAIL_REHEARSAL_MAILDIR`), never to their recipients.
    ///
    /// A message whose `dedupeKey` the owner has queued before (in any state) is skipped: queuing
    /// twice never duplicates. Messages are loaded with COPY, so thousands queue in one call.
    /// - Returns: how many messages were added.
    /// - Throws: `MessagingError` for a header field that could break the message's header (a
    ///   line break, or a name that is not printable ASCII without a colon) or a calendar part
    ///   whose method is neither `REQUEST` nor `CANCEL`; else the server's error. `connection`
    ///   must be inside a transaction.
    @discardableResult
    public static func queue(_ messages: [OutgoingMessage], owner: String, inspection: Int? = nil, on connection: PostgresConnection) async throws -> Int {
        guard !messages.isEmpty else { return 0 }
        var rehearsal: Int?
        if let inspection, try await Rehearsals.isRehearsal(inspection, on: connection) { rehearsal = inspection }
        for field in messages.lazy.flatMap(\.headers) where !field.isWellFormed {
            throw MessagingError(
                "the header field \(field.name.debugDescription) of a message \(owner) queued is not one line with a plain name; nothing was queued")
        }
        if messages.contains(where: { $0.calendar.map { !$0.hasKnownMethod } ?? false }) {
            throw MessagingError("a calendar part of a message \(owner) queued has a method other than REQUEST or CANCEL; nothing was queued")
        }
        // The load table lives until the caller's commit; a second call in the same transaction reuses it.
        try await connection.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS messaging_outbox_load (
                kind text, dedupe_key text, group_id text, suppression_key text, recipient text,
                subject text, text_body text, html_body text, headers text, calendar_method text, calendar_body text) ON COMMIT DROP
            """)
        let columns = [
            "kind", "dedupe_key", "group_id", "suppression_key", "recipient", "subject", "text_body", "html_body", "headers", "calendar_method", "calendar_body"
        ]
        let encoder = JSONEncoder()
        try await connection.copy(into: "messaging_outbox_load", columns: columns) { writer in
            for message in messages {
                let headers = String(decoding: try encoder.encode(message.headers), as: UTF8.self)
                for field in [
                    message.kind, message.dedupeKey, message.group, message.suppressionKey, message.recipient,
                    message.subject, message.text, message.html, headers, message.calendar?.method, message.calendar?.content
                ] {
                    writer.field(field)
                }
                try await writer.endRow()
            }
        }
        let queued = try await connection.execute(
            """
            INSERT INTO messaging_outbox (owner, kind, dedupe_key, group_id, suppression_key, recipient, subject, text_body, html_body, headers,
                calendar_method, calendar_body, rehearsal_inspection_id)
            SELECT $1, kind, dedupe_key, group_id, suppression_key, recipient, CASE WHEN $2::bigint IS NULL THEN subject ELSE $3 || subject END,
                text_body, html_body, headers::jsonb, calendar_method, calendar_body, $2::bigint
            FROM messaging_outbox_load
            ON CONFLICT (owner, dedupe_key) DO NOTHING
            """, [owner, rehearsal, Rehearsals.subjectPrefix])
        try await connection.execute("TRUNCATE messaging_outbox_load")
        return queued
    }

    /// Queues one message for `owner` inside the caller's transaction (for `inspection`, as above).
    /// - Returns: false when the owner had queued a message with the same `dedupeKey` before.
    @discardableResult
    public static func queue(_ message: OutgoingMessage, owner: String, inspection: Int? = nil, on connection: PostgresConnection) async throws -> Bool {
        try await queue([message], owner: owner, inspection: inspection, on: connection) == 1
    }
}
