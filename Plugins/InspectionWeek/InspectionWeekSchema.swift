import Postgres

/// The InspectionWeek plugin's tables: the conversations of an inspection's week, their
/// bookings, the requests to hear from children and the invitations queued. Conversations
/// carry case keys only, never a child's or carer's details.
enum InspectionWeekSchema {
    static let owner = "InspectionWeek"

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_week",
            sql: """
                -- One conversation per practitioner (subject: their staff id) or per carers' group
                -- session (subject: the session's id). SEQUENCE is raised on every change, for the
                -- invitations' iCalendar SEQUENCE.
                CREATE TABLE week_conversations (
                    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    inspection_id      bigint NOT NULL REFERENCES inspections (id),
                    kind               text NOT NULL CHECK (kind IN ('practitioner', 'carers')),
                    subject            text NOT NULL CHECK (subject <> ''),
                    tracking_inspector text,
                    status             text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
                    sequence           integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
                    created_at         timestamptz NOT NULL DEFAULT now(),
                    UNIQUE (inspection_id, kind, subject)
                );
                -- The sampled children a practitioner's conversation covers, by case key.
                CREATE TABLE week_conversation_cases (
                    conversation_id bigint NOT NULL REFERENCES week_conversations (id) ON DELETE CASCADE,
                    case_key        text NOT NULL CHECK (case_key <> ''),
                    PRIMARY KEY (conversation_id, case_key)
                );
                -- Where and when a conversation takes place: a room, or online when room is null.
                CREATE TABLE week_bookings (
                    conversation_id bigint PRIMARY KEY REFERENCES week_conversations (id) ON DELETE CASCADE,
                    day             date NOT NULL,
                    starts          time NOT NULL,
                    ends            time NOT NULL CHECK (ends > starts),
                    inspector       text NOT NULL CHECK (inspector <> ''),
                    room            text CHECK (room <> '')
                );
                """),
        Migration(
            owner: owner, id: "0002_week_children_and_tracking",
            sql: """
                -- A child or young person's conversation (kind 'child', subject: the case key) is
                -- booked only after their allocated worker recorded that the child agreed. Mode says
                -- whether a conversation needs a room; manager is the team manager's staff id when the
                -- plan invites one; invited_sequence is the SEQUENCE last queued as an invitation.
                ALTER TABLE week_conversations
                    DROP CONSTRAINT week_conversations_kind_check,
                    ADD CONSTRAINT week_conversations_kind_check CHECK (kind IN ('practitioner', 'carers', 'child')),
                    ADD COLUMN mode text NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'online', 'either')),
                    ADD COLUMN manager text CHECK (manager <> ''),
                    ADD COLUMN invited_sequence integer CHECK (invited_sequence >= 0);
                -- The inspector (a person on the inspection) who tracks each sampled child, and so
                -- holds every conversation about that child.
                CREATE TABLE week_tracking (
                    inspection_id bigint NOT NULL REFERENCES inspections (id),
                    case_key      text NOT NULL CHECK (case_key <> ''),
                    inspector_id  bigint NOT NULL REFERENCES people (id),
                    PRIMARY KEY (inspection_id, case_key)
                );
                -- A request to hear from a sampled child. It goes to the allocated worker (worker: their
                -- staff id), never to the child; the worker records the child's answer, how they would
                -- like to talk and any access needs. A child who said no is never scheduled.
                CREATE TABLE week_child_requests (
                    inspection_id bigint NOT NULL REFERENCES inspections (id),
                    case_key      text NOT NULL CHECK (case_key <> ''),
                    worker        text NOT NULL CHECK (worker <> ''),
                    asked_at      timestamptz NOT NULL DEFAULT now(),
                    answer        text CHECK (answer IN ('agreed', 'declined')),
                    way           text CHECK (way IN ('in_person', 'online', 'with_trusted_adult')),
                    access_needs  text,
                    answered_at   timestamptz,
                    CHECK (CASE WHEN answer = 'agreed' THEN way IS NOT NULL ELSE way IS NULL END),
                    CHECK ((answer IS NULL) = (answered_at IS NULL)),
                    PRIMARY KEY (inspection_id, case_key)
                );
                """),
        Migration(
            owner: owner, id: "0003_week_settings",
            sql: """
                -- How `week plan` last planned an inspection's week, so a re-plan or a move uses the
                -- same days, day shape, rooms and capacity. Times are minutes after midnight; breaks
                -- are `HH:MM-HH:MM`; first_day is null when the days start on the inspection's start.
                CREATE TABLE week_settings (
                    inspection_id bigint PRIMARY KEY REFERENCES inspections (id),
                    first_day     date,
                    days          integer NOT NULL CHECK (days > 0),
                    day_start     integer NOT NULL,
                    day_end       integer NOT NULL,
                    slot_minutes  integer NOT NULL CHECK (slot_minutes > 0),
                    breaks        text[] NOT NULL,
                    rooms         text[] NOT NULL,
                    online_only   boolean NOT NULL,
                    capacity      integer NOT NULL CHECK (capacity >= 0),
                    with_managers boolean NOT NULL,
                    updated_at    timestamptz NOT NULL DEFAULT now()
                );
                -- A conversation added by hand (`week add`): rebuilding the conversations from the
                -- sample leaves it alone.
                ALTER TABLE week_conversations ADD COLUMN added boolean NOT NULL DEFAULT false;
                """),
        Migration(
            owner: owner, id: "0004_week_invitations",
            sql: """
                -- The last invitation queued for each conversation: its SEQUENCE, the time and place it
                -- gave, and the address it went to for each role (practitioner, manager, worker,
                -- inspector), so a cancellation, or a change of inspector, reaches the people who were
                -- invited even after the booking has gone.
                CREATE TABLE week_invitations (
                    conversation_id bigint PRIMARY KEY REFERENCES week_conversations (id) ON DELETE CASCADE,
                    sequence        integer NOT NULL CHECK (sequence >= 0),
                    day             date NOT NULL,
                    starts          time NOT NULL,
                    ends            time NOT NULL CHECK (ends > starts),
                    location        text NOT NULL CHECK (location <> ''),
                    recipients      jsonb NOT NULL
                );
                """),
        Migration(
            owner: owner, id: "0005_week_sampler_pages",
            sql: """
                -- The inspectors' week on the sampler's page (ilacs-sampler serve, as ilacs_sampler):
                -- their bookings, each conversation's children, and a child's way and access needs.
                -- Read only: the sampler never plans, moves or invites.
                GRANT SELECT ON week_conversations, week_conversation_cases, week_bookings, week_child_requests TO ilacs_sampler;
                """),
        Migration(
            owner: owner, id: "0006_week_fixed_times",
            sql: """
                -- A carers' group session happens when and where its campaign says: the plan gives it
                -- an inspector at that time instead of a slot. fixed_place is the venue (NULL: online).
                ALTER TABLE week_conversations
                    ADD COLUMN fixed_start timestamp,
                    ADD COLUMN fixed_place text CHECK (fixed_place <> '');
                """)
    ]
}
