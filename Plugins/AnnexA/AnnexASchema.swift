import Postgres

/// The AnnexA plugin's own tables: the rows an import rejected and the data-quality findings,
/// both per snapshot (the snapshots and list tables are the kernel's, in `AnnexAStore`).
enum AnnexASchema {
    static let owner = "AnnexA"

    static let migrations: [Migration] = [
        // Before the store moved into the kernel, `AnnexA/0001_snapshots` created these tables
        // with the snapshots; `IF NOT EXISTS` leaves such a database as it is.
        Migration(
            owner: owner, id: "0003_import_findings",
            sql: """
                CREATE TABLE IF NOT EXISTS annex_a_rejected_rows (
                    snapshot_id bigint NOT NULL REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                    list        smallint NOT NULL,
                    row_number  integer NOT NULL,
                    cells       text[] NOT NULL,
                    reasons     text[] NOT NULL
                );
                CREATE INDEX IF NOT EXISTS annex_a_rejected_rows_snapshot ON annex_a_rejected_rows (snapshot_id);

                CREATE TABLE IF NOT EXISTS annex_a_quality_issues (
                    snapshot_id bigint NOT NULL REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                    kind        text NOT NULL,
                    list        smallint NOT NULL,
                    row_number  integer,
                    column_key  text,
                    message     text NOT NULL
                );
                CREATE INDEX IF NOT EXISTS annex_a_quality_issues_snapshot ON annex_a_quality_issues (snapshot_id, kind, list);
                """)
    ]
}
