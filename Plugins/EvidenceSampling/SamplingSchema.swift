import Postgres

/// The EvidenceSampling plugin's tables: frozen manifests, samples with their picks and
/// extensions, and the inspectors' access to them. Local lists moved to the kernel
/// (`LocalListStore`); `0001_local_lists` stays as it was applied, and `0004` moves its rows.
enum SamplingSchema {
    static let owner = "EvidenceSampling"

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_local_lists",
            sql: """
                -- A local list, e.g. children not attending school: Child Unique IDs a quota can ask for.
                CREATE TABLE local_lists (
                    name        text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
                    imported_at timestamptz NOT NULL DEFAULT now(),
                    imported_by text NOT NULL,
                    source_name text NOT NULL,
                    children    integer NOT NULL
                );
                CREATE TABLE local_list_children (
                    list_name text NOT NULL REFERENCES local_lists (name) ON DELETE CASCADE,
                    child_id  text NOT NULL,
                    PRIMARY KEY (list_name, child_id)
                );
                """),
        Migration(
            owner: owner, id: "0002_manifests_and_samples",
            sql: """
                -- A manifest pins its snapshot: the snapshot cannot be deleted while a manifest uses it.
                CREATE TABLE sampling_manifests (
                    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    snapshot_id   bigint NOT NULL REFERENCES annex_a_snapshots (id),
                    inspection_id bigint REFERENCES inspections (id),
                    plan_name     text NOT NULL,
                    plan_text     text NOT NULL,
                    plan_sha256   text NOT NULL,
                    sha256        text NOT NULL,
                    cases         integer NOT NULL,
                    excluded      integer NOT NULL,
                    frozen_at     timestamptz NOT NULL DEFAULT now(),
                    frozen_by     text NOT NULL
                );
                CREATE TABLE sampling_manifest_cases (
                    manifest_id     bigint NOT NULL REFERENCES sampling_manifests (id),
                    case_key        text NOT NULL,
                    list            smallint NOT NULL,
                    row_number      integer NOT NULL,
                    child_id        text NOT NULL,
                    stratum         text NOT NULL,
                    team            text NOT NULL,
                    worker          text NOT NULL,
                    themes          text[] NOT NULL,
                    age_band        text NOT NULL,
                    gender          text NOT NULL,
                    ethnicity_group text NOT NULL,
                    disability      text NOT NULL,
                    placement_group text NOT NULL,
                    legal_group     text NOT NULL,
                    PRIMARY KEY (manifest_id, case_key)
                );
                CREATE INDEX sampling_manifest_cases_child ON sampling_manifest_cases (manifest_id, child_id);
                CREATE TABLE sampling_manifest_exclusions (
                    manifest_id bigint NOT NULL REFERENCES sampling_manifests (id),
                    case_key    text NOT NULL,
                    list        smallint NOT NULL,
                    row_number  integer NOT NULL,
                    child_id    text NOT NULL,
                    reason      text NOT NULL CHECK (reason <> ''),
                    PRIMARY KEY (manifest_id, case_key)
                );
                -- One draw per manifest, so that nobody can try seeds until one suits.
                CREATE TABLE sampling_samples (
                    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    manifest_id bigint NOT NULL UNIQUE REFERENCES sampling_manifests (id),
                    seed        text NOT NULL CHECK (seed <> ''),
                    drawn_at    timestamptz NOT NULL DEFAULT now(),
                    drawn_by    text NOT NULL
                );
                CREATE TABLE sampling_extensions (
                    sample_id   bigint NOT NULL REFERENCES sampling_samples (id),
                    number      integer NOT NULL CHECK (number > 0),
                    more        integer NOT NULL CHECK (more > 0),
                    stratum     text,
                    extended_at timestamptz NOT NULL DEFAULT now(),
                    extended_by text NOT NULL,
                    PRIMARY KEY (sample_id, number)
                );
                CREATE TABLE sampling_picks (
                    sample_id bigint NOT NULL REFERENCES sampling_samples (id),
                    position  integer NOT NULL,
                    case_key  text NOT NULL,
                    stratum   text NOT NULL,
                    rank      integer NOT NULL,
                    ticket    text NOT NULL,
                    rule      text NOT NULL,
                    extension integer NOT NULL DEFAULT 0,
                    PRIMARY KEY (sample_id, position),
                    UNIQUE (sample_id, case_key)
                );
                """),
        Migration(
            owner: owner, id: "0003_inspector_access",
            sql: """
                -- Inspectors see the samples of their own inspection until access_until. Only hashes
                -- of sign-in and session tokens are kept.
                CREATE TABLE sampling_inspectors (
                    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name          text NOT NULL CHECK (name <> ''),
                    email         text NOT NULL CHECK (email LIKE '_%@_%'),
                    inspection_id bigint NOT NULL REFERENCES inspections (id),
                    access_until  date NOT NULL,
                    created_at    timestamptz NOT NULL DEFAULT now(),
                    created_by    text NOT NULL
                );
                CREATE TABLE sampling_sign_in_links (
                    token_sha256 text PRIMARY KEY,
                    inspector_id bigint NOT NULL REFERENCES sampling_inspectors (id),
                    expires_at   timestamptz NOT NULL,
                    used_at      timestamptz
                );
                CREATE TABLE sampling_web_sessions (
                    session_sha256 text PRIMARY KEY,
                    inspector_id   bigint NOT NULL REFERENCES sampling_inspectors (id),
                    created_at     timestamptz NOT NULL DEFAULT now(),
                    expires_at     timestamptz NOT NULL
                );
                """),
        Migration(
            owner: owner, id: "0004_local_lists_to_kernel",
            sql: """
                -- Local lists moved to the kernel's local_list_imports and local_list_members
                -- (kernel/0006). Each list becomes one import tied to no snapshot, as quotas used it,
                -- keeping when and by whom it was imported; then the old tables go.
                WITH moved AS (
                    INSERT INTO local_list_imports (name, snapshot_id, source_name, children, imported_at, imported_by)
                    SELECT name, NULL, source_name, children, imported_at, imported_by FROM local_lists ORDER BY imported_at, name
                    RETURNING id, name
                )
                INSERT INTO local_list_members (import_id, child_id)
                SELECT moved.id, c.child_id FROM moved JOIN local_list_children c ON c.list_name = moved.name;
                DROP TABLE local_list_children;
                DROP TABLE local_lists;
                """),
        // Inspectors, their links and sessions are the kernel's now (`people`, kernel/0007_people,
        // which copied these tables' rows before this runs).
        Migration(
            owner: owner, id: "0005_people_in_kernel",
            sql: """
                DROP TABLE sampling_web_sessions, sampling_sign_in_links, sampling_inspectors;
                """),
        // What `ilacs-sampler` (its commands and the inspectors' pages) may do as the sampler's
        // role: add manifests, samples, extensions and picks, never change or remove them.
        Migration(
            owner: owner, id: "0006_sampler_grants",
            sql: """
                GRANT SELECT, INSERT ON sampling_manifests, sampling_manifest_cases, sampling_manifest_exclusions,
                    sampling_samples, sampling_extensions, sampling_picks TO ilacs_sampler;
                -- A draw and an extension lock their manifest's or sample's row (FOR UPDATE needs an
                -- UPDATE grant); an identity column GENERATED ALWAYS cannot be set to a value of one's own.
                GRANT UPDATE (id) ON sampling_manifests, sampling_samples TO ilacs_sampler;
                """)
    ]
}
