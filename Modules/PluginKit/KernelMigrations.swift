import AnnexAStore
import Postgres
import PracticeStandards
import WorkforceRegister

/// The kernel's own schema: the append-only audit log, the application role, the
/// inspections every plugin attaches its work to (samples, invitations, reports), the kernel
/// modules' tables (the Annex A store, the workforce register), and the people given access to the web pages.
enum KernelMigrations {
    static let owner = "kernel"

    static let all: [Migration] =
        own + AnnexAStoreMigrations.all + [
            people, auditChain, leastPrivilege, AnnexAStoreMigrations.partitionFunctions, RefusalCounts.migration
        ] + PracticeStandardsStore.migrations + [
            rehearsals, WorkforceRegisterMigrations.register, peopleAuditRoles, AnnexAStoreMigrations.identifierIndex,
            AnnexAStoreMigrations.partitionLoading
        ]

    private static let own: [Migration] = [
        Migration(
            owner: owner, id: "0001_application_role",
            sql: """
                -- The role the apps' login roles are granted. Creating it needs CREATEROLE; where the
                -- migrating user lacks it, an operator creates the role once by hand (see README).
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ilacs_app')
                       AND (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                        CREATE ROLE ilacs_app NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- another database of the same cluster created it at the same moment
                END
                $$;
                """),
        Migration(
            owner: owner, id: "0002_audit_log",
            sql: """
                CREATE TABLE audit_events (
                    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                    actor       text NOT NULL CHECK (actor <> ''),
                    action      text NOT NULL CHECK (action <> ''),
                    record_type text NOT NULL,
                    record_id   text,
                    reason      text,
                    details     jsonb
                );
                CREATE INDEX audit_events_record ON audit_events (record_type, record_id);

                CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_events_append_only
                    BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
                CREATE TRIGGER audit_events_no_truncate
                    BEFORE TRUNCATE ON audit_events
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

                REVOKE ALL ON audit_events FROM PUBLIC;
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ilacs_app') THEN
                        GRANT SELECT, INSERT ON audit_events TO ilacs_app;
                        -- Tables created later by the migrating role (the plugins') are the app's to change.
                        ALTER DEFAULT PRIVILEGES IN SCHEMA public
                            GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ilacs_app;
                        ALTER DEFAULT PRIVILEGES IN SCHEMA public
                            GRANT USAGE, SELECT ON SEQUENCES TO ilacs_app;
                    END IF;
                END
                $$;
                """),
        Migration(
            owner: owner, id: "0003_inspections",
            sql: """
                -- One Ofsted inspection or visit, past or coming. Plugins reference it by id; the
                -- Reporting plugin adds judgements and the notification call.
                CREATE TABLE inspections (
                    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    type        text NOT NULL CHECK (type IN ('standard', 'short', 'focused_visit', 'monitoring_visit', 'jtai')),
                    started_on  date,
                    ended_on    date CHECK (ended_on IS NULL OR ended_on >= started_on),
                    created_at  timestamptz NOT NULL DEFAULT now(),
                    created_by  text NOT NULL CHECK (created_by <> '')
                );
                """)
    ]

    /// People with access to the web pages (inspectors, auditors), their one-time sign-in links
    /// and sessions, beside the inspections they are on. The EvidenceSampling plugin kept
    /// inspectors in tables of its own before; their rows (ids, links, sessions) are copied here
    /// when those tables exist, and that plugin's next migration drops them.
    static let people = Migration(
        owner: owner, id: "0007_people",
        sql: """
            CREATE TABLE people (
                id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                name          text NOT NULL CHECK (name <> ''),
                email         text NOT NULL CHECK (email LIKE '_%@_%'),
                role          text NOT NULL CHECK (role IN ('inspector', 'auditor')),
                inspection_id bigint NOT NULL REFERENCES inspections (id),
                access_from   date NOT NULL,
                access_until  date NOT NULL CHECK (access_until >= access_from),
                revoked_at    timestamptz,
                created_at    timestamptz NOT NULL DEFAULT now(),
                created_by    text NOT NULL
            );
            -- Only hashes of sign-in and session tokens are kept.
            CREATE TABLE sign_in_links (
                token_sha256 text PRIMARY KEY,
                person_id    bigint NOT NULL REFERENCES people (id),
                expires_at   timestamptz NOT NULL,
                used_at      timestamptz
            );
            CREATE TABLE web_sessions (
                session_sha256 text PRIMARY KEY,
                person_id      bigint NOT NULL REFERENCES people (id),
                created_at     timestamptz NOT NULL DEFAULT now(),
                expires_at     timestamptz NOT NULL
            );
            DO $$
            BEGIN
                IF to_regclass('public.sampling_inspectors') IS NOT NULL THEN
                    INSERT INTO people (id, name, email, role, inspection_id, access_from, access_until, created_at, created_by)
                        SELECT id, name, email, 'inspector', inspection_id, least(created_at::date, access_until), access_until, created_at, created_by
                        FROM sampling_inspectors;
                    INSERT INTO sign_in_links (token_sha256, person_id, expires_at, used_at)
                        SELECT token_sha256, inspector_id, expires_at, used_at FROM sampling_sign_in_links;
                    INSERT INTO web_sessions (session_sha256, person_id, created_at, expires_at)
                        SELECT session_sha256, inspector_id, created_at, expires_at FROM sampling_web_sessions;
                    PERFORM setval(pg_get_serial_sequence('people', 'id'), coalesce((SELECT max(id) FROM people), 0) + 1, false);
                END IF;
            END
            $$;
            """)

    /// Case moderators sign in to the audit pages beside auditors and inspectors.
    static let peopleAuditRoles = Migration(
        owner: owner, id: "0040_people_audit_roles",
        sql: """
            ALTER TABLE people DROP CONSTRAINT people_role_check;
            ALTER TABLE people ADD CONSTRAINT people_role_check CHECK (role IN ('inspector', 'auditor', 'moderator'));
            """)
}
