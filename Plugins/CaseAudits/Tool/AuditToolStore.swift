import Postgres

/// Frozen tools: stored once under the SHA-256 of their exact text, and read back by round.
enum AuditToolStore {
    /// The id of `tool`, storing it first when no tool with its hash exists.
    static func freeze(_ tool: AuditTool, actor: String, on connection: PostgresConnection) async throws -> Int {
        try await connection.execute(
            "INSERT INTO case_audit_tools (sha256, name, source, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING",
            [tool.sha256, tool.name, tool.text, actor])
        return try await connection.query("SELECT id FROM case_audit_tools WHERE sha256 = $1", [tool.sha256])[0].decode(Int.self, "id")
    }

    /// The tool round `roundID` uses, parsed from its frozen text.
    /// - Throws: `CaseAuditError` when there is no such round.
    static func tool(ofRound roundID: Int, on connection: PostgresConnection) async throws -> AuditTool {
        guard
            let row = try await connection.query(
                "SELECT t.source FROM case_audit_rounds r JOIN case_audit_tools t ON t.id = r.tool_id WHERE r.id = $1", [roundID]
            ).single
        else { throw CaseAuditError.noRound(roundID) }
        return try AuditTool.parse(try row.decode(String.self, "source"), file: "the tool of round \(roundID)")
    }
}

extension CaseAuditError {
    /// Round `id` does not exist.
    static func noRound(_ id: Int) -> CaseAuditError {
        CaseAuditError("there is no audit round \(id); `ilacs-admin audits round list` shows them")
    }
}
