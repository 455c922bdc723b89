import Domain
import Postgres

/// The kernel's local lists: named lists of children kept beside the Annex A snapshots, read by
/// sampling quotas (`local list: NAME`) and by the readiness report's not-in-school indicator.
///
/// Why here: both the EvidenceSampling and the Reporting plugin need the lists, and a plugin never
/// reads another's tables, so the tables, the parser (``LocalListParser``) and the read API live
/// in the kernel, beside the snapshots a list may be tied to. The audited import that writes them
/// is PluginKit's `LocalListImporter`, since the audit log sits above this module.
///
/// Two tables: `local_list_imports`, one row per import (every import is kept, so a report can
/// say which it used), and `local_list_members`, the Child Unique IDs of each import.
///
/// **Which import serves a snapshot** (``serving(_:snapshot:on:)``, the SQL function
/// `local_list_import_for`): the newest import of that name drawn against that snapshot
/// (`--snapshot`); else the newest import of that name tied to no snapshot; else none. A list
/// drawn against one snapshot never stands in for another, so a report never compares a
/// snapshot with a list drawn later.
public enum LocalListStore {
    /// The table of imports.
    public static let imports = "local_list_imports"
    /// The table of each import's children.
    public static let members = "local_list_members"
    /// The name of the local list of children not attending school, which the readiness report reads.
    public static let childrenNotInSchool = "children-not-in-school"

    /// Whether `name` may name a list: lower-case letters, digits and hyphens, starting with a
    /// letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        name.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil
    }

    /// Stores `ids` as a new import of list `name`, tied to `snapshotID` when given, on
    /// `connection`; run it in the caller's transaction, beside the import's audit event.
    /// - Throws: `LocalListError` for a bad name or a snapshot that does not exist.
    public static func save(
        name: String, ids: [String], snapshotID: Int?, source: String, actor: String, on connection: PostgresConnection
    ) async throws -> LocalListImport {
        guard isValidName(name) else { throw LocalListError.badName(name) }
        if let snapshotID, try await AnnexASnapshot.find(snapshotID, on: connection) == nil {
            throw LocalListError.unknownSnapshot(snapshotID)
        }
        let distinct = Set(ids).sorted()
        let row = try await connection.query(
            """
            INSERT INTO \(imports) (name, snapshot_id, source_name, children, imported_by) VALUES ($1, $2, $3, $4, $5)
            RETURNING \(columns)
            """, [name, snapshotID, source, distinct.count, actor])[0]
        let stored = try decode(row)
        try await connection.copy(into: members, columns: ["import_id", "child_id"]) { writer in
            for child in distinct {
                writer.field(stored.id)
                writer.field(child)
                try await writer.endRow()
            }
        }
        return stored
    }

    /// The import of list `name` that serves snapshot `snapshot` (see the type's rule), or nil.
    public static func serving(_ name: String, snapshot: Int, on connection: PostgresConnection) async throws -> LocalListImport? {
        try await connection.query("SELECT \(columns) FROM \(imports) WHERE id = local_list_import_for($1, $2)", [name, snapshot])
            .single.map(decode)
    }

    /// Every import, newest first, for `ilacs-admin local-list list`.
    public static func all(on connection: PostgresConnection) async throws -> [LocalListImport] {
        try await connection.query("SELECT \(columns) FROM \(imports) ORDER BY id DESC").map(decode)
    }

    /// The Child Unique IDs of `listImport`.
    public static func members(of listImport: LocalListImport, on connection: PostgresConnection) async throws -> Set<String> {
        Set(
            try await connection.query("SELECT child_id FROM \(members) WHERE import_id = $1", [listImport.id])
                .map { try $0.decode(String.self, "child_id") })
    }

    /// A SQL condition, true when `column` holds a child of the import of list `name` that
    /// serves the snapshot whose id is `snapshot` (a parameter such as `$1`), for queries that
    /// count children on a list. `name` must be a constant valid name: it is written into the SQL.
    public static func membership(_ column: String, list name: String, snapshot: String) -> String {
        precondition(isValidName(name), "local list names written into SQL must be valid constants")
        return "\(column) IN (SELECT m.child_id FROM \(members) m WHERE m.import_id = local_list_import_for('\(name)', \(snapshot)))"
    }

    /// Creates the tables and the resolution function (migration `kernel/0006_local_lists`).
    /// Table names differ from the plugins' old ones, which their own migrations copy in and drop.
    static let createTables = """
        -- A named local list of children, e.g. children-not-in-school: one row per import, every
        -- import kept. snapshot_id is the Annex A snapshot it was drawn against, when given.
        CREATE TABLE local_list_imports (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name        text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
            snapshot_id bigint REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
            source_name text NOT NULL,
            children    integer NOT NULL CHECK (children >= 0),
            imported_at timestamptz NOT NULL DEFAULT now(),
            imported_by text NOT NULL CHECK (imported_by <> '')
        );
        CREATE INDEX local_list_imports_name ON local_list_imports (name, snapshot_id, id);
        CREATE TABLE local_list_members (
            import_id bigint NOT NULL REFERENCES local_list_imports (id) ON DELETE CASCADE,
            child_id  text NOT NULL,
            PRIMARY KEY (import_id, child_id)
        );
        -- The import of list_name that serves snapshot: the newest drawn against it, else the
        -- newest tied to no snapshot (LocalListStore states the rule).
        CREATE FUNCTION local_list_import_for(list_name text, snapshot bigint) RETURNS bigint
        LANGUAGE sql STABLE AS $$
            SELECT id FROM local_list_imports
            WHERE name = list_name AND (snapshot_id = snapshot OR snapshot_id IS NULL)
            ORDER BY snapshot_id IS NULL, id DESC
            LIMIT 1
        $$;
        """

    private static let columns = "id, name, snapshot_id, source_name, children, imported_at::date AS imported_on, imported_by"

    private static func decode(_ row: PostgresRow) throws -> LocalListImport {
        LocalListImport(
            id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"),
            snapshotID: try row.decode(Int?.self, "snapshot_id"), sourceName: try row.decode(String.self, "source_name"),
            children: try row.decode(Int.self, "children"), importedOn: try row.decode(CalendarDate.self, "imported_on"),
            importedBy: try row.decode(String.self, "imported_by"))
    }
}
