import AnnexAStore
import Postgres

/// The kernel's own schema: the append-only audit log, the application role, the
/// inspections every plugin attaches its work to (samples, invitations, reports), and then the
/// kernel modules' tables (the Annex A store).
enum KernelMigrations {
    static let owner = "kernel"

    static let all: [Migration] = own + AnnexAStoreMigrations.all

    private static let own: [Migration] = [
        Migration(owner: owner, id: "0001_application_role", sql: """
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
        Migration(owner: owner, id: "0002_audit_log", sql: """
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
        Migration(owner: owner, id: "0003_inspections", sql: """
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
            """),
    ]
}
