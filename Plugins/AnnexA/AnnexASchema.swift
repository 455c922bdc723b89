import Domain
import Postgres

/// The AnnexA plugin's tables: one per list, typed from Domain's column definitions, plus
/// snapshots, rejected rows and data-quality findings.
///
/// The list tables are generated from `AnnexAList.columns`; the migration's checksum then
/// guards them: changing a column in Domain changes the SQL, and the migrator refuses to run
/// until the change is made a new migration.
public enum AnnexASchema {
    static let owner = "AnnexA"

    /// A stored value in Ofsted's written form: `a) CODE: label` for codes, DD/MM/YYYY dates.
    public static func ofstedText(_ stored: String?, _ column: AnnexAColumn) -> String {
        guard let stored else { return "" }
        switch column.kind {
        case .code(let codeSet): return codeSet.ofstedForm(ofCode: stored) ?? stored
        case .date: return CalendarDate.parse(stored)?.ddmmyyyy ?? stored
        case .integer, .text: return stored
        }
    }

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

    static let migrations: [Migration] = [
        Migration(owner: owner, id: "0001_snapshots", sql: """
            CREATE TABLE annex_a_snapshots (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                as_of          date NOT NULL,
                imported_at    timestamptz NOT NULL DEFAULT now(),
                imported_by    text NOT NULL,
                source_name    text NOT NULL,
                content_sha256 text NOT NULL,
                lenient        boolean NOT NULL,
                row_counts     jsonb NOT NULL DEFAULT '{}',
                rejected_rows  integer NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX annex_a_snapshots_content ON annex_a_snapshots (content_sha256);

            CREATE TABLE annex_a_rejected_rows (
                snapshot_id bigint NOT NULL REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                list        smallint NOT NULL,
                row_number  integer NOT NULL,
                cells       text[] NOT NULL,
                reasons     text[] NOT NULL
            );
            CREATE INDEX annex_a_rejected_rows_snapshot ON annex_a_rejected_rows (snapshot_id);

            CREATE TABLE annex_a_quality_issues (
                snapshot_id bigint NOT NULL REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                kind        text NOT NULL,
                list        smallint NOT NULL,
                row_number  integer,
                column_key  text,
                message     text NOT NULL
            );
            CREATE INDEX annex_a_quality_issues_snapshot ON annex_a_quality_issues (snapshot_id, kind, list);
            """),
        Migration(owner: owner, id: "0002_lists", sql: AnnexAList.allCases.map(createTable).joined(separator: "\n")),
    ]

    /// The partition of `list`'s table that holds one snapshot's rows.
    static func partition(_ list: AnnexAList, snapshot: Int) -> String { "\(table(list))_s\(snapshot)" }

    /// The statements that create an empty partition for a snapshot's rows, detached, so rows
    /// are loaded without index maintenance; `attachPartition` indexes and attaches it.
    /// Only integers are interpolated.
    static func createPartition(_ list: AnnexAList, snapshot: Int) -> String {
        // The CHECK lets ATTACH skip its validation scan.
        "CREATE TABLE \(partition(list, snapshot: snapshot)) (LIKE \(table(list)) INCLUDING DEFAULTS, CHECK (snapshot_id = \(snapshot)))"
    }

    /// Builds the loaded partition's index in one pass (cheaper than maintaining it row by row)
    /// and attaches the partition to the list's table.
    static func attachPartition(_ list: AnnexAList, snapshot: Int) -> String {
        let partition = partition(list, snapshot: snapshot)
        return """
            CREATE INDEX ON \(partition) (snapshot_id, \(identifier(list)));
            ALTER TABLE \(table(list)) ATTACH PARTITION \(partition) FOR VALUES IN (\(snapshot));
            """
    }

    /// The column that identifies a row's subject: the child, or the adopter in List 11.
    static func identifier(_ list: AnnexAList) -> String { list.hasChildID ? "child_id" : "adopter_id" }

    /// `CREATE TABLE` for one list, partitioned by snapshot: each import loads a partition of its
    /// own and deleting a snapshot drops its partitions. Rows carry no foreign key to their
    /// snapshot, which would fire a trigger per row on bulk loads.
    private static func createTable(_ list: AnnexAList) -> String {
        var lines = [
            "    snapshot_id bigint NOT NULL",
            "    row_number integer NOT NULL",
        ]
        for column in list.columns {
            let nullability = column.required && !column.since2024 ? " NOT NULL" : ""
            lines.append("    \(column.key) \(sqlType(column))\(nullability)")
        }
        return """
            CREATE TABLE \(table(list)) (
            \(lines.joined(separator: ",\n"))
            ) PARTITION BY LIST (snapshot_id);
            CREATE INDEX \(table(list))_snapshot ON \(table(list)) (snapshot_id, \(identifier(list)));
            """
    }
}
