import Domain
import PluginKit
import Postgres

/// What the audit pages read and write for one signed-in reviewer: their cases, one case's
/// audit with its draft or final answers, drafts saved, and audits finished. A reviewer only
/// ever reaches the cases of their own round where they are the auditor or the moderator.
struct AuditDesk {
    /// A signed-in person as a reviewer of one round.
    struct Reviewer {
        let person: Person
        let roundID: Int
        /// Their id in the round (`A1`), as cases and grades name them.
        let reviewerID: String
    }

    /// One case on a reviewer's list.
    struct Listed {
        let childID: String
        /// `auditor` or `moderator`: what the reviewer does for this case.
        let role: String
        /// `draft`, `final` or nil when not started.
        let state: String?
    }

    /// A reviewer's audit of one case, as saved: nothing, a draft, or final.
    struct Audit {
        let childID: String
        let role: String
        let state: String?
        let overall: Int?
        /// Grade and comment by question id.
        let answers: [String: (grade: Int, comment: String?)]

        var isFinal: Bool { state == "final" }
    }

    let pool: PostgresPool

    /// The reviewer `person` signs in as, or nil when they are nobody's reviewer.
    func reviewer(_ person: Person) async throws -> Reviewer? {
        guard let row = try await pool.query("SELECT round_id, auditor_id FROM case_audit_people WHERE person_id = $1", [person.id]).single else {
            return nil
        }
        return Reviewer(person: person, roundID: try row.decode(Int.self, "round_id"), reviewerID: try row.decode(String.self, "auditor_id"))
    }

    /// The reviewer's cases: audits first, then moderation tasks, each by child.
    func cases(_ reviewer: Reviewer) async throws -> [Listed] {
        try await pool.query(
            """
            SELECT c.child_id, r.role, s.state
            FROM case_audit_cases c
            CROSS JOIN LATERAL (SELECT CASE WHEN c.auditor_id = $2 THEN 'auditor' ELSE 'moderator' END AS role) r
            LEFT JOIN case_audit_submissions s ON s.round_id = c.round_id AND s.child_id = c.child_id AND s.role = r.role
            WHERE c.round_id = $1 AND (c.auditor_id = $2 OR c.moderator_id = $2)
            ORDER BY r.role, c.child_id
            """, [reviewer.roundID, reviewer.reviewerID]
        ).map { Listed(childID: try $0.decode(String.self, "child_id"), role: try $0.decode(String.self, "role"), state: try $0.decode(String?.self, "state")) }
    }

    /// What `reviewer` does for `childID` (`auditor` or `moderator`), or nil when the child is
    /// not a case of theirs: not in the round, or another reviewer's.
    func role(_ reviewer: Reviewer, childID: String) async throws -> String? {
        try await pool.query(
            """
            SELECT CASE WHEN auditor_id = $3 THEN 'auditor' ELSE 'moderator' END AS role FROM case_audit_cases
            WHERE round_id = $1 AND child_id = $2 AND (auditor_id = $3 OR moderator_id = $3)
            """, [reviewer.roundID, childID, reviewer.reviewerID]
        ).single?.decode(String.self, "role")
    }

    /// The round's tool.
    func tool(_ reviewer: Reviewer) async throws -> AuditTool {
        try await pool.withConnection { try await AuditToolStore.tool(ofRound: reviewer.roundID, on: $0) }
    }

    /// The `role` audit of `childID` in the reviewer's round, as saved.
    func audit(_ reviewer: Reviewer, childID: String, role: String) async throws -> Audit {
        let submission = try await pool.query(
            "SELECT id, state, overall_grade FROM case_audit_submissions WHERE round_id = $1 AND child_id = $2 AND role = $3",
            [reviewer.roundID, childID, role]
        ).single
        var answers: [String: (grade: Int, comment: String?)] = [:]
        if let id = try submission?.decode(Int.self, "id") {
            for row in try await pool.query("SELECT question_id, grade, comment FROM case_audit_answers WHERE submission_id = $1", [id]) {
                answers[try row.decode(String.self, "question_id")] = (try row.decode(Int.self, "grade"), try row.decode(String?.self, "comment"))
            }
        }
        return Audit(
            childID: childID, role: role, state: try submission?.decode(String.self, "state"),
            overall: try submission?.decode(Int?.self, "overall_grade"), answers: answers)
    }

    /// The case's latest agreed grade, if one was recorded.
    func agreedGrade(_ reviewer: Reviewer, childID: String) async throws -> Int? {
        try await pool.query(
            "SELECT agreed_grade FROM case_audit_case_grades WHERE round_id = $1 AND child_id = $2", [reviewer.roundID, childID]
        ).single?.decode(Int?.self, "agreed_grade")
    }

    /// Saves `input` as the reviewer's draft of `childID` (its answers replace the draft's).
    /// - Returns: false, saving nothing, when that audit is already final.
    func saveDraft(_ reviewer: Reviewer, childID: String, role: String, input: AuditFormInput, childKey: AuditChildKey) async throws -> Bool {
        try await pool.transaction { connection in
            try await RoundContext.lock(reviewer.roundID, on: connection)
            guard
                let id = try await connection.query(
                    """
                    INSERT INTO case_audit_submissions (round_id, child_id, role, reviewer_id, state, overall_grade)
                    VALUES ($1, $2, $3, $4, 'draft', $5)
                    ON CONFLICT (round_id, child_id, role) DO UPDATE SET overall_grade = excluded.overall_grade, updated_at = now()
                        WHERE case_audit_submissions.state = 'draft'
                    RETURNING id
                    """, [reviewer.roundID, childID, role, reviewer.reviewerID, input.overall]
                ).single?.decode(Int.self, "id")
            else { return false }
            try await GradeBook.replaceAnswers(of: id, with: input.answers, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: reviewer.person.actor, action: "audits.draft", recordType: "case_audit_round", recordID: String(reviewer.roundID),
                    details: [AuditLog.childReferenceDetail: AuditLog.childReference(childID, key: childKey), "kind": role]), on: connection)
            return true
        }
    }

    /// Finishes the reviewer's audit of `childID` with `audit` (complete, checked), opening an
    /// escalation action when the case's grade is now the worst.
    /// - Returns: false, recording nothing, when that audit is already final.
    func finish(_ reviewer: Reviewer, audit: CompletedAudit, recording: AuditRecording) async throws -> Bool {
        try await pool.transaction { connection in
            let context = try await RoundContext.load(reviewer.roundID, on: connection)
            guard !context.submitted.contains(RoundContext.key(audit.childID, audit.role)) else { return false }
            let book = GradeBook(context: context, actor: reviewer.person.actor, childKey: recording.childKey, connection: connection)
            try await book.submit(audit)
            _ = try await book.escalate([audit.childID], today: .today, days: recording.escalationDays)
            return true
        }
    }
}
