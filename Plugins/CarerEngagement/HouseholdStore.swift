import PluginKit
import Postgres

/// The households register and its suppression list: list, show, suppress, unsuppress.
public struct HouseholdStore: Sendable {
    /// Why a household gets no more email.
    public enum SuppressionReason: String, Sendable, CaseIterable, Codable {
        case unsubscribed
        case hardBounce = "hard_bounce"
        case manual
    }

    /// One household as the coordinator sees it.
    public struct Household: Sendable, Codable, Equatable {
        public let id: String
        public let carerNames: String
        public let email: String?
        public let phone: String?
        public let approvalStatus: String
        public let type: String
        public let supportGroup: String?
        public let consentToEmail: Bool
        public let inRegister: Bool
        public let suppression: SuppressionReason?
        public let suppressionNote: String?
    }

    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    private static let select = """
        SELECT h.id, h.carer_names, h.email, h.phone, h.approval_status, h.type, h.support_group, h.consent_to_email,
               h.in_register, s.reason, s.note
        FROM carer_households h LEFT JOIN carer_suppressions s ON s.household_id = h.id
        """

    /// The households in the register (or only the suppressed ones), by id.
    public func list(suppressedOnly: Bool = false) async throws -> [Household] {
        try await pool.query(Self.select + " WHERE h.in_register AND ($1 = false OR s.reason IS NOT NULL) ORDER BY h.id", [suppressedOnly])
            .map(Self.household)
    }

    /// The household `id`.
    /// - Throws: `CarerError` when there is none.
    public func show(_ id: String) async throws -> Household {
        guard let row = try await pool.query(Self.select + " WHERE h.id = $1", [id]).single else {
            throw CarerError("no household has that id; `ilacs-admin carers list` shows them")
        }
        return try Self.household(row)
    }

    /// Adds the household to the suppression list (or changes its reason) and marks its queued
    /// messages suppressed, in one transaction with the audit event.
    public func suppress(_ id: String, reason: SuppressionReason, note: String?, actor: String) async throws {
        if reason == .manual && (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw CarerError("a manual suppression needs --note saying why")
        }
        try await pool.transaction { connection in
            try await Self.suppress(id, reason: reason, note: note, actor: actor, on: connection)
        }
    }

    /// The suppression itself, inside the caller's transaction (the unsubscribe page uses it too).
    static func suppress(_ id: String, reason: SuppressionReason, note: String?, actor: String, on connection: PostgresConnection) async throws {
        guard try await connection.query("SELECT 1 FROM carer_households WHERE id = $1", [id]).single != nil else {
            throw CarerError("no household has that id; `ilacs-admin carers list` shows them")
        }
        try await connection.execute("""
            INSERT INTO carer_suppressions (household_id, reason, note, created_by) VALUES ($1, $2, $3, $4)
            ON CONFLICT (household_id) DO UPDATE SET reason = excluded.reason, note = excluded.note,
                created_by = excluded.created_by, created_at = now()
            """, [id, reason.rawValue, note, actor])
        let withdrawn = try await connection.execute(
            "UPDATE carer_outbox SET state = 'suppressed', last_reply = $2 WHERE household_id = $1 AND state = 'queued'",
            [id, "suppressed before sending: \(reason.rawValue)"])
        try await AuditLog.record(AuditEvent(actor: actor, action: "carers.suppress", recordType: "carer_household", recordID: id,
                                             reason: note, details: ["reason": reason.rawValue, "queued_withdrawn": String(withdrawn)]),
                                  on: connection)
    }

    /// Takes the household off the suppression list.
    /// - Returns: false when it was not on it.
    @discardableResult
    public func unsuppress(_ id: String, note: String?, actor: String) async throws -> Bool {
        try await pool.transaction { connection in
            let removed = try await connection.execute("DELETE FROM carer_suppressions WHERE household_id = $1", [id])
            if removed > 0 {
                try await AuditLog.record(AuditEvent(actor: actor, action: "carers.unsuppress", recordType: "carer_household",
                                                     recordID: id, reason: note), on: connection)
            }
            return removed > 0
        }
    }

    private static func household(_ row: PostgresRow) throws -> Household {
        Household(
            id: try row.decode(String.self, "id"), carerNames: try row.decode(String.self, "carer_names"),
            email: try row.decode(String?.self, "email"), phone: try row.decode(String?.self, "phone"),
            approvalStatus: try row.decode(String.self, "approval_status"), type: try row.decode(String.self, "type"),
            supportGroup: try row.decode(String?.self, "support_group"), consentToEmail: try row.decode(Bool.self, "consent_to_email"),
            inRegister: try row.decode(Bool.self, "in_register"),
            suppression: try row.decode(String?.self, "reason").flatMap(SuppressionReason.init(rawValue:)),
            suppressionNote: try row.decode(String?.self, "note"))
    }
}
