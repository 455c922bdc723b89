import Domain
import Foundation
import Hashing
import PluginKit
import Postgres

/// Inspectors' access to the sampler's web page: one-time sign-in links, sessions, and the end
/// of access on the given date. Only SHA-256 hashes of tokens are stored.
public struct InspectorAccess: Sendable {
    /// A signed-in inspector.
    public struct Inspector: Sendable, Equatable {
        /// The inspector's id.
        public let id: Int
        /// Their name, shown on the page.
        public let name: String
        /// The inspection whose samples they may see.
        public let inspectionID: Int
        /// The last day of access.
        public let accessUntil: CalendarDate

        /// Who they are in the audit log.
        public var actor: String { "inspector:\(id)" }
    }

    /// How long a web session lasts at most (it also ends with the access).
    static let sessionHours = 12

    let pool: PostgresPool

    /// Access on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Gives an inspector access to `inspectionID`'s samples until the end of `until`.
    /// - Returns: the inspector's id and the one-time sign-in token for their link.
    /// - Throws: `SamplingError` for a bad email, a past date or an unknown inspection.
    public func add(name: String, email: String, inspectionID: Int, until: CalendarDate, today: CalendarDate, actor: String) async throws -> (id: Int, token: String) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw SamplingError("--name is empty") }
        guard email.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) != nil else {
            throw SamplingError("--email is not an email address")
        }
        guard until >= today else { throw SamplingError("--until \(until.iso) is in the past; access ends at the end of that day") }
        let token = Self.newToken()
        let id = try await pool.transaction { connection in
            guard try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single != nil else {
                throw SamplingError("inspection \(inspectionID) does not exist; `ilacs-admin inspection list` shows the recorded ones")
            }
            let id = try await connection.query("""
                INSERT INTO sampling_inspectors (name, email, inspection_id, access_until, created_by)
                VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, [name, email, inspectionID, until, actor])[0].decode(Int.self, "id")
            try await connection.execute("""
                INSERT INTO sampling_sign_in_links (token_sha256, inspector_id, expires_at)
                VALUES ($1, $2, ($3::date + 1)::timestamptz)
                """, [HexDigest.sha256(token.utf8), id, until])
            try await AuditLog.record(AuditEvent(actor: actor, action: "inspector.add", recordType: "sampling_inspector", recordID: String(id),
                                                 details: ["inspection": String(inspectionID), "until": until.iso]), on: connection)
            return id
        }
        return (id, token)
    }

    /// Uses a sign-in link's token once and opens a session.
    /// - Returns: the session token for the cookie, or nil when the link is unknown, used,
    ///   expired, or the access has ended (audit-logged either way).
    public func signIn(token: String) async throws -> String? {
        try await pool.transaction { connection in
            let used = try await connection.query("""
                UPDATE sampling_sign_in_links l SET used_at = now()
                FROM sampling_inspectors i
                WHERE l.token_sha256 = $1 AND l.used_at IS NULL AND l.expires_at > now()
                  AND i.id = l.inspector_id AND i.access_until >= current_date
                RETURNING l.inspector_id
                """, [HexDigest.sha256(token.utf8)]).single
            guard let inspector = try used?.decode(Int.self, "inspector_id") else {
                try await AuditLog.record(AuditEvent(actor: "anonymous", action: "inspector.sign_in_refused", recordType: "sampling_inspector"), on: connection)
                return nil
            }
            let session = Self.newToken()
            try await connection.execute("""
                INSERT INTO sampling_web_sessions (session_sha256, inspector_id, expires_at)
                SELECT $1, id, least(now() + make_interval(hours => $3), (access_until + 1)::timestamptz)
                FROM sampling_inspectors WHERE id = $2
                """, [HexDigest.sha256(session.utf8), inspector, Self.sessionHours])
            try await AuditLog.record(AuditEvent(actor: "inspector:\(inspector)", action: "inspector.sign_in",
                                                 recordType: "sampling_inspector", recordID: String(inspector)), on: connection)
            return session
        }
    }

    /// The inspector whose live session `session` is, or nil.
    public func inspector(session: String) async throws -> Inspector? {
        guard let row = try await pool.query("""
            SELECT i.id, i.name, i.inspection_id, i.access_until FROM sampling_web_sessions s
            JOIN sampling_inspectors i ON i.id = s.inspector_id
            WHERE s.session_sha256 = $1 AND s.expires_at > now() AND i.access_until >= current_date
            """, [HexDigest.sha256(session.utf8)]).single else { return nil }
        return Inspector(id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"),
                         inspectionID: try row.decode(Int.self, "inspection_id"), accessUntil: try row.decode(CalendarDate.self, "access_until"))
    }

    /// Ends the session `session`.
    public func signOut(session: String) async throws {
        try await pool.query("DELETE FROM sampling_web_sessions WHERE session_sha256 = $1", [HexDigest.sha256(session.utf8)])
    }

    /// The CSRF token of a session: derived from the session token, so nothing more is stored,
    /// and not derivable from the stored hash.
    public static func csrfToken(session: String) -> String {
        HexDigest.sha256(("csrf:" + session).utf8)
    }

    /// 32 random bytes, URL-safe base64.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
