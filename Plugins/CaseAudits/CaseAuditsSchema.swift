import Postgres

/// The CaseAudits plugin's tables. Grades are stored as positions on the round's tool's scale
/// (0 the best); a grade once given is never changed: moderation adds rows to the history.
enum CaseAuditsSchema {
    static let owner = "CaseAudits"

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_case_audits",
            sql: """
                -- Tools as frozen: the exact YAML text under its SHA-256. A changed file is a new row.
                CREATE TABLE case_audit_tools (
                    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    sha256     text NOT NULL UNIQUE,
                    name       text NOT NULL,
                    source     text NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    created_by text NOT NULL
                );
                CREATE FUNCTION case_audit_tools_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'case_audit_tools are frozen: a changed tool is a new tool' USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER case_audit_tools_frozen BEFORE UPDATE ON case_audit_tools
                    FOR EACH ROW EXECUTE FUNCTION case_audit_tools_frozen();

                CREATE TABLE case_audit_rounds (
                    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name             text NOT NULL UNIQUE CHECK (name <> ''),
                    tool_id          bigint NOT NULL REFERENCES case_audit_tools (id),
                    snapshot_id      bigint NOT NULL,
                    source           text NOT NULL,
                    moderation_share double precision NOT NULL CHECK (moderation_share >= 0 AND moderation_share <= 1),
                    moderation_seed  text NOT NULL,
                    created_at       timestamptz NOT NULL DEFAULT now(),
                    created_by       text NOT NULL
                );
                -- The auditors as they were when the round was made (from a CSV or, later, the
                -- workforce register).
                CREATE TABLE case_audit_auditors (
                    round_id   bigint NOT NULL REFERENCES case_audit_rounds (id),
                    auditor_id text NOT NULL CHECK (auditor_id <> ''),
                    name       text NOT NULL,
                    email      text NOT NULL,
                    team       text NOT NULL,
                    role       text NOT NULL CHECK (role IN ('auditor', 'moderator', 'both', 'manager')),
                    PRIMARY KEY (round_id, auditor_id)
                );
                CREATE TABLE case_audit_cases (
                    round_id     bigint NOT NULL REFERENCES case_audit_rounds (id),
                    child_id     text NOT NULL,
                    team         text NOT NULL,
                    service_area text NOT NULL,
                    stratum      text NOT NULL,
                    auditor_id   text NOT NULL,
                    moderator_id text,
                    PRIMARY KEY (round_id, child_id),
                    FOREIGN KEY (round_id, auditor_id) REFERENCES case_audit_auditors (round_id, auditor_id),
                    FOREIGN KEY (round_id, moderator_id) REFERENCES case_audit_auditors (round_id, auditor_id)
                );
                -- One audit of a case by its auditor or its moderator: a draft until submitted, then final.
                CREATE TABLE case_audit_submissions (
                    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    round_id      bigint NOT NULL,
                    child_id      text NOT NULL,
                    role          text NOT NULL CHECK (role IN ('auditor', 'moderator')),
                    reviewer_id   text NOT NULL,
                    state         text NOT NULL CHECK (state IN ('draft', 'final')),
                    overall_grade integer,
                    updated_at    timestamptz NOT NULL DEFAULT now(),
                    submitted_at  timestamptz,
                    UNIQUE (round_id, child_id, role),
                    FOREIGN KEY (round_id, child_id) REFERENCES case_audit_cases (round_id, child_id),
                    CHECK (state = 'draft' OR (overall_grade IS NOT NULL AND submitted_at IS NOT NULL))
                );
                CREATE TABLE case_audit_answers (
                    submission_id bigint NOT NULL REFERENCES case_audit_submissions (id),
                    question_id   text NOT NULL,
                    section       text NOT NULL,
                    grade         integer NOT NULL CHECK (grade >= 0),
                    comment       text,
                    PRIMARY KEY (submission_id, question_id)
                );
                -- Every grade a case was given, by whom and when: the auditor's, the moderator's and
                -- each agreed grade. The case's grade is the latest agreed one, else the auditor's.
                CREATE TABLE case_audit_grades (
                    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    round_id bigint NOT NULL,
                    child_id text NOT NULL,
                    kind     text NOT NULL CHECK (kind IN ('auditor', 'moderator', 'agreed')),
                    grade    integer NOT NULL CHECK (grade >= 0),
                    given_by text NOT NULL,
                    given_at timestamptz NOT NULL DEFAULT now(),
                    note     text,
                    FOREIGN KEY (round_id, child_id) REFERENCES case_audit_cases (round_id, child_id)
                );
                CREATE INDEX case_audit_grades_case ON case_audit_grades (round_id, child_id, id);
                -- Each case's latest grade of each kind, in one grouped pass over the grades; its grade
                -- is coalesce(agreed, auditor).
                CREATE VIEW case_audit_case_grades AS
                SELECT c.round_id, c.child_id, c.team, c.service_area, c.stratum, c.moderator_id IS NOT NULL AS moderated,
                       g.auditor_grade, g.moderator_grade, g.agreed_grade
                FROM case_audit_cases c LEFT JOIN (
                    SELECT round_id, child_id,
                           (array_agg(grade ORDER BY id DESC) FILTER (WHERE kind = 'auditor'))[1] AS auditor_grade,
                           (array_agg(grade ORDER BY id DESC) FILTER (WHERE kind = 'moderator'))[1] AS moderator_grade,
                           (array_agg(grade ORDER BY id DESC) FILTER (WHERE kind = 'agreed'))[1] AS agreed_grade
                    FROM case_audit_grades GROUP BY round_id, child_id
                ) g USING (round_id, child_id);
                -- A case graded at the worst grade: an action for its team's manager, due by a date.
                CREATE TABLE case_audit_actions (
                    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    round_id   bigint NOT NULL,
                    child_id   text NOT NULL,
                    team       text NOT NULL,
                    manager_id text,
                    due_on     date NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    closed_at  timestamptz,
                    closed_by  text,
                    note       text,
                    UNIQUE (round_id, child_id),
                    FOREIGN KEY (round_id, child_id) REFERENCES case_audit_cases (round_id, child_id)
                );
                -- Each information pack written for the inspectors (the checklist's "audits shared").
                CREATE TABLE case_audit_packs (
                    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    round_id      bigint NOT NULL REFERENCES case_audit_rounds (id),
                    inspection_id bigint REFERENCES inspections (id),
                    format        text NOT NULL CHECK (format IN ('xlsx', 'html')),
                    sha256        text NOT NULL,
                    written_at    timestamptz NOT NULL DEFAULT now(),
                    written_by    text NOT NULL
                );
                """),
        Migration(
            owner: owner, id: "0002_case_audit_web_form",
            sql: """
                -- Who signs in to the audit pages as which reviewer of a round: one person (kernel
                -- people, with its sign-in links and sessions) per reviewer and round.
                CREATE TABLE case_audit_people (
                    person_id  bigint PRIMARY KEY REFERENCES people (id),
                    round_id   bigint NOT NULL,
                    auditor_id text NOT NULL,
                    UNIQUE (round_id, auditor_id),
                    FOREIGN KEY (round_id, auditor_id) REFERENCES case_audit_auditors (round_id, auditor_id)
                );
                -- ilacs-sampler serves the audit form: it reads the round, saves drafts, finishes
                -- audits, records agreed grades and opens escalation actions; nothing more.
                GRANT SELECT ON case_audit_people, case_audit_tools, case_audit_rounds, case_audit_auditors, case_audit_cases,
                    case_audit_grades, case_audit_case_grades, case_audit_actions TO ilacs_sampler;
                GRANT SELECT, INSERT, UPDATE ON case_audit_submissions TO ilacs_sampler;
                GRANT SELECT, INSERT, DELETE ON case_audit_answers TO ilacs_sampler;
                GRANT INSERT ON case_audit_grades, case_audit_actions TO ilacs_sampler;
                """),
        Migration(
            owner: owner, id: "0003_round_inspection",
            sql: """
                -- The inspection a round belongs to: the sample's with --sample, or --inspection. A
                -- rehearsal's rounds are left out of live lists and reports and removed when it ends.
                ALTER TABLE case_audit_rounds ADD COLUMN inspection_id bigint REFERENCES inspections (id);
                """)
    ]
}
