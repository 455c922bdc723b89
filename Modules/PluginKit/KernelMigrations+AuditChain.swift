import Postgres

extension KernelMigrations {
    /// The audit log made tamper-evident: each event holds the SHA-256 of the event before it
    /// and of its own columns, set by a trigger that also sets `occurred_at` (whatever the caller
    /// gave) and queues concurrent writers on a one-row chain head, so the chain cannot fork.
    /// Existing events are chained in id order. The application role may insert only the named
    /// columns. `AuditChain` recomputes the hashes in Swift: the row text is defined in both.
    static let auditChain = Migration(
        owner: owner, id: "0010_audit_chain",
        sql: """
            -- Chains every audit event to the one before it (PostgreSQL 11+'s sha256(bytea); no extension).
            ALTER TABLE audit_events ADD COLUMN previous_hash text, ADD COLUMN hash text;

            -- The chain's last link: one row, locked by each insert until its transaction ends, so
            -- concurrent writers queue and the chain cannot fork. `last_id` 0 and 64 zeros start it.
            CREATE TABLE audit_chain_head (
                only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                last_id   bigint NOT NULL,
                last_hash text NOT NULL
            );
            REVOKE ALL ON audit_chain_head FROM PUBLIC;

            -- The hash of an event: SHA-256 of its previous hash and its columns, one per line; text
            -- columns as `<bytes>:<text>` or `-` for NULL, the time in UTC to the microsecond.
            -- `ilacs-admin audit verify` recomputes it in Swift: change both together.
            CREATE FUNCTION audit_events_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
                SELECT encode(sha256(convert_to(concat_ws(E'\\n',
                    e.previous_hash,
                    e.id::text,
                    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    coalesce(octet_length(e.actor)::text || ':' || e.actor, '-'),
                    coalesce(octet_length(e.action)::text || ':' || e.action, '-'),
                    coalesce(octet_length(e.record_type)::text || ':' || e.record_type, '-'),
                    coalesce(octet_length(e.record_id)::text || ':' || e.record_id, '-'),
                    coalesce(octet_length(e.reason)::text || ':' || e.reason, '-'),
                    coalesce(octet_length(e.details::text)::text || ':' || e.details::text, '-')), 'UTF8')), 'hex')
            $$;

            -- Existing events, chained in id order. The append-only trigger is off for this one update.
            ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
            DO $$
            DECLARE
                e audit_events;
                previous text := repeat('0', 64);
                last bigint := 0;
            BEGIN
                FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
                    e.previous_hash := previous;
                    previous := audit_events_hash(e);
                    last := e.id;
                    UPDATE audit_events SET previous_hash = e.previous_hash, hash = previous WHERE id = e.id;
                END LOOP;
                INSERT INTO audit_chain_head (last_id, last_hash) VALUES (last, previous);
            END
            $$;
            ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
            ALTER TABLE audit_events ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;

            -- Every insert: the database sets the time and the links, whatever the caller gave. Under the
            -- head's row lock an id below the last link's (taken before a concurrent insert chained first)
            -- is replaced by a fresh one, so id order is chain order.
            CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE
                head audit_chain_head;
            BEGIN
                SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
                IF NEW.id <= head.last_id THEN
                    NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
                END IF;
                NEW.occurred_at := clock_timestamp();
                NEW.previous_hash := head.last_hash;
                NEW.hash := audit_events_hash(NEW);
                UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
                RETURN NEW;
            END
            $$;
            REVOKE ALL ON FUNCTION audit_events_chain() FROM PUBLIC;
            CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

            -- Only the named columns are the app's to give. The head is the trigger's to change (the
            -- default privileges of 0002 would let the app change it); the app may read it, to verify.
            DO $$
            BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ilacs_app') THEN
                    REVOKE INSERT ON audit_events FROM ilacs_app;
                    GRANT INSERT (actor, action, record_type, record_id, reason, details) ON audit_events TO ilacs_app;
                    REVOKE ALL ON audit_chain_head FROM ilacs_app;
                    GRANT SELECT ON audit_chain_head TO ilacs_app;
                END IF;
            END
            $$;
            """)
}
