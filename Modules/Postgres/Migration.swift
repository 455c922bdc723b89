import Hashing

/// One step of a schema change, shipped with the code of the plugin (or kernel) that owns it.
///
/// Migrations of one owner run in the order of their ids (`0001_audit_log`, `0002_...`). Once
/// applied, a migration must never change: add a new one instead. The migrator records a
/// SHA-256 checksum of the SQL and refuses to run when a recorded one differs.
public struct Migration: Sendable, Hashable {
    /// Who ships it: `kernel` or a plugin's name.
    public let owner: String
    /// Its id, unique for the owner and sortable (`0001_snapshots`).
    public let id: String
    /// The SQL, one or more statements. Runs inside the migrator's transaction, so it must not
    /// contain transaction control or statements that cannot run in a transaction.
    public let sql: String

    /// Creates a migration.
    public init(owner: String, id: String, sql: String) {
        self.owner = owner
        self.id = id
        self.sql = sql
    }

    /// The hex SHA-256 of the SQL, as recorded when the migration is applied.
    public var checksum: String {
        HexDigest.sha256(sql)
    }
}
