import Postgres

/// One case as the information pack shows it: the case key (the Child Unique ID), where the
/// case sits, every grade it was given and the grade that stands, and the auditor's lowest
/// grade in each section.
struct PackCase: Equatable {
    let childID: String
    let team: String
    let serviceArea: String
    let stratum: String
    let auditor: String
    let moderator: String
    let agreed: String
    /// The agreed grade where there is one, else the auditor's.
    let caseGrade: String
    /// The auditor's lowest grade per section, in the tool's order ("" before the audit is in).
    let sections: [String]

    /// Every case of round `roundID`, by Child Unique ID, grades written in `tool`'s words.
    static func all(round roundID: Int, tool: AuditTool, on connection: PostgresConnection) async throws -> [PackCase] {
        let rows = try await connection.query(
            """
            SELECT g.child_id, g.team, g.service_area, g.stratum, g.auditor_grade, g.moderator_grade, g.agreed_grade,
                   (SELECT array_agg(coalesce(w.worst, -1) ORDER BY w.ord) FROM (
                        SELECT t.ord, (SELECT max(a.grade) FROM case_audit_answers a JOIN case_audit_submissions s ON s.id = a.submission_id
                                            WHERE s.round_id = g.round_id AND s.child_id = g.child_id AND s.role = 'auditor'
                                              AND s.state = 'final' AND a.section = t.title) AS worst
                        FROM unnest($2::text[]) WITH ORDINALITY AS t(title, ord)) w) AS sections
            FROM case_audit_case_grades g WHERE g.round_id = $1 ORDER BY g.child_id
            """, [roundID, tool.sections.map(\.title)])
        func word(_ grade: Int?) -> String { grade.flatMap { tool.grades.indices.contains($0) ? tool.grades[$0] : nil } ?? "" }
        return try rows.map { row in
            let auditor = try row.decode(Int?.self, "auditor_grade")
            let agreed = try row.decode(Int?.self, "agreed_grade")
            return PackCase(
                childID: try row.decode(String.self, "child_id"), team: try row.decode(String.self, "team"),
                serviceArea: try row.decode(String.self, "service_area"), stratum: try row.decode(String.self, "stratum"),
                auditor: word(auditor), moderator: word(try row.decode(Int?.self, "moderator_grade")), agreed: word(agreed),
                caseGrade: word(agreed ?? auditor), sections: try row.decode([Int].self, "sections").map { word($0 < 0 ? nil : $0) })
        }
    }

    /// The headings of ``cells``.
    static func headings(_ tool: AuditTool) -> [String] {
        ["Case key (Child Unique ID)", "Team", "Service area", "Stratum", "Auditor's grade", "Moderator's grade", "Agreed grade", "Case grade"]
            + tool.sections.map { "\($0.title): lowest" }
    }

    /// The case's cells, in the order of ``headings(_:)``.
    var cells: [String] { [childID, team, serviceArea, stratum, auditor, moderator, agreed, caseGrade] + sections }
}
