import PluginKit
import Postgres

/// Records carers' replies: a place on a session while it has room, else its waiting list,
/// or a refusal. Each token works once: a replayed token changes nothing.
public struct ReplyBook: Sendable {
    /// What the household's reply now is.
    public enum Answer: String, Sendable, Equatable {
        case attending, waiting, declined
    }

    /// The outcome of using a token.
    public struct Outcome: Sendable, Equatable {
        /// The household's answer after this request.
        public let answer: Answer
        /// The session, unless declined.
        public let session: Int?
        /// False when the token had been used before, so nothing changed.
        public let changed: Bool
    }

    let pool: PostgresPool

    /// A book on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Records the reply `token` stands for, once.
    /// - Returns: nil when the token names a session or household the campaign does not have.
    public func record(_ token: ReplyToken, tokenHash: String) async throws -> Outcome? {
        try await pool.transaction { connection in
            let fresh =
                try await connection.execute(
                    "INSERT INTO carer_used_tokens (token_sha256) VALUES ($1) ON CONFLICT DO NOTHING", [tokenHash]) == 1
            guard fresh else {
                guard
                    let row = try await connection.query(
                        "SELECT answer, session_number FROM carer_replies WHERE campaign_id = $1 AND household_id = $2",
                        [token.campaignID, token.householdID]
                    ).single
                else { return nil }
                return Outcome(
                    answer: Answer(rawValue: try row.decode(String.self, "answer"))!, session: try row.decode(Int?.self, "session_number"), changed: false)
            }
            guard
                try await connection.query(
                    "SELECT 1 FROM carer_campaign_audience WHERE campaign_id = $1 AND household_id = $2",
                    [token.campaignID, token.householdID]
                ).single != nil
            else { return nil }
            let answer: Answer
            if token.session == 0 {
                answer = .declined
            } else {
                // Lock the session so two replies at once cannot both take its last place. An advisory
                // lock, as a row lock would need an UPDATE grant on the sessions the mailer may only read.
                try await connection.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended('carer_campaign_sessions:' || $1::text || ':' || $2::text, 0))",
                    [token.campaignID, token.session])
                guard
                    let session = try await connection.query(
                        "SELECT capacity FROM carer_campaign_sessions WHERE campaign_id = $1 AND number = $2", [token.campaignID, token.session]
                    ).single
                else { return nil }
                let taken = try await connection.query(
                    """
                    SELECT count(*) AS n FROM carer_replies WHERE campaign_id = $1 AND session_number = $2 AND answer = 'attending' AND household_id <> $3
                    """, [token.campaignID, token.session, token.householdID])[0].decode(Int.self, "n")
                answer = taken < (try session.decode(Int.self, "capacity")) ? .attending : .waiting
            }
            try await connection.execute(
                """
                INSERT INTO carer_replies (campaign_id, household_id, session_number, answer) VALUES ($1, $2, $3, $4)
                ON CONFLICT (campaign_id, household_id) DO UPDATE SET session_number = excluded.session_number,
                    answer = excluded.answer, replied_at = now()
                """, [token.campaignID, token.householdID, token.session == 0 ? nil : token.session, answer.rawValue])
            try await AuditLog.record(
                AuditEvent(
                    actor: "carer:\(token.householdID)", action: "campaign.reply", recordType: "carer_campaign",
                    recordID: String(token.campaignID),
                    details: ["session": String(token.session), "answer": answer.rawValue]), on: connection)
            return Outcome(answer: answer, session: token.session == 0 ? nil : token.session, changed: true)
        }
    }
}
