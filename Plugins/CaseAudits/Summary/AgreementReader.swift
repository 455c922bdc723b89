import Postgres

/// Reads a round's agreement between auditors and moderators.
enum AgreementReader {
    /// Round `roundID`'s agreement on its cases' overall grades, over the scale of `tool`.
    static func agreement(round roundID: Int, tool: AuditTool, on connection: PostgresConnection) async throws -> Agreement {
        try await CaseGrades.read(round: roundID, on: connection).agreement(grades: tool.grades.count)
    }
}
