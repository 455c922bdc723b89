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

    /// Reads round `roundID`, locking its cases so two imports cannot record the same audit.
    static func load(_ roundID: Int, on connection: PostgresConnection) async throws -> RoundContext {
        let tool = try await AuditToolStore.tool(ofRound: roundID, on: connection)
        var cases: [String: Case] = [:]
        for row in try await connection.query(
            "SELECT child_id, team, auditor_id, moderator_id FROM case_audit_cases WHERE round_id = $1 FOR UPDATE", [roundID])
        {
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

    /// The assigned person of `role` for `childID`.
    func assigned(_ childID: String, role: String) -> String? {
        role == "auditor" ? cases[childID]?.auditorID : cases[childID]?.moderatorID
    }
}
