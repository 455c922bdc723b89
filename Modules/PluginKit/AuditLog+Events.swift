import Domain
import Foundation
import Postgres

extension AuditLog {
    /// Which events ``events(_:pool:)`` returns: every condition given must hold.
    public struct Filter: Sendable, Equatable {
        /// Events from the start of this day (local time) on.
        public var since: CalendarDate?
        /// Events of this action only (`sample.view`).
        public var action: String?
        /// Events of this actor only.
        public var actor: String?
        /// At most this many: the latest that match.
        public var limit: Int

        /// A filter; by default the latest 50 events.
        public init(since: CalendarDate? = nil, action: String? = nil, actor: String? = nil, limit: Int = 50) {
            self.since = since
            self.action = action
            self.actor = actor
            self.limit = limit
        }
    }

    /// The latest events matching `filter`, oldest first.
    public static func events(_ filter: Filter, pool: PostgresPool) async throws -> [AuditRecord] {
        let since = filter.since.flatMap { date in
            Calendar.current.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
        }
        // Every value of `details` as text, whatever JSON type an older writer stored.
        let rows = try await pool.query(
            """
            SELECT id, occurred_at, actor, action, record_type, record_id, reason,
                   (SELECT jsonb_object_agg(key, coalesce(value, 'null')) FROM jsonb_each_text(details))::text AS details
            FROM audit_events
            WHERE ($1::timestamptz IS NULL OR occurred_at >= $1) AND ($2::text IS NULL OR action = $2)
              AND ($3::text IS NULL OR actor = $3)
            ORDER BY id DESC LIMIT $4
            """, [since, filter.action, filter.actor, filter.limit])
        return try rows.reversed().map { row in
            let details = try row.decode(String?.self, "details").map { text in
                try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
            }
            let event = AuditEvent(
                actor: try row.decode(String.self, "actor"), action: try row.decode(String.self, "action"),
                recordType: try row.decode(String.self, "record_type"), recordID: try row.decode(String?.self, "record_id"),
                reason: try row.decode(String?.self, "reason"), details: details ?? [:])
            return AuditRecord(id: try row.decode(Int.self, "id"), occurredAt: try row.decode(Date.self, "occurred_at"), event: event)
        }
    }
}
