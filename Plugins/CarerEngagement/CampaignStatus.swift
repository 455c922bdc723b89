import Postgres
import PluginKit

/// What `campaign status` shows: outbox counts by kind and state, replies per session, and
/// the ambiguous messages a person must decide about.
public struct CampaignStatus: Sendable, Codable, Equatable {
    /// Messages by kind, then state.
    public let outbox: [String: [String: Int]]
    /// Per session: attending, waiting list, capacity.
    public let sessions: [SessionReplies]
    /// Households that declined.
    public let declined: Int
    /// Outbox ids in state `ambiguous`.
    public let ambiguous: [Int]

    /// Replies to one session.
    public struct SessionReplies: Sendable, Codable, Equatable {
        public let number: Int
        public let capacity: Int
        public let attending: Int
        public let waiting: Int
    }

    /// Reads the status of `campaignID`.
    public static func load(_ campaignID: Int, pool: PostgresPool) async throws -> CampaignStatus {
        var outbox: [String: [String: Int]] = [:]
        for row in try await pool.query("SELECT kind, state, count(*) AS n FROM carer_outbox WHERE campaign_id = $1 GROUP BY kind, state", [campaignID]) {
            outbox[try row.decode(String.self, "kind"), default: [:]][try row.decode(String.self, "state")] = try row.decode(Int.self, "n")
        }
        let sessions = try await pool.query("""
            SELECT s.number, s.capacity,
                   count(*) FILTER (WHERE r.answer = 'attending') AS attending, count(*) FILTER (WHERE r.answer = 'waiting') AS waiting
            FROM carer_campaign_sessions s LEFT JOIN carer_replies r ON r.campaign_id = s.campaign_id AND r.session_number = s.number
            WHERE s.campaign_id = $1 GROUP BY s.number, s.capacity ORDER BY s.number
            """, [campaignID]).map { row in
                SessionReplies(number: try row.decode(Int.self, "number"), capacity: try row.decode(Int.self, "capacity"),
                               attending: try row.decode(Int.self, "attending"), waiting: try row.decode(Int.self, "waiting"))
            }
        let declined = try await pool.query(
            "SELECT count(*) AS n FROM carer_replies WHERE campaign_id = $1 AND answer = 'declined'", [campaignID])[0].decode(Int.self, "n")
        let ambiguous = try await pool.query(
            "SELECT id FROM carer_outbox WHERE campaign_id = $1 AND state = 'ambiguous' ORDER BY id", [campaignID]).map { try $0.decode(Int.self, "id") }
        return CampaignStatus(outbox: outbox, sessions: sessions, declined: declined, ambiguous: ambiguous)
    }

    /// How a person settles an ambiguous message.
    public enum Resolution: String, Sendable, CaseIterable {
        /// The carer got it (e.g. the server's log shows it): mark it sent.
        case sent
        /// It did not arrive: send it again.
        case resend
        /// Give up on it.
        case failed
    }

    /// Settles the ambiguous message `outboxID`, with a note, audit-logged.
    public static func resolve(_ outboxID: Int, as resolution: Resolution, note: String, actor: String, pool: PostgresPool) async throws {
        guard !note.trimmingCharacters(in: .whitespaces).isEmpty else { throw CarerError("--note is required: say how you decided") }
        try await pool.transaction { connection in
            let state: String = switch resolution {
            case .sent: "sent"
            case .resend: "queued"
            case .failed: "failed"
            }
            let changed = try await connection.execute("""
                UPDATE carer_outbox SET state = $2, resolved_by = $3, resolution = $4, data_sent_at = NULL, lease_expires_at = NULL,
                    leased_by = NULL, next_attempt_at = now(), sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
                WHERE id = $1 AND state = 'ambiguous'
                """, [outboxID, state, actor, note])
            guard changed == 1 else { throw CarerError("outbox message \(outboxID) is not ambiguous; `ilacs-admin campaign status` lists the ones that are") }
            try await AuditLog.record(AuditEvent(actor: actor, action: "outbox.resolve", recordType: "carer_outbox", recordID: String(outboxID),
                                                 reason: note, details: ["as": resolution.rawValue]), on: connection)
        }
    }
}
