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

    /// The partition DDL of an import or a snapshot's deletion, as functions that run with their
    /// owner's rights (the tables' owner), so the coordinators' role needs no DDL rights. Only
    /// a list number (1-11) and a snapshot id are taken; the names are built here, the same as
    /// ``AnnexATables/partition(_:snapshot:)`` builds them. The kernel applies it after
    /// `0011_least_privilege`, which creates the roles.
    public static let partitionFunctions = Migration(
        owner: "kernel", id: "0012_annex_a_partition_functions",
        sql: """
            CREATE FUNCTION annex_a_partition_name(list_number integer, snapshot bigint) RETURNS text
            LANGUAGE plpgsql IMMUTABLE AS $$
            BEGIN
                IF list_number NOT BETWEEN 1 AND 11 OR snapshot < 1 THEN
                    RAISE EXCEPTION 'no Annex A list % or snapshot %', list_number, snapshot USING ERRCODE = 'invalid_parameter_value';
                END IF;
                RETURN format('annex_a_list_%s_s%s', list_number, snapshot);
            END
            $$;

            -- An empty, detached partition; the CHECK lets ATTACH skip its validation scan.
            CREATE FUNCTION annex_a_partition_create(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS, CHECK (snapshot_id = %s))',
                    annex_a_partition_name(list_number, snapshot), 'annex_a_list_' || list_number, snapshot);
            END
            $$;

            CREATE FUNCTION annex_a_partition_attach(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                part text := annex_a_partition_name(list_number, snapshot);
            BEGIN
                EXECUTE format('CREATE INDEX ON %I (snapshot_id, %I)', part, CASE WHEN list_number = 11 THEN 'adopter_id' ELSE 'child_id' END);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', 'annex_a_list_' || list_number, part, snapshot);
            END
            $$;

            CREATE FUNCTION annex_a_partition_drop(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                EXECUTE format('DROP TABLE IF EXISTS %I', annex_a_partition_name(list_number, snapshot));
            END
            $$;

            REVOKE ALL ON FUNCTION annex_a_partition_create(integer, bigint), annex_a_partition_attach(integer, bigint),
                annex_a_partition_drop(integer, bigint) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION annex_a_partition_create(integer, bigint), annex_a_partition_attach(integer, bigint),
                annex_a_partition_drop(integer, bigint) TO ilacs_admin;
            """)

    /// Each list's identifier compared byte by byte (collation `C`) and indexed alone.
    ///
    /// An import builds each partition's index in one sort; under the database's collation
    /// (`C.UTF-8` here, `en_US.utf8` in the PostgreSQL image) every comparison goes through the C
    /// library's collation and PostgreSQL cannot abbreviate the keys, and the constant snapshot id
    /// led every key. Identifiers are codes, not words, so byte order is what they mean; a
    /// partition holds one snapshot, so the id adds nothing to its index. On a 1.25 million-row
    /// list this sort is about three times faster. Joins with other tables' identifiers keep
    /// working (a column's `C` wins over the database's default), and a lookup by snapshot and
    /// identifier prunes to the partition and uses its index. Rows ordered by identifier come in
    /// byte order (`B200` before `a100`), where a database in `en_US.utf8` ordered them as words;
    /// under `C.UTF-8` nothing changes. Applied after ``partitionFunctions``, whose attach
    /// function it replaces.
    public static let identifierIndex = Migration(
        owner: "kernel", id: "0045_annex_a_identifier_index",
        sql: AnnexAList.allCases.map { list in
            let table = AnnexATables.table(list)
            let identifier = AnnexATables.identifier(list)
            // The old index goes first, so that changing the column does not rebuild it; the
            // change drops the column's statistics, which the old partitions, never written
            // again, would otherwise not get back.
            return """
                DROP INDEX IF EXISTS \(table)_snapshot;
                ALTER TABLE \(table) ALTER COLUMN \(identifier) TYPE text COLLATE "C";
                CREATE INDEX \(table)_identifier ON \(table) (\(identifier));
                ANALYZE \(table) (\(identifier));
                """
        }.joined(separator: "\n") + """

            CREATE OR REPLACE FUNCTION annex_a_partition_attach(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                part text := annex_a_partition_name(list_number, snapshot);
            BEGIN
                EXECUTE format('CREATE INDEX ON %I (%I)', part, CASE WHEN list_number = 11 THEN 'adopter_id' ELSE 'child_id' END);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', 'annex_a_list_' || list_number, part, snapshot);
            END
            $$;
            """)

    /// Less work for the server per imported row. A new partition's `snapshot_id` defaults to its
    /// snapshot, so the import no longer sends the same id with every row (the CHECK still holds
    /// it to that value). Its index keeps each entry whole (`deduplicate_items = off`): the
    /// lists' identifiers are nearly all distinct (990,180 of 1,250,000 rows in the england-size
    /// List 1), so merging equal entries saved about a tenth of the index's size and cost about
    /// a tenth more time to build. A partition's index still matches its list's index, which
    /// ATTACH adopts. Applied after ``identifierIndex``; replaces the create function of
    /// ``partitionFunctions`` and the attach function of ``identifierIndex``, keeping their
    /// owner and grants.
    public static let partitionLoading = Migration(
        owner: "kernel", id: "0046_annex_a_partition_loading",
        sql: """
            CREATE OR REPLACE FUNCTION annex_a_partition_create(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                part text := annex_a_partition_name(list_number, snapshot);
            BEGIN
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS, CHECK (snapshot_id = %s))',
                    part, 'annex_a_list_' || list_number, snapshot);
                EXECUTE format('ALTER TABLE %I ALTER COLUMN snapshot_id SET DEFAULT %s', part, snapshot);
            END
            $$;

            CREATE OR REPLACE FUNCTION annex_a_partition_attach(list_number integer, snapshot bigint) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                part text := annex_a_partition_name(list_number, snapshot);
            BEGIN
                EXECUTE format('CREATE INDEX ON %I (%I) WITH (deduplicate_items = off)', part,
                    CASE WHEN list_number = 11 THEN 'adopter_id' ELSE 'child_id' END);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', 'annex_a_list_' || list_number, part, snapshot);
            END
            $$;
            """)
}
