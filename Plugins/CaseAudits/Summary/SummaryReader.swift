import PluginKit
import Postgres

/// Computes a round's ``RoundSummary``: the cases' grades are read once per round (this one
/// and the previous live one: a rehearsal's round is never the one compared with) and counted here; the auditors' answers are counted by section in one
/// grouped query per round. A year of audits summarises in well under a second (`make bench`).
public enum SummaryReader {
    /// The summary of round `roundID`.
    /// - Throws: `CaseAuditError` when there is no such round.
    public static func summary(round roundID: Int, on connection: PostgresConnection) async throws -> RoundSummary {
        let tool = try await AuditToolStore.tool(ofRound: roundID, on: connection)
        let grades = tool.grades.count
        let name = try await connection.query("SELECT name FROM case_audit_rounds WHERE id = $1", [roundID])[0].decode(String.self, "name")
        let now = try await CaseGrades.read(round: roundID, on: connection)
        let sectionsNow = try await sectionCounts(roundID, grades: grades, on: connection)
        var before = CaseGrades(cases: [])
        var sectionsBefore: [String: [Int]] = [:]
        var previous: RoundSummary.Previous?
        let earlier =
            "SELECT id, name FROM case_audit_rounds r WHERE id < $1 AND \(Rehearsals.scope("r.inspection_id", rehearsal: false)) ORDER BY id DESC LIMIT 1"
        if let row = try await connection.query(earlier, [roundID]).single {
            let id = try row.decode(Int.self, "id")
            before = try await CaseGrades.read(round: id, on: connection)
            sectionsBefore = try await sectionCounts(id, grades: grades, on: connection)
            let counts = before.counts(by: { _ in "" }, grades: grades)[""] ?? Array(repeating: 0, count: grades)
            previous = RoundSummary.Previous(roundID: id, name: try row.decode(String.self, "name"), overall: .init(counts))
        }
        func grouped(_ key: (CaseGrades.Case) -> String) -> [RoundSummary.Group] {
            let counts = now.counts(by: key, grades: grades)
            return groups(counts, before.counts(by: key, grades: grades), order: counts.keys.sorted(), grades: grades)
        }
        let sections = groups(sectionsNow, sectionsBefore, order: tool.sections.map(\.title), grades: grades)
        let weakest = sections.filter { $0.figures.meanScore != nil }.sorted { $0.figures.meanScore! < $1.figures.meanScore! }.prefix(3).map(\.name)
        return RoundSummary(
            roundID: roundID, name: name, grades: tool.grades,
            overall: .init(now.counts(by: { _ in "" }, grades: grades)[""] ?? Array(repeating: 0, count: grades)),
            byTeam: grouped(\.team), byServiceArea: grouped(\.serviceArea), byStratum: grouped(\.stratum),
            sections: sections, weakestSections: Array(weakest), previous: previous, agreement: now.agreement(grades: grades))
    }

    private static func groups(_ now: [String: [Int]], _ before: [String: [Int]], order: [String], grades: Int) -> [RoundSummary.Group] {
        order.map { name in
            RoundSummary.Group(
                name: name, figures: .init(now[name] ?? Array(repeating: 0, count: grades)),
                previousMeanScore: before[name].flatMap { RoundSummary.Counts($0).meanScore })
        }
    }

    /// The auditors' final answers per section.
    private static func sectionCounts(_ roundID: Int, grades: Int, on connection: PostgresConnection) async throws -> [String: [Int]] {
        var counts: [String: [Int]] = [:]
        for row in try await connection.query(
            """
            SELECT a.section, a.grade, count(*) AS n FROM case_audit_answers a
            JOIN case_audit_submissions s ON s.id = a.submission_id
            WHERE s.round_id = $1 AND s.role = 'auditor' AND s.state = 'final' GROUP BY 1, 2
            """, [roundID])
        {
            let grade = try row.decode(Int.self, "grade")
            guard grade < grades else { continue }
            counts[try row.decode(String.self, "section"), default: Array(repeating: 0, count: grades)][grade] += try row.decode(Int.self, "n")
        }
        return counts
    }
}
