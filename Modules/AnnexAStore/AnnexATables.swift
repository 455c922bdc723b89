import Domain
import Foundation
import Postgres

/// The names and SQL types of the kernel's Annex A tables: one table per list, partitioned by
/// snapshot, beside `annex_a_snapshots`.
///
/// Every plugin that reads the lists (sampling, reporting, the week on site) takes table names
/// and column types from here, never from the AnnexA plugin, which only writes them. Only names
/// Domain defines and integers are ever interpolated into SQL.
public enum AnnexATables {
    /// The table of snapshots: one row per import.
    public static let snapshots = "annex_a_snapshots"

    /// The `jsonb` column of every list table holding, for a row with value problems, each such
    /// cell as the coordinator's file gave it (`{"age": "6.138", "ethnicity": ""}`): the typed
    /// column then holds NULL (unknown) or the safe repair (whole years of a fractional age).
    /// NULL for a row whose every cell was read as it is stored. The export writes these values
    /// back as they came in, and readers tell an unknown value (a key here, NULL in the typed
    /// column) from a blank that the list allows (NULL, no key).
    public static let rawValues = "raw_values"

    /// The cells of a stored `raw_values` object (read as text), by column key; none for NULL.
    public static func givenValues(_ json: String?) -> [String: String] {
        guard let json, let cells = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) else { return [:] }
        return cells
    }

    /// The table holding `list`'s rows.
    public static func table(_ list: AnnexAList) -> String { "annex_a_list_\(list.number)" }

    /// The PostgreSQL type a column is stored as: codes are stored as their DfE code.
    public static func sqlType(_ column: AnnexAColumn) -> String { copyType(column).rawValue }

    /// The type a column is stored as, and sent as in a binary COPY.
    static func copyType(_ column: AnnexAColumn) -> PostgresCopyType {
        switch column.kind {
        case .text, .code: .text
        case .date: .date
        case .integer: .integer
        }
    }

    /// The columns a snapshot's rows of `list` are loaded into (``partition(_:snapshot:)``), with
    /// the type each is sent as in a binary COPY. Not `snapshot_id`: a new partition's default.
    public static func loadedColumns(_ list: AnnexAList) -> [(name: String, type: PostgresCopyType)] {
        [("row_number", .integer)] + list.columns.map { ($0.key, copyType($0)) } + [(rawValues, .jsonb)]
    }

    /// The column that identifies a row's subject: the child, or the adopter in List 11.
    public static func identifier(_ list: AnnexAList) -> String { list.hasChildID ? "child_id" : "adopter_id" }

    /// The partition of `list`'s table that holds one snapshot's rows.
    public static func partition(_ list: AnnexAList, snapshot: Int) -> String { "\(table(list))_s\(snapshot)" }

    /// The statement that creates an empty partition for a snapshot's rows, detached, so rows
    /// are loaded without index maintenance, its `snapshot_id` defaulting to the snapshot;
    /// `attachPartition` indexes and attaches it. The DDL runs in a function owned by the tables'
    /// owner (``AnnexAStoreMigrations/partitionLoading``): the coordinators' role may load rows
    /// but not change tables.
    public static func createPartition(_ list: AnnexAList, snapshot: Int) -> String {
        "SELECT annex_a_partition_create(\(list.number), \(snapshot))"
    }

    /// The statement that builds the loaded partition's index in one pass (cheaper than
    /// maintaining it row by row) and attaches the partition to the list's table.
    public static func attachPartition(_ list: AnnexAList, snapshot: Int) -> String {
        "SELECT annex_a_partition_attach(\(list.number), \(snapshot))"
    }

    /// The statement that drops a snapshot's partition of `list`, if the import held that list.
    public static func dropPartition(_ list: AnnexAList, snapshot: Int) -> String {
        "SELECT annex_a_partition_drop(\(list.number), \(snapshot))"
    }

    /// The statements that let `list`'s table keep rows with value problems: a `raw_values`
    /// column, and NOT NULL only on what places a row (its identifier and its placing date), since
    /// any other required cell may now be unknown. Partitions follow their table.
    static func keepValueProblems(_ list: AnnexAList) -> String {
        let placing = [identifier(list), list.placingDate].compactMap { $0 }
        let optional = list.columns.filter { !placing.contains($0.key) && $0.required && !$0.since2024 }
        return
            (["ALTER TABLE \(table(list)) ADD COLUMN IF NOT EXISTS \(rawValues) jsonb;"]
            + optional.map { "ALTER TABLE \(table(list)) ALTER COLUMN \($0.key) DROP NOT NULL;" }).joined(separator: "\n")
    }

    /// `CREATE TABLE` for one list, partitioned by snapshot: each import loads a partition of its
    /// own and deleting a snapshot drops its partitions. Rows carry no foreign key to their
    /// snapshot, which would fire a trigger per row on bulk loads. `IF NOT EXISTS` because the
    /// AnnexA plugin created the same tables before the store moved into the kernel.
    /// Its index on (snapshot, identifier) is replaced by one on the identifier alone, compared
    /// byte by byte (``AnnexAStoreMigrations/identifierIndex``).
    static func createTable(_ list: AnnexAList) -> String {
        var lines = [
            "    snapshot_id bigint NOT NULL",
            "    row_number integer NOT NULL"
        ]
        for column in list.columns {
            let nullability = column.required && !column.since2024 ? " NOT NULL" : ""
            lines.append("    \(column.key) \(sqlType(column))\(nullability)")
        }
        return """
            CREATE TABLE IF NOT EXISTS \(table(list)) (
            \(lines.joined(separator: ",\n"))
            ) PARTITION BY LIST (snapshot_id);
            CREATE INDEX IF NOT EXISTS \(table(list))_snapshot ON \(table(list)) (snapshot_id, \(identifier(list)));
            """
    }
}
