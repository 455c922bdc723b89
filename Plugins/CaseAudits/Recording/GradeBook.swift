import Domain
import PluginKit
import Postgres

/// Writes audits and grades, inside the caller's transaction: a finished audit, an agreed
/// grade (added to the history, never replacing a row), and the escalation of cases whose
/// grade is the tool's worst. Every write is audit-logged, naming the child by its keyed HMAC.
struct GradeBook {
    let context: RoundContext
    let actor: String
    let childKey: AuditChildKey
    let connection: PostgresConnection

    /// Records `audit` as final (finishing a draft of it, if one was saved).
    func submit(_ audit: CompletedAudit) async throws {
        let submission = try await connection.query(
            """
            INSERT INTO case_audit_submissions (round_id, child_id, role, reviewer_id, state, overall_grade, submitted_at)
            VALUES ($1, $2, $3, $4, 'final', $5, now())
            ON CONFLICT (round_id, child_id, role) DO UPDATE
                SET state = 'final', overall_grade = excluded.overall_grade, submitted_at = now(), updated_at = now()
                WHERE case_audit_submissions.state = 'draft'
            RETURNING id
            """, [context.roundID, audit.childID, audit.role, audit.reviewerID, audit.overall!]
        ).single
        guard let id = try submission?.decode(Int.self, "id") else {
            throw CaseAuditError("the \(audit.role)'s audit of a child of round \(context.roundID) is already final; nothing was recorded")
        }
        try await Self.replaceAnswers(of: id, with: audit.answers, on: connection)
        try await addGrade(childID: audit.childID, kind: audit.role, grade: audit.overall!, by: audit.reviewerID, note: nil)
    }

    /// Replaces the answers of submission `id` (a draft's, or one being finished) with `answers`.
    static func replaceAnswers(of id: Int, with answers: [CompletedAudit.Answer], on connection: PostgresConnection) async throws {
        try await connection.execute("DELETE FROM case_audit_answers WHERE submission_id = $1", [id])
        try await connection.execute(
            """
            INSERT INTO case_audit_answers (submission_id, question_id, section, grade, comment)
            SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])
            """, [id, answers.map(\.questionID), answers.map(\.section), answers.map(\.grade), answers.map(\.comment)])
    }

    /// Adds `agreed` to the case's grades: it becomes the case's grade; earlier grades stay.
    func agree(_ agreed: AgreedGrade) async throws {
        try await addGrade(childID: agreed.childID, kind: "agreed", grade: agreed.grade, by: agreed.givenBy, note: agreed.note)
    }

    private func addGrade(childID: String, kind: String, grade: Int, by person: String, note: String?) async throws {
        try await connection.execute(
            "INSERT INTO case_audit_grades (round_id, child_id, kind, grade, given_by, note) VALUES ($1, $2, $3, $4, $5, $6)",
            [context.roundID, childID, kind, grade, person, note])
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: kind == "agreed" ? "audits.agree" : "audits.submit", recordType: "case_audit_round",
                recordID: String(context.roundID), reason: note,
                details: [
                    AuditLog.childReferenceDetail: AuditLog.childReference(childID, key: childKey), "kind": kind, "by": person,
                    "grade": context.tool.grades[grade]
                ]), on: connection)
    }

    /// Opens an action, due in `days` working days from `today`, for each of `childIDs` whose
    /// grade is now the tool's worst and that has none yet; the action goes to a manager of the
    /// child's team when the round lists one.
    /// - Returns: how many actions were opened.
    func escalate(_ childIDs: [String], today: CalendarDate, days: Int) async throws -> Int {
        var due = today
        for _ in 0..<days { due = due.nextWorkingDay }
        let opened = try await connection.query(
            """
            INSERT INTO case_audit_actions (round_id, child_id, team, manager_id, due_on)
            SELECT g.round_id, g.child_id, g.team,
                   (SELECT min(a.auditor_id) FROM case_audit_auditors a WHERE a.round_id = g.round_id AND a.team = g.team AND a.role = 'manager'),
                   $3::date
            FROM case_audit_case_grades g
            WHERE g.round_id = $1 AND g.child_id = ANY($2::text[]) AND coalesce(g.agreed_grade, g.auditor_grade) = $4
            ON CONFLICT (round_id, child_id) DO NOTHING
            RETURNING id, child_id
            """, [context.roundID, childIDs, due, context.tool.worstGrade])
        for row in opened {
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "audits.escalate", recordType: "case_audit_action", recordID: String(try row.decode(Int.self, "id")),
                    details: [
                        AuditLog.childReferenceDetail: AuditLog.childReference(try row.decode(String.self, "child_id"), key: childKey),
                        "due": due.iso
                    ]), on: connection)
        }
        return opened.count
    }
}
