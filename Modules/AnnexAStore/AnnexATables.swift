import Domain

/// The names and SQL types of the kernel's Annex A tables: one table per list, partitioned by
/// snapshot, beside `annex_a_snapshots`.
///
/// Every plugin that reads the lists (sampling, reporting, the week on site) takes table names
/// and column types from here, never from the AnnexA plugin, which only writes them. Only names
/// Domain defines and integers are ever interpolated into SQL.
public enum AnnexATables {
    /// The table of snapshots: one row per import.
    public static let snapshots = "annex_a_snapshots"

    /// The table holding `list`'s rows.
    public static func table(_ list: AnnexAList) -> String { "annex_a_list_\(list.number)" }

    /// The PostgreSQL type a column is stored as: codes are stored as their DfE code.
    public static func sqlType(_ column: AnnexAColumn) -> String {
        switch column.kind {
        case .text, .code: "text"
        case .date: "date"
        case .integer: "integer"
        }
    }

    /// The column that identifies a row's subject: the child, or the adopter in List 11.
    public static func identifier(_ list: AnnexAList) -> String { list.hasChildID ? "child_id" : "adopter_id" }

    /// The partition of `list`'s table that holds one snapshot's rows.
    public static func partition(_ list: AnnexAList, snapshot: Int) -> String { "\(table(list))_s\(snapshot)" }

    /// The statement that creates an empty partition for a snapshot's rows, detached, so rows
    /// are loaded without index maintenance; `attachPartition` indexes and attaches it. The DDL
    /// runs in a function owned by the tables' owner (``AnnexAStoreMigrations/partitionFunctions``):
    /// the coordinators' role may load rows but not change tables.
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

    /// `CREATE TABLE` for one list, partitioned by snapshot: each import loads a partition of its
    /// own and deleting a snapshot drops its partitions. Rows carry no foreign key to their
    /// snapshot, which would fire a trigger per row on bulk loads. `IF NOT EXISTS` because the
    /// AnnexA plugin created the same tables before the store moved into the kernel.
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
