import Postgres

/// The InspectionWeek plugin's tables: the conversations of an inspection's week and their
/// bookings. Conversations carry case keys only, never a child's or carer's details.
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
                """)
    ]
}
