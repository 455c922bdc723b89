import Postgres

/// The grades of each case of a round, read in one query: where the case sits and its latest
/// auditor's, moderator's and agreed grade. No child id is read.
struct CaseGrades: Sendable {
    /// One case.
    struct Case: Sendable {
        let team: String
        let serviceArea: String
        let stratum: String
        let auditor: Int?
        let moderator: Int?
        let agreed: Int?

        /// The grade that stands: the agreed one, else the auditor's.
        var grade: Int? { agreed ?? auditor }
    }

    let cases: [Case]

    /// The cases of round `roundID`.
    static func read(round roundID: Int, on connection: PostgresConnection) async throws -> CaseGrades {
        let rows = try await connection.query(
            """
            SELECT team, service_area, stratum, auditor_grade, moderator_grade, agreed_grade FROM case_audit_case_grades WHERE round_id = $1
            """, [roundID])
        return CaseGrades(
            cases: try rows.map { row in
                Case(
                    team: try row.decode(String.self, at: 0), serviceArea: try row.decode(String.self, at: 1), stratum: try row.decode(String.self, at: 2),
                    auditor: try row.decode(Int?.self, at: 3), moderator: try row.decode(Int?.self, at: 4), agreed: try row.decode(Int?.self, at: 5))
            })
    }

    /// Counts of the standing grade per value of `key` (every audited case).
    func counts(by key: (Case) -> String, grades: Int) -> [String: [Int]] {
        var counts: [String: [Int]] = [:]
        for item in cases {
            guard let grade = item.grade, grade < grades else { continue }
            counts[key(item), default: Array(repeating: 0, count: grades)][grade] += 1
        }
        return counts
    }

    /// The agreement of the cases graded by both auditor and moderator.
    func agreement(grades: Int) -> Agreement {
        Agreement(cases.compactMap { item in item.auditor.flatMap { a in item.moderator.map { (auditor: a, moderator: $0) } } }, grades: grades)
    }
}
