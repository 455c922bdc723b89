import Domain
import Foundation
import Hashing
import Postgres

/// People's access to the web pages: one-time sign-in links, sessions and CSRF tokens, for any
/// plugin's pages. Only SHA-256 hashes of link and session tokens are stored; access holds from
/// the first to the end of the last day given, and a session never outlives it.
public struct PersonAccess: Sendable {
    /// How long a web session lasts at most.
    public static let sessionHours = 12
    /// The session cookie's name.
    public static let cookie = "__Host-ilacs_session"

    let pool: PostgresPool

    /// Access on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Gives a person of `role` access to `inspectionID`'s pages from `from` to the end of `until`.
    /// - Returns: the person's id and the one-time sign-in token for their link.
    /// - Throws: `PersonAccessError` for an empty name, a bad email, dates out of order or in
    ///   the past, or an unknown inspection.
    public func add(
        name: String, email: String, role: Person.Role, inspectionID: Int, from: CalendarDate, until: CalendarDate,
        today: CalendarDate, actor: String
    ) async throws -> (id: Int, token: String) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw PersonAccessError("--name is empty") }
        guard email.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) != nil else {
            throw PersonAccessError("--email is not an email address")
        }
        guard until >= today else { throw PersonAccessError("--until \(until.iso) is in the past; access ends at the end of that day") }
        guard from <= until else { throw PersonAccessError("--from \(from.iso) is after --until \(until.iso)") }
        let token = Self.newToken()
        let id = try await pool.transaction { connection in
            guard try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single != nil else {
                throw PersonAccessError("inspection \(inspectionID) does not exist; `ilacs-admin inspection list` shows the recorded ones")
            }
            let id = try await connection.query("""
                INSERT INTO people (name, email, role, inspection_id, access_from, access_until, created_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
                """, [name, email, role.rawValue, inspectionID, from, until, actor])[0].decode(Int.self, "id")
            try await connection.execute("""
                INSERT INTO sign_in_links (token_sha256, person_id, expires_at) VALUES ($1, $2, ($3::date + 1)::timestamptz)
                """, [HexDigest.sha256(token), id, until])
            try await AuditLog.record(AuditEvent(actor: actor, action: "\(role.rawValue).add", recordType: "person", recordID: String(id),
                                                 details: ["inspection": String(inspectionID), "from": from.iso, "until": until.iso]), on: connection)
            return id
        }
        return (id, token)
    }

    /// Uses a sign-in link's token once and opens a session.
    /// - Returns: the session token for the cookie, or nil when the link is unknown, used,
    ///   expired, or the access has not begun or has ended (audit-logged either way).
    public func signIn(token: String) async throws -> String? {
        try await pool.transaction { connection in
            let used = try await connection.query("""
                UPDATE sign_in_links l SET used_at = now()
                FROM people p
                WHERE l.token_sha256 = $1 AND l.used_at IS NULL AND l.expires_at > now()
                  AND p.id = l.person_id AND current_date BETWEEN p.access_from AND p.access_until
                RETURNING p.id, p.role
                """, [HexDigest.sha256(token)]).single
            guard let used else {
                try await AuditLog.record(AuditEvent(actor: "anonymous", action: "person.sign_in_refused", recordType: "person"), on: connection)
                return nil
            }
            let id = try used.decode(Int.self, "id")
            let role = try used.decode(String.self, "role")
            let session = Self.newToken()
            try await connection.execute("""
                INSERT INTO web_sessions (session_sha256, person_id, expires_at)
                SELECT $1, id, least(now() + make_interval(hours => $3), (access_until + 1)::timestamptz)
                FROM people WHERE id = $2
                """, [HexDigest.sha256(session), id, Self.sessionHours])
            try await AuditLog.record(AuditEvent(actor: "\(role):\(id)", action: "\(role).sign_in",
                                                 recordType: "person", recordID: String(id)), on: connection)
            return session
        }
    }

    /// The person whose live session `session` is, or nil.
    public func person(session: String) async throws -> Person? {
        guard let row = try await pool.query("""
            SELECT p.id, p.name, p.role, p.inspection_id, p.access_from, p.access_until FROM web_sessions s
            JOIN people p ON p.id = s.person_id
            WHERE s.session_sha256 = $1 AND s.expires_at > now() AND current_date BETWEEN p.access_from AND p.access_until
            """, [HexDigest.sha256(session)]).single,
            let role = Person.Role(rawValue: try row.decode(String.self, "role")) else { return nil }
        return Person(id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"), role: role,
                      inspectionID: try row.decode(Int.self, "inspection_id"), accessFrom: try row.decode(CalendarDate.self, "access_from"),
                      accessUntil: try row.decode(CalendarDate.self, "access_until"))
    }

    /// Ends the session `session`.
    public func signOut(session: String) async throws {
        try await pool.query("DELETE FROM web_sessions WHERE session_sha256 = $1", [HexDigest.sha256(session)])
    }

    /// The CSRF token of a session: derived from the session token, so nothing more is stored,
    /// and not derivable from the stored hash.
    public static func csrfToken(session: String) -> String {
        HexDigest.sha256("csrf:" + session)
    }

    /// 32 random bytes, URL-safe base64.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

/// A person could not be given access: one line saying what to change.
public struct PersonAccessError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
