import Postgres

/// What checking a round's audits needs, read in the transaction that records them: the tool,
/// each case's team, auditor and moderator, each person's team, and what is already final.
struct RoundContext {
    /// One case of the round.
    struct Case {
        let team: String
        let auditorID: String
        let moderatorID: String?
    }

    let roundID: Int
    let tool: AuditTool
    let cases: [String: Case]
    /// Each person's team, by id.
    let teams: [String: String]
    /// The (child, role) pairs whose audit is final.
    let submitted: Set<String>

    static func key(_ childID: String, _ role: String) -> String { role + "/" + childID }

    /// Reads round `roundID`, holding its lock (``lock(_:on:)``) so two imports, or an import
    /// and the web form, cannot record the same audit.
    static func load(_ roundID: Int, on connection: PostgresConnection) async throws -> RoundContext {
        try await lock(roundID, on: connection)
        let tool = try await AuditToolStore.tool(ofRound: roundID, on: connection)
        var cases: [String: Case] = [:]
        for row in try await connection.query("SELECT child_id, team, auditor_id, moderator_id FROM case_audit_cases WHERE round_id = $1", [roundID]) {
            cases[try row.decode(String.self, "child_id")] = Case(
                team: try row.decode(String.self, "team"), auditorID: try row.decode(String.self, "auditor_id"),
                moderatorID: try row.decode(String?.self, "moderator_id"))
        }
        var teams: [String: String] = [:]
        for row in try await connection.query("SELECT auditor_id, team FROM case_audit_auditors WHERE round_id = $1", [roundID]) {
            teams[try row.decode(String.self, "auditor_id")] = try row.decode(String.self, "team")
        }
        let submitted = try await connection.query(
            "SELECT child_id, role FROM case_audit_submissions WHERE round_id = $1 AND state = 'final'", [roundID]
        ).map { key(try $0.decode(String.self, "child_id"), try $0.decode(String.self, "role")) }
        return RoundContext(roundID: roundID, tool: tool, cases: cases, teams: teams, submitted: Set(submitted))
    }

    /// Takes round `roundID`'s transaction-scoped advisory lock: every write of audits to a
    /// round holds it, and the sampler's role needs no UPDATE grant to take it.
    static func lock(_ roundID: Int, on connection: PostgresConnection) async throws {
        try await connection.execute("SELECT pg_advisory_xact_lock(hashtext('case_audit_round'), $1::int)", [roundID])
    }

    /// The assigned person of `role` for `childID`.
    func assigned(_ childID: String, role: String) -> String? {
        role == "auditor" ? cases[childID]?.auditorID : cases[childID]?.moderatorID
    }
}
