import Domain
import Postgres

/// The schema of the Annex A store: the snapshots and the eleven list tables, typed from
/// Domain's column definitions, and the local lists of children kept beside them
/// (``LocalListStore``). The kernel applies these before any plugin's migrations, so
/// every plugin may reference `annex_a_snapshots` in a foreign key.
///
/// The AnnexA plugin created the same tables before the store moved into the kernel (its
/// migrations `AnnexA/0001_snapshots` and `AnnexA/0002_lists`), so every statement of 0004 and
/// 0005 is `IF NOT EXISTS`: on a database migrated before the move they change nothing. The
/// local-list tables of 0006 have new names; the EvidenceSampling and Reporting plugins' own
/// later migrations copy their old lists into them and drop the old tables. The list tables
/// are generated from `AnnexAList.columns`: changing a column in Domain changes the SQL, and the
/// migrator then refuses to run until the change is made a new migration.
public enum AnnexAStoreMigrations {
    /// Applied by the host after the kernel's first migrations, before any plugin's.
    public static let all: [Migration] = [
        Migration(
            owner: "kernel", id: "0004_annex_a_snapshots",
            sql: """
                CREATE TABLE IF NOT EXISTS annex_a_snapshots (
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
                CREATE UNIQUE INDEX IF NOT EXISTS annex_a_snapshots_content ON annex_a_snapshots (content_sha256);
                """),
        Migration(owner: "kernel", id: "0005_annex_a_lists", sql: AnnexAList.allCases.map(AnnexATables.createTable).joined(separator: "\n")),
        Migration(owner: "kernel", id: "0006_local_lists", sql: LocalListStore.createTables),
        Migration(owner: "kernel", id: "0030_annex_a_raw_values", sql: AnnexAList.allCases.map(AnnexATables.keepValueProblems).joined(separator: "\n"))
    ]
}
