import Domain
import Postgres

/// The AnnexA plugin's tables: one per list, typed from Domain's column definitions, plus
/// snapshots, rejected rows and data-quality findings.
///
/// The list tables are generated from `AnnexAList.columns`; the migration's checksum then
/// guards them: changing a column in Domain changes the SQL, and the migrator refuses to run
/// until the change is made a new migration.
enum AnnexASchema {
    static let owner = "AnnexA"

    /// The table holding `list`'s rows.
    static func table(_ list: AnnexAList) -> String { "annex_a_list_\(list.number)" }

    /// The PostgreSQL type a column is stored as: codes are stored as their DfE code.
    static func sqlType(_ column: AnnexAColumn) -> String {
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

    /// `CREATE TABLE` for one list. Rows reference their snapshot without a foreign key, which
    /// would fire a trigger per row on bulk loads; deleting a snapshot deletes its rows explicitly.
    private static func createTable(_ list: AnnexAList) -> String {
        var lines = [
            "    snapshot_id bigint NOT NULL",
            "    row_number integer NOT NULL",
        ]
        for column in list.columns {
            let nullability = column.required && !column.since2024 ? " NOT NULL" : ""
            lines.append("    \(column.key) \(sqlType(column))\(nullability)")
        }
        let identifier = list.hasChildID ? "child_id" : "adopter_id"
        return """
            CREATE TABLE \(table(list)) (
            \(lines.joined(separator: ",\n"))
            );
            CREATE INDEX \(table(list))_snapshot ON \(table(list)) (snapshot_id, \(identifier));
            """
    }
}
