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
    /// How long a sign-in link works by default (it never outlives the access either).
    public static let defaultLinkHours = 12
    /// The configuration key that changes it (`SIGN_IN_LINK_HOURS`).
    public static let linkHoursKey = "sign.in.link.hours"
    /// The session cookie's name.
    public static let cookie = "__Host-ilacs_session"

    let pool: PostgresPool

    /// Access on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Gives a person of `role` access to `inspectionID`'s pages from `from` to the end of `until`,
    /// with a one-time link that works for `linkHours` (and never past the access).
    /// - Returns: the person's id and the one-time sign-in token for their link.
    /// - Throws: `PersonAccessError` for an empty name, a bad email, dates out of order or in
    ///   the past, or an unknown inspection.
    public func add(
        name: String, email: String, role: Person.Role, inspectionID: Int, from: CalendarDate, until: CalendarDate,
        today: CalendarDate, linkHours: Int = PersonAccess.defaultLinkHours, actor: String
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
            let id = try await connection.query(
                """
                INSERT INTO people (name, email, role, inspection_id, access_from, access_until, created_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
                """, [name, email, role.rawValue, inspectionID, from, until, actor])[0].decode(Int.self, "id")
            try await Self.insertLink(token, person: id, hours: linkHours, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "\(role.rawValue).add", recordType: "person", recordID: String(id),
                    details: ["inspection": String(inspectionID), "from": from.iso, "until": until.iso]), on: connection)
            return id
        }
        return (id, token)
    }

    /// A new one-time link for person `id`; their unused links stop working. Their sessions go on.
    /// - Throws: `PersonAccessError` when there is no such person, or their access has ended or was revoked.
    public func reissue(_ id: Int, linkHours: Int = PersonAccess.defaultLinkHours, actor: String) async throws -> String {
        let token = Self.newToken()
        try await pool.transaction { connection in
            guard
                let row = try await connection.query(
                    "SELECT role, access_until >= current_date AND revoked_at IS NULL AS open FROM people WHERE id = $1 FOR UPDATE", [id]
                ).single
            else {
                throw PersonAccessError("there is no person \(id); `ilacs-admin inspectors list` shows them")
            }
            guard try row.decode(Bool.self, "open") else {
                throw PersonAccessError("person \(id)'s access has ended or was revoked; add them again with a new --until")
            }
            try await connection.execute("UPDATE sign_in_links SET used_at = now() WHERE person_id = $1 AND used_at IS NULL", [id])
            try await Self.insertLink(token, person: id, hours: linkHours, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "\(try row.decode(String.self, "role")).reissue", recordType: "person",
                    recordID: String(id)), on: connection)
        }
        return token
    }

    /// Ends person `id`'s access now: their sessions end and no link of theirs works again.
    /// - Returns: how many open sessions were ended.
    /// - Throws: `PersonAccessError` when there is no such person.
    @discardableResult
    public func revoke(_ id: Int, reason: String, actor: String) async throws -> Int {
        try await pool.transaction { connection in
            guard
                let role = try await connection.query(
                    "UPDATE people SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING role", [id]
                ).single
            else {
                throw PersonAccessError("there is no person \(id); `ilacs-admin inspectors list` shows them")
            }
            let ended = try await connection.execute("DELETE FROM web_sessions WHERE person_id = $1", [id])
            try await connection.execute("UPDATE sign_in_links SET used_at = now() WHERE person_id = $1 AND used_at IS NULL", [id])
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "\(try role.decode(String.self, "role")).revoke", recordType: "person",
                    recordID: String(id), reason: reason, details: ["sessions_ended": String(ended)]), on: connection)
            return ended
        }
    }

    /// Everyone given access, newest first, with the state of their access today: for live
    /// inspections (and none), or with `rehearsal` only for rehearsals.
    public func all(rehearsal: Bool = false) async throws -> [Listing] {
        try await pool.query(
            """
            SELECT p.id, p.name, p.email, p.role, p.inspection_id, p.access_from, p.access_until,
                   CASE WHEN p.revoked_at IS NOT NULL THEN 'revoked'
                        WHEN current_date < p.access_from THEN 'not yet'
                        WHEN current_date > p.access_until THEN 'ended'
                        ELSE 'active' END AS state,
                   (SELECT count(*) FROM web_sessions s WHERE s.person_id = p.id AND s.expires_at > now()) AS sessions
            FROM people p WHERE \(Rehearsals.scope("p.inspection_id", rehearsal: rehearsal)) ORDER BY p.id DESC
            """
        ).map { row in
            Listing(
                id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"), email: try row.decode(String.self, "email"),
                role: try row.decode(String.self, "role"), inspectionID: try row.decode(Int.self, "inspection_id"),
                accessFrom: try row.decode(CalendarDate.self, "access_from"), accessUntil: try row.decode(CalendarDate.self, "access_until"),
                state: try row.decode(String.self, "state"), openSessions: try row.decode(Int.self, "sessions"))
        }
    }

    /// One person as `inspectors list` shows them.
    public struct Listing: Sendable, Codable, Equatable {
        public let id: Int
        public let name: String
        public let email: String
        public let role: String
        public let inspectionID: Int
        public let accessFrom: CalendarDate
        public let accessUntil: CalendarDate
        /// `active`, `not yet`, `ended` or `revoked`.
        public let state: String
        public let openSessions: Int
    }

    /// Stores a link for `token` that works for `hours`, and never past the person's access.
    private static func insertLink(_ token: String, person: Int, hours: Int, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO sign_in_links (token_sha256, person_id, expires_at)
            SELECT $1, id, least(now() + make_interval(hours => $3), (access_until + 1)::timestamptz) FROM people WHERE id = $2
            """, [HexDigest.sha256(token), person, hours])
    }

    /// Uses a sign-in link's token once and opens a session.
    /// - Parameter source: the client's address: a refusal is counted per address bucket and
    ///   hour (``RefusalCounts``), not audit-logged one by one.
    /// - Returns: the session token for the cookie (the sign-in is audit-logged), or nil when the
    ///   link is unknown, used, expired, or the access has not begun or has ended.
    public func signIn(token: String, source: String? = nil) async throws -> String? {
        try await pool.transaction { connection in
            let used = try await connection.query(
                """
                UPDATE sign_in_links l SET used_at = now()
                FROM people p
                WHERE l.token_sha256 = $1 AND l.used_at IS NULL AND l.expires_at > now()
                  AND p.id = l.person_id AND current_date BETWEEN p.access_from AND p.access_until AND p.revoked_at IS NULL
                RETURNING p.id, p.role
                """, [HexDigest.sha256(token)]
            ).single
            guard let used else {
                try await RefusalCounts.record("person.sign_in_refused", source: source, on: connection)
                return nil
            }
            let id = try used.decode(Int.self, "id")
            let role = try used.decode(String.self, "role")
            let session = Self.newToken()
            try await connection.execute(
                """
                INSERT INTO web_sessions (session_sha256, person_id, expires_at)
                SELECT $1, id, least(now() + make_interval(hours => $3), (access_until + 1)::timestamptz)
                FROM people WHERE id = $2
                """, [HexDigest.sha256(session), id, Self.sessionHours])
            try await AuditLog.record(
                AuditEvent(
                    actor: "\(role):\(id)", action: "\(role).sign_in",
                    recordType: "person", recordID: String(id)), on: connection)
            return session
        }
    }

    /// The person whose live session `session` is, or nil.
    public func person(session: String) async throws -> Person? {
        guard
            let row = try await pool.query(
                """
                SELECT p.id, p.name, p.role, p.inspection_id, p.access_from, p.access_until FROM web_sessions s
                JOIN people p ON p.id = s.person_id
                WHERE s.session_sha256 = $1 AND s.expires_at > now() AND current_date BETWEEN p.access_from AND p.access_until
                  AND p.revoked_at IS NULL
                """, [HexDigest.sha256(session)]
            ).single,
            let role = Person.Role(rawValue: try row.decode(String.self, "role"))
        else { return nil }
        return Person(
            id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"), role: role,
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
