import Foundation
import Postgres

/// Refused attempts by anonymous clients (a forged sign-in link, a bad reply token) kept as
/// counts per action, source address bucket and hour, not as one audit event each: a flood of
/// bad requests can neither grow the audit log without bound nor bury what matters in it.
///
/// The source is reduced to its network (IPv4 /24, IPv6 /48) before it is stored, so no
/// client's full address is kept; counts older than 90 days are dropped as new ones come in.
/// The apps write through `record_refusal`, a function owned by the tables' owner
/// (kernel/0013), and cannot change the counts otherwise; `ilacs-admin audit refusals` reads them.
public enum RefusalCounts {
    /// The table of counts.
    public static let table = "refusal_counts"

    /// Counts one refusal of `action` (`person.sign_in_refused`, say) from client address
    /// `source` (nil or unparseable: the `unknown` bucket), in the current hour.
    public static func record(_ action: String, source: String?, on connection: PostgresConnection) async throws {
        try await connection.execute("SELECT record_refusal($1, $2)", [action, source])
    }

    /// Counts one refusal in a transaction of its own.
    public static func record(_ action: String, source: String?, pool: PostgresPool) async throws {
        try await pool.withConnection { connection in try await record(action, source: source, on: connection) }
    }

    /// Refusals of one kind from one address bucket in one hour.
    public struct Entry: Sendable, Codable, Equatable {
        /// What was refused: `person.sign_in_refused`, `campaign.reply_token_refused`, ...
        public let action: String
        /// The client's network (`203.0.113.0/24`, `2001:db8:1::/48`) or `unknown`.
        public let sourceBucket: String
        /// The start of the hour.
        public let hour: Date
        /// How many were refused.
        public let refusals: Int
    }

    /// The counts of the last `hours` hours, newest first, most refused first within an hour.
    public static func latest(hours: Int, pool: PostgresPool) async throws -> [Entry] {
        try await pool.query(
            """
            SELECT action, source_bucket, interval_start, refusals FROM refusal_counts
            WHERE interval_start > now() - make_interval(hours => $1)
            ORDER BY interval_start DESC, refusals DESC, action, source_bucket
            """, [hours]
        ).map {
            Entry(
                action: try $0.decode(String.self, "action"), sourceBucket: try $0.decode(String.self, "source_bucket"),
                hour: try $0.decode(Date.self, "interval_start"), refusals: try $0.decode(Int.self, "refusals"))
        }
    }

    /// The kernel migration that creates the table and the function.
    static let migration = Migration(
        owner: "kernel", id: "0013_refusal_counts",
        sql: """
            CREATE TABLE refusal_counts (
                action         text NOT NULL CHECK (action <> '' AND length(action) <= 64),
                source_bucket  text NOT NULL,
                interval_start timestamptz NOT NULL,
                refusals       integer NOT NULL DEFAULT 1,
                last_at        timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (action, source_bucket, interval_start)
            );
            REVOKE INSERT, UPDATE, DELETE ON refusal_counts FROM ilacs_admin;

            CREATE FUNCTION record_refusal(what text, source text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                bucket text;
            BEGIN
                BEGIN
                    bucket := network(set_masklen(source::inet, CASE family(source::inet) WHEN 4 THEN 24 ELSE 48 END))::text;
                EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
                    bucket := NULL;
                END;
                INSERT INTO refusal_counts (action, source_bucket, interval_start)
                VALUES (what, coalesce(bucket, 'unknown'), date_trunc('hour', now()))
                ON CONFLICT (action, source_bucket, interval_start)
                DO UPDATE SET refusals = refusal_counts.refusals + 1, last_at = now();
                DELETE FROM refusal_counts WHERE interval_start < now() - interval '90 days';
            END
            $$;
            REVOKE ALL ON FUNCTION record_refusal(text, text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION record_refusal(text, text) TO ilacs_app;
            """)
}
