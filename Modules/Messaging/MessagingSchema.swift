import Postgres

/// The Messaging module's tables: the outbox every plugin queues mail into, and the suppression
/// list the claim checks. Kernel-owned: no column refers to a plugin's table; a row names its
/// owner (the plugin that queued it) and the owner's own keys as plain text.
public enum MessagingSchema {
    /// The owner recorded against these migrations.
    public static let owner = "Messaging"

    /// The schema changes, in order. `MessagingPlugin` contributes them, so every app that links
    /// it applies them before the migrations of the plugins that queue mail.
    public static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_outbox_and_suppressions",
            sql: """
                -- One row per message; (owner, dedupe_key) is unique, so queuing twice never duplicates.
                -- A row in `sending` whose lease has run out goes back to `queued`, unless its final dot
                -- may have gone out (`data_sent_at`), when it becomes `ambiguous` for a person to decide.
                -- `headers` holds extra header fields as [{"name": ..., "value": ...}]; further MIME parts will be
                -- a column of their own, added with a default (no table rewrite).
                CREATE TABLE messaging_outbox (
                    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    owner            text NOT NULL CHECK (owner <> ''),
                    kind             text NOT NULL CHECK (kind <> ''),
                    dedupe_key       text NOT NULL CHECK (dedupe_key <> ''),
                    group_id         text,
                    suppression_key  text,
                    state            text NOT NULL DEFAULT 'queued'
                                     CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'ambiguous', 'suppressed')),
                    recipient        text NOT NULL,
                    subject          text NOT NULL,
                    text_body        text NOT NULL,
                    html_body        text NOT NULL,
                    headers          jsonb NOT NULL DEFAULT '[]',
                    attempts         integer NOT NULL DEFAULT 0,
                    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
                    lease_expires_at timestamptz,
                    leased_by        text,
                    data_sent_at     timestamptz,
                    last_reply       text,
                    queued_at        timestamptz NOT NULL DEFAULT now(),
                    sent_at          timestamptz,
                    resolved_by      text,
                    resolution       text,
                    UNIQUE (owner, dedupe_key)
                );
                CREATE INDEX messaging_outbox_due ON messaging_outbox (next_attempt_at, id) WHERE state = 'queued';
                CREATE INDEX messaging_outbox_leased ON messaging_outbox (lease_expires_at) WHERE state = 'sending';
                CREATE INDEX messaging_outbox_group ON messaging_outbox (owner, group_id);
                CREATE INDEX messaging_outbox_suppression ON messaging_outbox (owner, suppression_key) WHERE state = 'queued';
                -- Who gets no more mail from an owner: keyed by the owner's subject (a household, say),
                -- so a suppression follows the subject even when its address changes.
                CREATE TABLE messaging_suppressions (
                    owner       text NOT NULL CHECK (owner <> ''),
                    subject_key text NOT NULL CHECK (subject_key <> ''),
                    reason      text NOT NULL CHECK (reason IN ('unsubscribed', 'hard_bounce', 'manual')),
                    note        text,
                    created_at  timestamptz NOT NULL DEFAULT now(),
                    created_by  text NOT NULL,
                    PRIMARY KEY (owner, subject_key),
                    CHECK (reason <> 'manual' OR coalesce(note, '') <> '')
                );
                """),
        // What `ilacs-mailer` may do as the mailer's role: claim and settle messages (never queue
        // or delete one), and add to the suppression list (an unsubscribe, a hard bounce).
        Migration(
            owner: owner, id: "0002_mailer_grants",
            sql: """
                GRANT SELECT, UPDATE ON messaging_outbox TO ilacs_mailer;
                GRANT SELECT, INSERT, UPDATE ON messaging_suppressions TO ilacs_mailer;
                """),
        Migration(
            owner: owner, id: "0003_rehearsal_messages",
            sql: """
                -- A message queued for a rehearsal (an inspection flagged as one): its subject starts with
                -- REHEARSAL and the mailer writes it into the rehearsal maildir, never to a person. Ending the
                -- rehearsal deletes its inspection, and its messages with it.
                ALTER TABLE messaging_outbox ADD COLUMN rehearsal_inspection_id bigint REFERENCES inspections (id) ON DELETE CASCADE;
                CREATE INDEX messaging_outbox_rehearsal ON messaging_outbox (rehearsal_inspection_id) WHERE rehearsal_inspection_id IS NOT NULL;
                """),
        Migration(
            owner: owner, id: "0004_calendar_parts",
            sql: """
                -- A message may carry a meeting invitation (iMIP, RFC 6047): its iTIP method and the iCalendar
                -- object, sent as a text/calendar alternative and an invite.ics attachment. Nullable, no default:
                -- no table rewrite. The mailer reads it under its table-wide SELECT (0002); nothing more to grant.
                ALTER TABLE messaging_outbox
                    ADD COLUMN calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
                    ADD COLUMN calendar_body text,
                    ADD CONSTRAINT messaging_outbox_calendar_whole CHECK ((calendar_method IS NULL) = (calendar_body IS NULL));
                """)
    ]
}
