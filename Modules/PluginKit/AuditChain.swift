import Hashing
import Postgres

/// The hash chain of the audit log, and its verification.
///
/// Each event's `hash` is the SHA-256 of its `previous_hash` and its columns, and its
/// `previous_hash` is the hash of the event before it (64 zeros for the first). A trigger sets
/// both, and `occurred_at`, on insert, in id order (migration `0010_audit_chain`); the one-row
/// table `audit_chain_head` holds the last link. ``verify(pool:batchSize:)`` recomputes every
/// hash here, in Swift, without trusting any function stored in the database.
///
/// What it cannot see: someone who may rewrite the table and recomputes every hash after the
/// rows they change, head included. Note the last hash that `ilacs-admin audit verify` prints
/// somewhere outside the database; a later run must still pass through it.
public enum AuditChain {
    /// The previous hash of the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// One stored event, its columns as the chain hashes them.
    struct Link {
        var id: Int
        var previousHash: String
        var hash: String
        /// `occurred_at` in UTC to the microsecond, `2026-11-25T10:30:00.000000Z`.
        var occurredAt: String
        var actor: String
        var action: String
        var recordType: String
        var recordID: String?
        var reason: String?
        /// `details` as PostgreSQL prints jsonb.
        var details: String?

        /// The text hashed: the previous hash, the id, the time and each text column as
        /// `<UTF-8 bytes>:<text>` or `-` for NULL, one per line. The migration's
        /// `audit_events_hash` builds the same text.
        var text: String {
            func field(_ value: String?) -> String { value.map { "\($0.utf8.count):\($0)" } ?? "-" }
            return [
                previousHash, String(id), occurredAt, field(actor), field(action), field(recordType),
                field(recordID), field(reason), field(details)
            ].joined(separator: "\n")
        }

        /// The hash its contents call for.
        var expectedHash: String { HexDigest.sha256(text) }
    }

    /// The columns of a ``Link``, as `SELECT` should fetch them.
    static let linkColumns = """
        id, previous_hash, hash, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
        actor, action, record_type, record_id, reason, details::text AS details
        """

    /// Walks the whole log in id order, recomputing each hash, and compares the end with the
    /// chain head. Reads one consistent snapshot, so events written meanwhile do not count.
    /// - Returns: the number of events and the last hash, with the first problem found.
    public static func verify(pool: PostgresPool, batchSize: Int = 5000) async throws -> AuditChainReport {
        try await pool.transaction { connection in
            try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            let head = try await connection.query("SELECT last_id, last_hash FROM audit_chain_head").single
            var walk = Walk(headID: try head?.decode(Int.self, "last_id") ?? 0, headHash: try head?.decode(String.self, "last_hash") ?? genesis)
            while true {
                let rows = try await connection.query(
                    "SELECT \(linkColumns) FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2", [walk.lastID ?? Int.min, batchSize])
                for row in rows {
                    let link = Link(
                        id: try row.decode(Int.self, "id"), previousHash: try row.decode(String.self, "previous_hash"),
                        hash: try row.decode(String.self, "hash"), occurredAt: try row.decode(String.self, "occurred_at"),
                        actor: try row.decode(String.self, "actor"), action: try row.decode(String.self, "action"),
                        recordType: try row.decode(String.self, "record_type"), recordID: try row.decode(String?.self, "record_id"),
                        reason: try row.decode(String?.self, "reason"), details: try row.decode(String?.self, "details"))
                    if let problem = walk.step(link) {
                        return AuditChainReport(events: walk.events, lastHash: walk.lastHash, problem: problem)
                    }
                }
                if rows.count < batchSize { break }
            }
            return AuditChainReport(events: walk.events, lastHash: walk.lastHash, problem: walk.finish())
        }
    }

    /// The state of a walk along the chain: what the next event must link to.
    struct Walk {
        /// The last link the chain head records.
        let headID: Int
        let headHash: String
        /// Events checked and found sound.
        var events = 0
        /// The last sound event's id and the one's before it.
        var lastID: Int?
        var idBeforeLast: Int?
        /// Their hashes (the genesis before the first event).
        var lastHash = AuditChain.genesis
        var hashBeforeLast: String?
        /// The first event after the one the head records, if any.
        var firstAfterHead: Int?

        /// Checks `link`, which follows the last event in id order.
        mutating func step(_ link: Link) -> AuditChainProblem? {
            guard link.hash == link.expectedHash else {
                return AuditChainProblem(.altered, rowID: link.id, "its hash does not match its contents (altered, or written around the chain)")
            }
            guard link.previousHash == lastHash else {
                if let lastID, link.previousHash == hashBeforeLast {
                    let before = idBeforeLast.map { "row \($0)" } ?? "the start of the chain"
                    return AuditChainProblem(.insertedOutOfOrder, rowID: lastID, "row \(link.id) after it links to \(before) before it")
                }
                guard let lastID else {
                    return AuditChainProblem(.removed, rowID: link.id, "it does not link to the start of the chain: a row before it was removed")
                }
                return AuditChainProblem(
                    .removed, rowID: link.id, "it does not link to row \(lastID) before it: a row between them was removed, or row \(lastID) was replaced")
            }
            if link.id > headID && firstAfterHead == nil { firstAfterHead = link.id }
            events += 1
            (idBeforeLast, lastID) = (lastID, link.id)
            (hashBeforeLast, lastHash) = (lastHash, link.hash)
            return nil
        }

        /// Compares the end of the walk with the chain head.
        func finish() -> AuditChainProblem? {
            let lastID = lastID ?? 0
            if let firstAfterHead {
                return AuditChainProblem(
                    .insertedOutOfOrder, rowID: firstAfterHead,
                    "the chain's last link is row \(headID): this row and those after it were written around the chain")
            }
            if headID > lastID {
                return AuditChainProblem(.removed, rowID: headID, "the last row written is missing: rows after row \(lastID) were removed")
            }
            if headHash != lastHash {
                return AuditChainProblem(.altered, rowID: lastID, "its hash is not the one the chain head recorded for it")
            }
            return nil
        }
    }
}
