import Messaging
import PluginKit
import Postgres

/// The households register and its suppression list: list, show, suppress, unsuppress. The
/// list itself is the Messaging module's, keyed by household id under this plugin's name, so
/// the mailer's claim honours it.
public struct HouseholdStore: Sendable {
    /// Why a household gets no more email.
    public typealias SuppressionReason = SuppressionList.Reason

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

    private static let owner = CarerEngagementPlugin.pluginName
    private static let select = """
        SELECT h.id, h.carer_names, h.email, h.phone, h.approval_status, h.type, h.support_group, h.consent_to_email, h.in_register
        FROM carer_households h
        """

    /// The households in the register (or only the suppressed ones), by id.
    public func list(suppressedOnly: Bool = false) async throws -> [Household] {
        try await pool.withConnection { connection in
            let suppressions = try await SuppressionList.entries(owner: Self.owner, on: connection)
            return try await connection.query(Self.select + " WHERE h.in_register ORDER BY h.id")
                .map { try Self.household($0, suppressions: suppressions) }
                .filter { !suppressedOnly || $0.suppression != nil }
        }
    }

    /// The household `id`.
    /// - Throws: `CarerError` when there is none.
    public func show(_ id: String) async throws -> Household {
        try await pool.withConnection { connection in
            guard let row = try await connection.query(Self.select + " WHERE h.id = $1", [id]).single else {
                throw CarerError("no household has that id; `ilacs-admin carers list` shows them")
            }
            return try Self.household(row, suppressions: try await SuppressionList.entries(owner: Self.owner, on: connection))
        }
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
        let withdrawn = try await SuppressionList.suppress(id, owner: owner, reason: reason, note: note, actor: actor, on: connection)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "carers.suppress", recordType: "carer_household", recordID: id,
                reason: note, details: ["reason": reason.rawValue, "queued_withdrawn": String(withdrawn)]),
            on: connection)
    }

    /// Takes the household off the suppression list.
    /// - Returns: false when it was not on it.
    @discardableResult
    public func unsuppress(_ id: String, note: String?, actor: String) async throws -> Bool {
        try await pool.transaction { connection in
            let removed = try await SuppressionList.unsuppress(id, owner: Self.owner, on: connection)
            if removed {
                try await AuditLog.record(
                    AuditEvent(
                        actor: actor, action: "carers.unsuppress", recordType: "carer_household",
                        recordID: id, reason: note), on: connection)
            }
            return removed
        }
    }

    private static func household(_ row: PostgresRow, suppressions: [String: SuppressionList.Entry]) throws -> Household {
        let id = try row.decode(String.self, "id")
        return Household(
            id: id, carerNames: try row.decode(String.self, "carer_names"),
            email: try row.decode(String?.self, "email"), phone: try row.decode(String?.self, "phone"),
            approvalStatus: try row.decode(String.self, "approval_status"), type: try row.decode(String.self, "type"),
            supportGroup: try row.decode(String?.self, "support_group"), consentToEmail: try row.decode(Bool.self, "consent_to_email"),
            inRegister: try row.decode(Bool.self, "in_register"),
            suppression: suppressions[id]?.reason, suppressionNote: suppressions[id]?.note)
    }
}
