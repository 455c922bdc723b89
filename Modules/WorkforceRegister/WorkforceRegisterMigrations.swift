import Postgres

/// The schema of the workforce register: staff, leave, supervision and training as the latest
/// import left them, one row per import (the register's versions), and which member of staff each
/// Annex A "Allocated Worker" name was matched to, per snapshot.
///
/// The kernel applies it after its own migrations (kernel/0035). The coordinators' role gets
/// rows by default; the sampler's may read staff, leave, supervision and training (the
/// inspectors' pages show practitioners' briefings) and nothing else.
public enum WorkforceRegisterMigrations {
    /// kernel/0035_workforce_register.
    public static let register = Migration(
        owner: "kernel", id: "0035_workforce_register",
        sql: """
            -- One row per import that changed the register: its version, with each file's SHA-256.
            CREATE TABLE workforce_imports (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                imported_at    timestamptz NOT NULL DEFAULT now(),
                imported_by    text NOT NULL CHECK (imported_by <> ''),
                source_name    text NOT NULL,
                content_sha256 text NOT NULL,
                file_sha256    jsonb NOT NULL,
                row_counts     jsonb NOT NULL
            );

            CREATE TABLE workforce_staff (
                id           text PRIMARY KEY CHECK (id <> ''),
                name         text NOT NULL CHECK (name <> ''),
                email        text CHECK (email LIKE '_%@_%'),
                team         text NOT NULL CHECK (team <> ''),
                role         text NOT NULL CHECK (role IN ('social_worker', 'senior_practitioner', 'advanced_practitioner',
                    'practice_supervisor', 'team_manager', 'service_manager', 'iro', 'personal_adviser',
                    'family_support_worker', 'student_social_worker')),
                manager_id   text REFERENCES workforce_staff (id) DEFERRABLE INITIALLY DEFERRED,
                fte          numeric(4, 3) NOT NULL CHECK (fte > 0 AND fte <= 1),
                agency       boolean NOT NULL,
                start_date   date NOT NULL,
                working_days smallint[] NOT NULL CHECK (working_days <@ ARRAY[1, 2, 3, 4, 5]::smallint[] AND cardinality(working_days) > 0)
            );
            CREATE INDEX workforce_staff_team ON workforce_staff (team);

            CREATE TABLE workforce_leave (
                staff_id  text NOT NULL REFERENCES workforce_staff (id),
                from_date date NOT NULL,
                to_date   date NOT NULL CHECK (to_date >= from_date)
            );
            CREATE INDEX workforce_leave_staff ON workforce_leave (staff_id, from_date);

            CREATE TABLE workforce_supervision (
                staff_id      text NOT NULL REFERENCES workforce_staff (id),
                supervisor_id text NOT NULL REFERENCES workforce_staff (id),
                held_on       date NOT NULL,
                kind          text NOT NULL CHECK (kind IN ('individual', 'group_reflective'))
            );
            CREATE INDEX workforce_supervision_staff ON workforce_supervision (staff_id, held_on);

            CREATE TABLE workforce_training (
                staff_id text NOT NULL REFERENCES workforce_staff (id),
                course   text NOT NULL CHECK (course <> ''),
                taken_on date NOT NULL
            );
            CREATE INDEX workforce_training_staff ON workforce_training (staff_id, taken_on);

            -- Annex A's "Allocated Worker" names matched to staff, per snapshot: staff_id is NULL
            -- when no one or several (candidates) share the normalised name.
            CREATE TABLE workforce_allocated_workers (
                snapshot_id        bigint NOT NULL REFERENCES annex_a_snapshots (id) ON DELETE CASCADE,
                register_import_id bigint NOT NULL REFERENCES workforce_imports (id),
                name_key           text NOT NULL,
                staff_id           text,
                candidates         integer NOT NULL CHECK (candidates >= 0),
                rows_affected      integer NOT NULL CHECK (rows_affected > 0),
                PRIMARY KEY (snapshot_id, name_key)
            );

            GRANT SELECT ON workforce_staff, workforce_leave, workforce_supervision, workforce_training TO ilacs_sampler;
            """)
}
