import Postgres

/// The CarerEngagement plugin's tables: the households register, campaigns with their sessions
/// and audience evidence, and the replies. Its messages and suppression list live in the
/// Messaging module's tables since `0003` (owner `CarerEngagement`); `0001` and `0002` still
/// create the old tables first, as applied migrations never change.
enum CarerSchema {
    static let owner = "CarerEngagement"

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_households",
            sql: """
                -- The register of fostering households as last imported; a household missing from the
                -- latest import stays (outbox rows refer to it) but is no longer in the register.
                CREATE TABLE carer_households (
                    id               text PRIMARY KEY CHECK (id <> ''),
                    carer_names      text NOT NULL CHECK (carer_names <> ''),
                    email            text,
                    phone            text,
                    approval_status  text NOT NULL CHECK (approval_status IN ('approved', 'suspended', 'under_review', 'deregistered')),
                    type             text NOT NULL CHECK (type IN ('mainstream', 'kinship')),
                    support_group    text,
                    consent_to_email boolean NOT NULL,
                    in_register      boolean NOT NULL DEFAULT true,
                    imported_at      timestamptz NOT NULL DEFAULT now()
                );
                CREATE TABLE carer_suppressions (
                    household_id text PRIMARY KEY REFERENCES carer_households (id),
                    reason       text NOT NULL CHECK (reason IN ('unsubscribed', 'hard_bounce', 'manual')),
                    note         text,
                    created_at   timestamptz NOT NULL DEFAULT now(),
                    created_by   text NOT NULL,
                    CHECK (reason <> 'manual' OR coalesce(note, '') <> '')
                );
                """),
        Migration(
            owner: owner, id: "0002_campaigns_and_outbox",
            sql: """
                CREATE TABLE carer_campaigns (
                    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    inspection_id   bigint NOT NULL REFERENCES inspections (id),
                    template_source text NOT NULL,
                    templates       jsonb NOT NULL,
                    created_at      timestamptz NOT NULL DEFAULT now(),
                    created_by      text NOT NULL
                );
                CREATE TABLE carer_campaign_sessions (
                    campaign_id bigint NOT NULL REFERENCES carer_campaigns (id),
                    number      integer NOT NULL CHECK (number > 0),
                    starts_on   date NOT NULL,
                    starts_at   time NOT NULL,
                    venue       text,
                    online_link text,
                    capacity    integer NOT NULL CHECK (capacity > 0),
                    PRIMARY KEY (campaign_id, number),
                    CHECK ((venue IS NULL) <> (online_link IS NULL))
                );
                -- The evidence that the invitation was open: every household of the register when
                -- the campaign was sent, with the reason it was left out, if it was.
                CREATE TABLE carer_campaign_audience (
                    campaign_id  bigint NOT NULL REFERENCES carer_campaigns (id),
                    household_id text NOT NULL REFERENCES carer_households (id),
                    left_out     text CHECK (left_out IN ('not approved', 'no email', 'no consent', 'suppressed')),
                    decided_at   timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (campaign_id, household_id)
                );
                -- One row per message; queuing twice never duplicates. A row in `sending` whose lease
                -- has run out goes back to `queued`, unless its final dot may have gone out
                -- (`data_sent_at`), when it becomes `ambiguous` for a person to decide.
                CREATE TABLE carer_outbox (
                    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    campaign_id      bigint NOT NULL REFERENCES carer_campaigns (id),
                    household_id     text NOT NULL REFERENCES carer_households (id),
                    kind             text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
                    state            text NOT NULL DEFAULT 'queued'
                                     CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'ambiguous', 'suppressed')),
                    recipient        text NOT NULL,
                    subject          text NOT NULL,
                    text_body        text NOT NULL,
                    html_body        text NOT NULL,
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
                    UNIQUE (campaign_id, household_id, kind)
                );
                CREATE INDEX carer_outbox_due ON carer_outbox (next_attempt_at, id) WHERE state = 'queued';
                CREATE INDEX carer_outbox_leased ON carer_outbox (lease_expires_at) WHERE state = 'sending';
                CREATE TABLE carer_replies (
                    campaign_id    bigint NOT NULL REFERENCES carer_campaigns (id),
                    household_id   text NOT NULL REFERENCES carer_households (id),
                    session_number integer,
                    answer         text NOT NULL CHECK (answer IN ('attending', 'waiting', 'declined')),
                    replied_at     timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (campaign_id, household_id),
                    CHECK ((answer = 'declined') = (session_number IS NULL))
                );
                -- Hashes of reply tokens already used: a replayed token changes nothing.
                CREATE TABLE carer_used_tokens (
                    token_sha256 text PRIMARY KEY,
                    used_at      timestamptz NOT NULL DEFAULT now()
                );
                """),
        Migration(
            owner: owner, id: "0003_outbox_to_messaging",
            sql: """
                -- Moves every outbox row (every state, attempts, leases, timestamps, replies and
                -- resolutions) and every suppression into the Messaging module's tables, keeping the
                -- outbox ids so Message-IDs (outbox-ID.campaign-C@...) and notes that name them stay
                -- true. The owner's keys: dedupe `campaign-C/HOUSEHOLD/KIND`, group `campaign-C`,
                -- suppression the household id. Rows still queued keep no List-Unsubscribe header
                -- (the mailer used to add it when sending; it is now added when queuing): their
                -- bodies carry the signed unsubscribe link.
                INSERT INTO messaging_outbox (id, owner, kind, dedupe_key, group_id, suppression_key, state, recipient, subject,
                                              text_body, html_body, attempts, next_attempt_at, lease_expires_at, leased_by,
                                              data_sent_at, last_reply, queued_at, sent_at, resolved_by, resolution)
                OVERRIDING SYSTEM VALUE
                SELECT id, 'CarerEngagement', kind, 'campaign-' || campaign_id || '/' || household_id || '/' || kind,
                       'campaign-' || campaign_id, household_id, state, recipient, subject, text_body, html_body, attempts,
                       next_attempt_at, lease_expires_at, leased_by, data_sent_at, last_reply, queued_at, sent_at, resolved_by, resolution
                FROM carer_outbox ORDER BY id;
                SELECT setval(pg_get_serial_sequence('messaging_outbox', 'id'), coalesce((SELECT max(id) FROM messaging_outbox), 0) + 1, false);
                INSERT INTO messaging_suppressions (owner, subject_key, reason, note, created_at, created_by)
                SELECT 'CarerEngagement', household_id, reason, note, created_at, created_by FROM carer_suppressions;
                DROP TABLE carer_outbox;
                DROP TABLE carer_suppressions;
                """),
        // What the carers' reply and unsubscribe pages (served by `ilacs-mailer run`) may do as the
        // mailer's role: read campaigns, record replies and used tokens. Not the households register.
        Migration(
            owner: owner, id: "0004_mailer_grants",
            sql: """
                GRANT SELECT ON carer_campaigns, carer_campaign_sessions, carer_campaign_audience TO ilacs_mailer;
                GRANT SELECT, INSERT, UPDATE ON carer_replies TO ilacs_mailer;
                GRANT SELECT, INSERT ON carer_used_tokens TO ilacs_mailer;
                """)
    ]
}
