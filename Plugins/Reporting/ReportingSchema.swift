import Postgres

/// The Reporting plugin's tables. Inspections themselves live in the kernel's `inspections`
/// table; these add what Reporting records about them, and the data reports are computed with.
///
/// Reporting reads the AnnexA plugin's snapshot tables, so it needs AnnexA enabled and migrated
/// first (the catalogue lists AnnexA before it). The local list of children not attending
/// school moved to the kernel (`LocalListStore`): `0001` stays as it was applied, and `0002`
/// moves its rows and drops its two tables.
enum ReportingSchema {
    static let owner = "Reporting"

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_inspection_records",
            sql: """
                -- The grade per judged area of a graded inspection. Areas are configurable text ids.
                CREATE TABLE reporting_judgements (
                    inspection_id bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
                    area          text NOT NULL CHECK (area ~ '^[a-z][a-z0-9_]*$'),
                    grade         text NOT NULL CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
                    PRIMARY KEY (inspection_id, area)
                );

                -- The annual self-evaluation shared with Ofsted and the annual engagement meeting.
                CREATE TABLE reporting_meetings (
                    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    kind       text NOT NULL CHECK (kind IN ('self_evaluation', 'engagement_meeting')),
                    held_on    date NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    created_by text NOT NULL CHECK (created_by <> ''),
                    UNIQUE (kind, held_on)
                );

                -- Ofsted's key lines of enquiry, per inspection year. `theme` links a line to the
                -- readiness indicators that speak to it.
                CREATE TABLE reporting_lines_of_enquiry (
                    year     integer NOT NULL CHECK (year BETWEEN 2018 AND 2100),
                    position integer NOT NULL CHECK (position > 0),
                    theme    text NOT NULL CHECK (theme ~ '^[a-z][a-z0-9_]*$'),
                    title    text NOT NULL CHECK (title <> ''),
                    PRIMARY KEY (year, position)
                );
                INSERT INTO reporting_lines_of_enquiry (year, position, theme, title) VALUES
                    (2024, 1, 'placement_sufficiency', 'Placement sufficiency'),
                    (2024, 2, 'workforce', 'Workforce capacity and planning'),
                    (2024, 3, 'regulation', 'Impact of and response to regulation'),
                    (2024, 4, 'not_in_school', 'Safeguarding children not attending school'),
                    (2024, 5, 'stable_homes', 'Planning around the "Stable homes, built on love" reforms');

                -- The notification call that announced an inspection (a row of `inspections`).
                CREATE TABLE reporting_notifications (
                    inspection_id bigint PRIMARY KEY REFERENCES inspections (id) ON DELETE CASCADE,
                    call_at       timestamp NOT NULL,
                    created_at    timestamptz NOT NULL DEFAULT now(),
                    created_by    text NOT NULL CHECK (created_by <> '')
                );

                -- Audit and performance information shared with inspectors after the call: the file's
                -- name, size and digest, never its contents.
                CREATE TABLE reporting_attachments (
                    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    inspection_id bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
                    kind          text NOT NULL CHECK (kind IN ('audits', 'performance')),
                    file_name     text NOT NULL,
                    bytes         bigint NOT NULL,
                    sha256        text NOT NULL,
                    attached_at   timestamptz NOT NULL DEFAULT now(),
                    attached_by   text NOT NULL CHECK (attached_by <> '')
                );

                -- The authority's local list of children not attending school, attached to a snapshot.
                CREATE TABLE reporting_local_lists (
                    snapshot_id bigint PRIMARY KEY REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                    source_name text NOT NULL,
                    children    integer NOT NULL,
                    imported_at timestamptz NOT NULL DEFAULT now(),
                    imported_by text NOT NULL CHECK (imported_by <> '')
                );
                CREATE TABLE reporting_children_not_in_school (
                    snapshot_id bigint NOT NULL REFERENCES reporting_local_lists (snapshot_id) ON DELETE CASCADE,
                    child_id    text NOT NULL,
                    PRIMARY KEY (snapshot_id, child_id)
                );

                -- Working days (Monday to Friday) after `start` up to and including `finish`; 0 when
                -- `finish` is not later; NULL when either is NULL. Counted by whole weeks from a
                -- reference Sunday, 1600-01-02, as Domain's CalendarDate.workingDays(to:) does. Bank
                -- holidays are not excluded. Not STRICT, so the planner inlines it (a call per row
                -- cost seconds on England-size lists).
                CREATE FUNCTION reporting_working_days(start date, finish date) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN finish <= start THEN 0 ELSE
                        ((finish - date '1600-01-02') / 7 * 5 + least((finish - date '1600-01-02') % 7, 5))
                      - ((start - date '1600-01-02') / 7 * 5 + least((start - date '1600-01-02') % 7, 5)) END
                $$;
                """),
        Migration(
            owner: owner, id: "0002_local_lists_to_kernel",
            sql: """
                -- The per-snapshot lists of children not attending school moved to the kernel's
                -- local_list_imports and local_list_members (kernel/0006): each becomes an import of
                -- the list children-not-in-school drawn against its snapshot, keeping when and by whom
                -- it was imported; then the old tables go.
                WITH moved AS (
                    INSERT INTO local_list_imports (name, snapshot_id, source_name, children, imported_at, imported_by)
                    SELECT 'children-not-in-school', snapshot_id, source_name, children, imported_at, imported_by
                    FROM reporting_local_lists ORDER BY imported_at, snapshot_id
                    RETURNING id, snapshot_id
                )
                INSERT INTO local_list_members (import_id, child_id)
                SELECT moved.id, c.child_id FROM moved JOIN reporting_children_not_in_school c ON c.snapshot_id = moved.snapshot_id;
                DROP TABLE reporting_children_not_in_school;
                DROP TABLE reporting_local_lists;
                """),
        Migration(
            owner: owner, id: "0003_national_record",
            sql: """
                -- The national record of ILACS reports as last imported: every row kept as given, with
                -- the values read from it beside the text (NULL where the text is a placeholder, blank
                -- or not a value: never guessed). One import at a time; a new one replaces the rows.
                CREATE TABLE reporting_national_imports (
                    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    source_name    text NOT NULL,
                    content_sha256 text NOT NULL,
                    row_count      integer NOT NULL,
                    imported_at    timestamptz NOT NULL DEFAULT now(),
                    imported_by    text NOT NULL CHECK (imported_by <> '')
                );
                CREATE TABLE reporting_national_inspections (
                    row_number       integer PRIMARY KEY,
                    urn              text NOT NULL,
                    local_authority  text NOT NULL,
                    inspection_link  text NOT NULL,
                    pdf_filename     text NOT NULL,
                    publication_text text NOT NULL,
                    published_on     date,
                    framework_text   text NOT NULL,
                    type             text CHECK (type IN ('standard', 'short')),
                    inspector_name   text NOT NULL,
                    started_on       date,
                    ended_on         date,
                    parser_version   text NOT NULL,
                    -- The authority's own inspection this row became, when it is the authority's.
                    inspection_id    bigint REFERENCES inspections (id) ON DELETE SET NULL
                );
                CREATE TABLE reporting_national_grades (
                    row_number integer NOT NULL REFERENCES reporting_national_inspections (row_number) ON DELETE CASCADE,
                    area       text NOT NULL CHECK (area ~ '^[a-z][a-z0-9_]*$'),
                    given      text NOT NULL,
                    grade      text CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
                    PRIMARY KEY (row_number, area)
                );
                """)
    ]
}
