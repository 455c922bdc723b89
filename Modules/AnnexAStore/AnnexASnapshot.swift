import Domain
import Postgres

/// One imported Annex A snapshot, as other plugins need to know it: which it is, the day its
/// figures describe, and the hash of its normalised content (what samples and reports cite).
public struct AnnexASnapshot: Sendable, Equatable, Codable {
    /// The snapshot's id.
    public var id: Int
    /// The as-of date of the lists.
    public var asOf: CalendarDate
    /// SHA-256 of the snapshot's normalised content, lowercase hex.
    public var contentSHA256: String

    /// Creates a snapshot value.
    public init(id: Int, asOf: CalendarDate, contentSHA256: String) {
        self.id = id
        self.asOf = asOf
        self.contentSHA256 = contentSHA256
    }
}

extension AnnexASnapshot {
    /// The snapshot with the latest as-of date (the newest import on a tie), or nil when none
    /// was imported.
    public static func latest(on connection: PostgresConnection) async throws -> AnnexASnapshot? {
        try await one("SELECT id, as_of, content_sha256 FROM annex_a_snapshots ORDER BY as_of DESC, id DESC LIMIT 1", [], on: connection)
    }

    /// Snapshot `id`, or nil when there is none.
    public static func find(_ id: Int, on connection: PostgresConnection) async throws -> AnnexASnapshot? {
        try await one("SELECT id, as_of, content_sha256 FROM annex_a_snapshots WHERE id = $1", [id], on: connection)
    }

    /// The snapshot just before this one in as-of order (ties by id), for changes over time;
    /// nil when this is the first.
    public func previous(on connection: PostgresConnection) async throws -> AnnexASnapshot? {
        try await Self.one(
            """
            SELECT id, as_of, content_sha256 FROM annex_a_snapshots
            WHERE (as_of, id) < ($1::date, $2::bigint) ORDER BY as_of DESC, id DESC LIMIT 1
            """, [asOf, id], on: connection)
    }

    private static func one(_ sql: String, _ parameters: [any PostgresEncodable], on connection: PostgresConnection) async throws -> AnnexASnapshot? {
        try await connection.query(sql, parameters).single.map { row in
            AnnexASnapshot(
                id: try row.decode(Int.self, "id"), asOf: try row.decode(CalendarDate.self, "as_of"),
                contentSHA256: try row.decode(String.self, "content_sha256"))
        }
    }
}
