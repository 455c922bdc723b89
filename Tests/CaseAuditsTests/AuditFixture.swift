import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import TestSupport

@testable import AnnexA
@testable import CaseAudits

/// A migrated database with one imported snapshot of small generated data, a folder for the
/// CSV files a test writes, and children and auditors drawn from the data.
struct AuditFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!
    static let childKey = try! AuditChildKey(String(repeating: "k", count: 32))

    let pool: PostgresPool
    /// The migrated database the pool is on.
    let database: TestDatabase
    let folder: String
    /// Children on a child protection plan (and not in care) with their teams, by id.
    let children: [(id: String, team: String)]

    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (AuditFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), CaseAuditsPlugin()]) { migrated in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audits-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 5, asOf: asOf).write(to: folder)
            let (outcome, _) = try await AnnexAImporter(pool: migrated.pool).run(.init(path: folder, asOf: asOf, strict: true, actor: "tester"))
            guard case .imported = outcome else { throw TestSetupError("expected a snapshot, got \(outcome)") }
            let children = try await migrated.pool.query(
                """
                SELECT DISTINCT ON (child_id) child_id, allocated_team FROM annex_a_list_7
                WHERE allocated_team IS NOT NULL AND child_id NOT IN (SELECT child_id FROM annex_a_list_8)
                ORDER BY child_id, row_number DESC LIMIT 20
                """
            ).map { (id: try $0.decode(String.self, "child_id"), team: try $0.decode(String.self, "allocated_team")) }
            return try await body(AuditFixture(pool: migrated.pool, database: migrated.database, folder: folder, children: children))
        }
    }

    /// The teams of the children, most children first.
    var teams: [String] {
        Dictionary(grouping: children, by: \.team).sorted { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }
            .map(\.key)
    }

    /// Writes `text` to a file named `name` in the folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = "\(folder)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A children file of every fixture child, in the stratum `child protection`.
    func childrenFile() throws -> String {
        try file("children.csv", "Child Unique ID,Stratum\n" + children.map { "\($0.id),child protection\n" }.joined())
    }

    /// Auditors: one in each of the two largest teams, two quality-assurance auditors who also
    /// moderate, a moderator, and the largest team's manager.
    func auditorsFile() throws -> String {
        try file(
            "auditors.csv",
            """
            id,name,email,team,role
            A1,Auditor One,a1@example.org,\(teams[0]),auditor
            A2,Auditor Two,a2@example.org,\(teams[1]),auditor
            Q1,Quality One,q1@example.org,Quality Assurance,both
            Q2,Quality Two,q2@example.org,Quality Assurance,both
            M1,Moderator One,m1@example.org,Principal Social Worker,moderator
            TM1,Manager One,tm1@example.org,\(teams[0]),manager

            """)
    }

    /// A round of every fixture child with the example tool, 20% moderated.
    func round(name: String = "November 2026", seed: String = "123456789012", share: Double = 0.2) async throws -> RoundStore.Round {
        try await RoundStore(pool: pool).create(
            .init(
                name: name, tool: try AuditTool.parse(AuditToolExample.text, file: "tool.yaml"), children: .file(try childrenFile()),
                auditors: AuditorFile(path: try auditorsFile()), snapshotID: nil, moderationShare: share, seed: seed, actor: "coordinator"))
    }

    /// Each case of round `id`: child, team, auditor, moderator.
    func cases(_ id: Int) async throws -> [(child: String, team: String, auditor: String, moderator: String?)] {
        try await pool.query("SELECT child_id, team, auditor_id, moderator_id FROM case_audit_cases WHERE round_id = $1 ORDER BY child_id", [id]).map {
            (
                try $0.decode(String.self, "child_id"), try $0.decode(String.self, "team"), try $0.decode(String.self, "auditor_id"),
                try $0.decode(String?.self, "moderator_id")
            )
        }
    }

    /// CSV rows of a complete audit of `child` by `reviewer` in `role`: every question graded
    /// `grade`, and the case `overall`.
    static func auditRows(child: String, role: String, reviewer: String, grade: String, overall: String) -> String {
        let tool = try! AuditTool.parse(AuditToolExample.text, file: "tool.yaml")
        let comment = { (g: String) in ["requires improvement", "inadequate"].contains(g) ? "needs work" : "" }
        return tool.questions.map { "\(child),\(role),\(reviewer),\($0.question.id),\(grade),\(comment(grade))\n" }.joined()
            + "\(child),\(role),\(reviewer),overall,\(overall),\(comment(overall))\n"
    }

    static let importHeader = "Child Unique ID,Role,Reviewer,Question,Grade,Comment\n"

    /// Counts rows of `table`.
    func count(_ table: String) async throws -> Int {
        try await pool.query("SELECT count(*) AS n FROM \(table)")[0].decode(Int.self, "n")
    }
}
