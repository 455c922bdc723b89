import Configuration
import Domain
import PluginKit
import Postgres

/// Records completed audits and agreed grades for a round, each call in one transaction:
/// any problem and nothing of it is kept.
public struct AuditRecording: Sendable {
    /// What an import or an agreement recorded.
    public struct Outcome: Sendable, Codable, Equatable {
        public var audits = 0
        public var moderations = 0
        public var agreed = 0
        public var actionsOpened = 0
    }

    let pool: PostgresPool
    let childKey: AuditChildKey
    /// Working days an escalation action is given.
    let escalationDays: Int

    /// Recording on `pool`, naming children in the audit log under `childKey`.
    public init(pool: PostgresPool, childKey: AuditChildKey, escalationDays: Int = 5) {
        self.pool = pool
        self.childKey = childKey
        self.escalationDays = escalationDays
    }

    /// Recording on `pool` as `configuration` says: the audit log's child key
    /// (`AUDIT_CHILD_KEY`) and the working days an escalation action is given (`AUDITS_ESCALATION_DAYS`).
    /// - Throws: when the key is missing or weak, or the days are not a positive whole number.
    public init(pool: PostgresPool, configuration: ConfigReader) throws {
        let days = configuration.int(forKey: ConfigKey(AuditCommands.escalationDaysKey), default: 5)
        guard days > 0 else { throw CaseAuditError("AUDITS_ESCALATION_DAYS must be a positive whole number of working days") }
        self.init(pool: pool, childKey: try AuditChildKey(configuration: configuration), escalationDays: days)
    }

    /// Imports the completed audits (and agreed grades) of the CSV at `path` into round `roundID`.
    /// - Throws: `CaseAuditError` naming the file, row and column of the first problem.
    public func importFile(_ path: String, round roundID: Int, actor: String, today: CalendarDate = .today) async throws -> Outcome {
        let table = try CSVTable(path: path, required: AuditImportReader.columns)
        return try await pool.transaction { connection in
            let context = try await RoundContext.load(roundID, on: connection)
            let (audits, agreed) = try AuditImportReader(context: context, file: table.name).read(table)
            let book = GradeBook(context: context, actor: actor, childKey: childKey, connection: connection)
            for audit in audits { try await book.submit(audit) }
            for grade in agreed { try await book.agree(grade) }
            var outcome = Outcome()
            outcome.audits = audits.filter { $0.role == "auditor" }.count
            outcome.moderations = audits.count - outcome.audits
            outcome.agreed = agreed.count
            let touched = Array(Set(audits.map(\.childID) + agreed.map(\.childID)))
            outcome.actionsOpened = try await book.escalate(touched, today: today, days: escalationDays)
            return outcome
        }
    }

    /// Records `grade` as the agreed grade of `childID` in round `roundID`, given by `by`.
    /// - Throws: `CaseAuditError` for a child not in the round, an unknown grade, or a case not
    ///   yet audited and moderated.
    public func agree(round roundID: Int, childID: String, grade: String, by person: String, note: String?, actor: String, today: CalendarDate = .today)
        async throws -> Outcome
    {
        try await pool.transaction { connection in
            let context = try await RoundContext.load(roundID, on: connection)
            guard context.cases[childID] != nil else { throw CaseAuditError("--child: the child is not in round \(roundID)") }
            guard let position = context.tool.grade(grade) else {
                throw CaseAuditError("--grade '\(grade)' is not on the tool's scale; use one of \(context.tool.grades.joined(separator: ", "))")
            }
            guard ["auditor", "moderator"].allSatisfy({ context.submitted.contains(RoundContext.key(childID, $0)) }) else {
                throw CaseAuditError("--child: a grade is agreed only once the auditor and the moderator have both submitted")
            }
            let book = GradeBook(context: context, actor: actor, childKey: childKey, connection: connection)
            try await book.agree(AgreedGrade(childID: childID, grade: position, givenBy: person, note: note, row: 0))
            var outcome = Outcome()
            outcome.agreed = 1
            outcome.actionsOpened = try await book.escalate([childID], today: today, days: escalationDays)
            return outcome
        }
    }
}
