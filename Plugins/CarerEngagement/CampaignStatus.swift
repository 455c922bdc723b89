import Foundation
import Messaging
import PluginKit
import Postgres

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
        let owner = CarerEngagementPlugin.pluginName
        let group = Campaign.messageGroup(campaignID)
        let (outbox, ambiguous) = try await pool.withConnection { connection in
            (try await Outbox.counts(owner: owner, group: group, on: connection), try await Outbox.ambiguous(owner: owner, group: group, on: connection))
        }
        let sessions = try await pool.query(
            """
            SELECT s.number, s.capacity,
                   count(*) FILTER (WHERE r.answer = 'attending') AS attending, count(*) FILTER (WHERE r.answer = 'waiting') AS waiting
            FROM carer_campaign_sessions s LEFT JOIN carer_replies r ON r.campaign_id = s.campaign_id AND r.session_number = s.number
            WHERE s.campaign_id = $1 GROUP BY s.number, s.capacity ORDER BY s.number
            """, [campaignID]
        ).map { row in
            SessionReplies(
                number: try row.decode(Int.self, "number"), capacity: try row.decode(Int.self, "capacity"),
                attending: try row.decode(Int.self, "attending"), waiting: try row.decode(Int.self, "waiting"))
        }
        let declined = try await pool.query(
            "SELECT count(*) AS n FROM carer_replies WHERE campaign_id = $1 AND answer = 'declined'", [campaignID])[0].decode(Int.self, "n")
        return CampaignStatus(outbox: outbox, sessions: sessions, declined: declined, ambiguous: ambiguous)
    }

    /// How a person settles an ambiguous message: sent, resend or failed.
    public typealias Resolution = Outbox.Resolution

    /// Settles the ambiguous message `outboxID` of this plugin, with a note, audit-logged.
    public static func resolve(_ outboxID: Int, as resolution: Resolution, note: String, actor: String, pool: PostgresPool) async throws {
        guard !note.trimmingCharacters(in: .whitespaces).isEmpty else { throw CarerError("--note is required: say how you decided") }
        try await pool.transaction { connection in
            guard try await Outbox.resolve(outboxID, owner: CarerEngagementPlugin.pluginName, as: resolution, note: note, actor: actor, on: connection) else {
                throw CarerError("outbox message \(outboxID) is not ambiguous; `ilacs-admin campaign status` lists the ones that are")
            }
        }
    }
}
