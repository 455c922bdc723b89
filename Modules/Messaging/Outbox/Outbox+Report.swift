import Postgres

extension Outbox {
    /// A message's state in the outbox.
    public enum State: String, Sendable, CaseIterable, Codable {
        /// Waiting for a mailer (possibly until a retry time).
        case queued
        /// Claimed by a mailer under a lease.
        case sending
        /// Accepted by the transport.
        case sent
        /// Refused for good, or out of attempts.
        case failed
        /// Lost after its final step began: may have arrived; held for a person.
        case ambiguous
        /// Withdrawn because its owner suppressed its subject.
        case suppressed
    }

    /// The owner's messages of `group` by kind, then state: what a status page shows.
    public static func counts(owner: String, group: String, on connection: PostgresConnection) async throws -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for row in try await connection.query(
            """
            SELECT kind, state, count(*) AS n FROM messaging_outbox WHERE owner = $1 AND group_id = $2 GROUP BY kind, state
            """, [owner, group])
        {
            counts[try row.decode(String.self, "kind"), default: [:]][try row.decode(String.self, "state")] = try row.decode(Int.self, "n")
        }
        return counts
    }

    /// The ids of the owner's messages of `group` held as ambiguous, in order: each needs
    /// `resolve(_:owner:as:note:actor:on:)`.
    public static func ambiguous(owner: String, group: String, on connection: PostgresConnection) async throws -> [Int] {
        try await connection.query(
            """
            SELECT id FROM messaging_outbox WHERE owner = $1 AND group_id = $2 AND state = 'ambiguous' ORDER BY id
            """, [owner, group]
        ).map { try $0.decode(Int.self, "id") }
    }

    /// The state of each of the owner's messages of `group`, by dedupe key: lets an owner tell
    /// what it queued already and what was delivered, without reading the table.
    public static func states(owner: String, group: String, on connection: PostgresConnection) async throws -> [String: State] {
        var states: [String: State] = [:]
        for row in try await connection.query("SELECT dedupe_key, state FROM messaging_outbox WHERE owner = $1 AND group_id = $2", [owner, group]) {
            states[try row.decode(String.self, "dedupe_key")] = State(rawValue: try row.decode(String.self, "state"))
        }
        return states
    }
}
