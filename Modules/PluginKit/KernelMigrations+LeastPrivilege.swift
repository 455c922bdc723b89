import Postgres

extension KernelMigrations {
    /// The database roles of least privilege, and what each may do with the kernel's tables.
    ///
    /// - `ilacs_owner` (no login) owns every table: the migrator (`ilacs_migrator`, a member that
    ///   acts as it) runs `ilacs-admin migrate`; nobody else logs in as it.
    /// - `ilacs_app` (no login) is what every app may do: append audit events (named columns)
    ///   and read which migrations are applied, to check the schema is current.
    /// - `ilacs_admin` (the coordinators' CLI), `ilacs_sampler` and `ilacs_mailer` are the apps'
    ///   login roles, members of `ilacs_app`. The admin role gets SELECT, INSERT, UPDATE and DELETE
    ///   on every table a migration creates (default privileges); the sampler and mailer get only
    ///   what a migration grants them table by table (see Plugins/README.md).
    ///
    /// A deployment creates the roles with logins and passwords first (`docker/db-init/ilacs-roles.sh`,
    /// which `make db` runs too); a migrating superuser creates any that are missing, without login.
    /// The broad default privileges `0002` gave `ilacs_app` are revoked.
    static let leastPrivilege = Migration(
        owner: owner, id: "0011_least_privilege",
        sql: """
            DO $$
            DECLARE
                r text;
                may_create boolean := (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user);
            BEGIN
                FOREACH r IN ARRAY ARRAY['ilacs_owner', 'ilacs_app', 'ilacs_admin', 'ilacs_sampler', 'ilacs_mailer'] LOOP
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
                        IF NOT may_create THEN
                            RAISE EXCEPTION 'database role % does not exist; run docker/db-init/ilacs-roles.sh as a superuser first', r;
                        END IF;
                        BEGIN
                            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL; -- another database of the same cluster created it at the same moment
                        END;
                    END IF;
                END LOOP;
                IF may_create THEN
                    BEGIN
                        GRANT ilacs_app TO ilacs_admin, ilacs_sampler, ilacs_mailer;
                    EXCEPTION WHEN unique_violation THEN
                        NULL; -- granted by a concurrent migration of another database
                    END;
                END IF;
            END
            $$;

            -- Nothing by default for every app: 0002's defaults gave ilacs_app every later table.
            ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ilacs_app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ilacs_app;
            REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ilacs_app;
            REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ilacs_app;
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;

            -- Every app: append audit events (the chain's trigger sets the rest), check the schema.
            GRANT INSERT (actor, action, record_type, record_id, reason, details) ON audit_events TO ilacs_app;
            GRANT SELECT ON ilacs_migrations TO ilacs_app;

            -- The coordinators' CLI: every table's rows, now and later, except the audit trail's.
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ilacs_admin;
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ilacs_admin;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ilacs_admin;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ilacs_admin;
            REVOKE INSERT, UPDATE, DELETE ON audit_events, audit_chain_head, ilacs_migrations FROM ilacs_admin;

            -- The inspectors' pages and CLI: read the snapshots, lists and inspections; sign in.
            GRANT SELECT ON annex_a_snapshots, local_list_imports, local_list_members, inspections, people TO ilacs_sampler;
            GRANT SELECT ON annex_a_list_1, annex_a_list_2, annex_a_list_3, annex_a_list_4, annex_a_list_5, annex_a_list_6,
                annex_a_list_7, annex_a_list_8, annex_a_list_9, annex_a_list_10, annex_a_list_11 TO ilacs_sampler;
            GRANT SELECT, UPDATE (used_at) ON sign_in_links TO ilacs_sampler;
            GRANT SELECT, INSERT, DELETE ON web_sessions TO ilacs_sampler;
            """)
}
