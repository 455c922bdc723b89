import AnnexA
import CaseAudits
import Configuration
import Foundation
import PluginKit
import Postgres

/// Summarising a year of case audits for a large authority (20,000 audits of 40 questions,
/// a fifth moderated) with the CaseAudits plugin's summary, against one count of every answer
/// and case: the least any summary must read. The goal is a time: under 1 s.
struct AuditSummaryBenchmark {
    let server: PostgresConfiguration
    var audits = 20_000
    var sections = 5
    var questionsPerSection = 8

    static let database = "ilacs_bench_audits"

    func run() async throws -> BenchmarkResult {
        let target = try await BenchDatabase.migrated(Self.database, on: server, plugins: [AnnexAPlugin(), CaseAuditsPlugin()])
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        defer { pool.close() }
        log("Audit summary benchmark: \(audits) audits of \(sections * questionsPerSection) questions")
        try await fill(pool)
        let clock = ContinuousClock()
        var ours: [Duration] = []
        var baseline: [Duration] = []
        for _ in 0..<3 {
            var start = clock.now
            let summary = try await pool.withConnection { try await SummaryReader.summary(round: 1, on: $0) }
            ours.append(clock.now - start)
            guard summary.overall.total == audits else { throw BenchmarkFailure("the summary counted \(summary.overall.total) audits") }
            start = clock.now
            _ = try await pool.query("SELECT (SELECT count(*) FROM case_audit_answers), (SELECT count(*) FROM case_audit_cases)")
            baseline.append(clock.now - start)
        }
        return BenchmarkResult(
            name: "summarise 20,000 audits x 40 q.", ours: median(ours), baselineName: "count(*) of every answer and case",
            baseline: median(baseline), goal: nil, limit: .seconds(1))
    }

    /// A round with a tool of `sections` x `questionsPerSection` questions, `audits` cases with
    /// their auditor's audit, a fifth moderated, and some agreed grades: generated in SQL.
    private func fill(_ pool: PostgresPool) async throws {
        let questions = (1...sections).map { section in
            "  - section: Section \(section)\n    questions:\n"
                + (1...questionsPerSection).map { "      - id: s\(section)q\($0)\n        text: Question \($0)?\n" }.joined()
        }.joined()
        let tool = "grades: [outstanding, good, requires improvement, inadequate]\nsections:\n" + questions
        try await pool.transaction { connection in
            try await connection.execute(
                "INSERT INTO case_audit_tools (sha256, name, source, created_by) VALUES ('bench', 'bench', $1, 'bench')", [tool])
            try await connection.executeScript(
                """
                INSERT INTO case_audit_rounds (name, tool_id, snapshot_id, source, moderation_share, moderation_seed, created_by)
                VALUES ('bench', 1, 0, 'bench', 0.2, 'bench', 'bench');
                INSERT INTO case_audit_auditors SELECT 1, 'A' || i, 'Auditor', 'a@example.org', 'Team ' || (i % 40), 'both'
                    FROM generate_series(0, 99) i;
                """)
            try await connection.execute(
                """
                INSERT INTO case_audit_cases SELECT 1, 'C' || i, 'Team ' || (i % 40), 'Area ' || (i % 4), 'Stratum ' || (i % 5),
                    'A' || ((i + 1) % 100), CASE WHEN i % 5 = 0 THEN 'A' || ((i + 2) % 100) END
                FROM generate_series(1, $1) i
                """, [audits])
            try await connection.executeScript(
                """
                INSERT INTO case_audit_submissions (round_id, child_id, role, reviewer_id, state, overall_grade, submitted_at)
                SELECT round_id, child_id, 'auditor', auditor_id, 'final', (hashtext(child_id) & 7) % 4, now() FROM case_audit_cases;
                INSERT INTO case_audit_submissions (round_id, child_id, role, reviewer_id, state, overall_grade, submitted_at)
                SELECT round_id, child_id, 'moderator', moderator_id, 'final', (hashtext(child_id || 'm') & 7) % 4, now()
                FROM case_audit_cases WHERE moderator_id IS NOT NULL;
                INSERT INTO case_audit_grades (round_id, child_id, kind, grade, given_by)
                SELECT round_id, child_id, role, overall_grade, reviewer_id FROM case_audit_submissions ORDER BY id;
                INSERT INTO case_audit_grades (round_id, child_id, kind, grade, given_by)
                SELECT round_id, child_id, 'agreed', overall_grade, reviewer_id FROM case_audit_submissions
                WHERE role = 'moderator' AND hashtext(child_id) % 3 = 0;
                """)
            try await connection.execute(
                """
                INSERT INTO case_audit_answers (submission_id, question_id, section, grade)
                SELECT s.id, 's' || sec || 'q' || q, 'Section ' || sec, (hashtext(s.child_id || sec || q) & 7) % 4
                FROM case_audit_submissions s, generate_series(1, $1) sec, generate_series(1, $2) q
                """, [sections, questionsPerSection])
        }
        _ = try await pool.query("ANALYZE")
    }
}
