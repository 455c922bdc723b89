import Domain
import Foundation
import PluginKit
import Postgres
import TestSupport
import Testing

@Suite("People's access to the web pages")
struct PersonAccessTests {
    /// Runs `body` on a migrated kernel database with one inspection.
    func withInspection(_ body: (PostgresPool, Int) async throws -> Void) async throws {
        try await PluginTestDatabase.with(plugins: []) { migrated in
            let pool = migrated.pool
            let inspection = try await pool.query("INSERT INTO inspections (type, created_by) VALUES ('short', 'tester') RETURNING id")[0].decode(
                Int.self, at: 0)
            try await body(pool, inspection)
        }
    }

    @Test("the session cookie is a __Host- cookie: Secure, Path=/, no Domain, HttpOnly, SameSite=Strict")
    func hostCookie() {
        #expect(PersonAccess.cookie == "__Host-ilacs_session")
        for value in [PersonAccess.sessionCookie("abc"), PersonAccess.clearedCookie] {
            let attributes = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(attributes.first?.hasPrefix("__Host-ilacs_session=") == true)
            #expect(attributes.contains("Secure") && attributes.contains("Path=/") && attributes.contains("HttpOnly") && attributes.contains("SameSite=Strict"))
            #expect(!attributes.contains { $0.lowercased().hasPrefix("domain=") })
        }
    }

    @Test("a signed-in auditor is refused by a page for inspectors; an inspector passes, and a POST needs the CSRF token")
    func roles() async throws {
        try await withInspection { pool, inspection in
            let access = PersonAccess(pool: pool)
            let (_, auditorLink) = try await access.add(
                name: "Al Auditor", email: "al@la.example", role: .auditor, inspectionID: inspection,
                from: .today, until: .today, today: .today, actor: "coordinator")
            let (inspectorID, inspectorLink) = try await access.add(
                name: "Ann Inspector", email: "ann@ofsted.example", role: .inspector,
                inspectionID: inspection, from: .today, until: .today, today: .today, actor: "coordinator")
            let auditor = try #require(try await access.signIn(token: auditorLink))
            let inspector = try #require(try await access.signIn(token: inspectorLink))
            func request(_ session: String, body: String = "") -> HTTPRouteRequest {
                HTTPRouteRequest(headers: ["cookie": "\(PersonAccess.cookie)=\(session)"], body: Array(body.utf8))
            }
            guard case .signedOut = try await access.check(request(auditor), roles: [.inspector]) else {
                Issue.record("auditor admitted")
                return
            }
            guard case .signedIn(let person, _) = try await access.check(request(inspector), roles: [.inspector]) else {
                Issue.record("inspector refused")
                return
            }
            #expect(person.id == inspectorID && person.role == .inspector && person.actor == "inspector:\(inspectorID)")
            guard case .formExpired = try await access.check(request(inspector, body: "csrf=wrong"), roles: [.inspector], post: true) else {
                Issue.record("bad CSRF admitted")
                return
            }
            let csrf = PersonAccess.csrfToken(session: inspector)
            guard case .signedIn = try await access.check(request(inspector, body: "csrf=\(csrf)"), roles: [.inspector], post: true) else {
                Issue.record("good CSRF refused")
                return
            }
            let actions = try await pool.query("SELECT action FROM audit_events ORDER BY id").map { try $0.decode(String.self, at: 0) }
            #expect(actions == ["auditor.add", "inspector.add", "auditor.sign_in", "inspector.sign_in"])
        }
    }

    @Test("a link does not work before the first day of access, nor twice")
    func accessDates() async throws {
        try await withInspection { pool, inspection in
            let access = PersonAccess(pool: pool)
            let tomorrow = CalendarDate.today.adding(days: 1)
            let (_, early) = try await access.add(
                name: "Ann", email: "ann@ofsted.example", role: .inspector, inspectionID: inspection,
                from: tomorrow, until: tomorrow, today: .today, actor: "coordinator")
            #expect(try await access.signIn(token: early) == nil)
            let (_, link) = try await access.add(
                name: "Bo", email: "bo@ofsted.example", role: .inspector, inspectionID: inspection,
                from: .today, until: tomorrow, today: .today, actor: "coordinator")
            #expect(try await access.signIn(token: link) != nil)
            #expect(try await access.signIn(token: link) == nil)
            await #expect(throws: PersonAccessError.self) {
                try await access.add(
                    name: "Cy", email: "cy@ofsted.example", role: .inspector, inspectionID: inspection,
                    from: tomorrow, until: .today, today: .today, actor: "coordinator")
            }
        }
    }

    @Test("a link works for the hours given, not until the end of access")
    func linkHours() async throws {
        try await withInspection { pool, inspection in
            let access = PersonAccess(pool: pool)
            let (id, _) = try await access.add(
                name: "Ann", email: "ann@ofsted.example", role: .inspector, inspectionID: inspection,
                from: .today, until: CalendarDate.today.adding(days: 10), today: .today, linkHours: 2, actor: "c")
            let hours = try await pool.query(
                "SELECT extract(epoch FROM expires_at - now()) / 3600 FROM sign_in_links WHERE person_id = $1", [id])[0].decode(Double.self, at: 0)
            #expect(hours > 1.9 && hours <= 2.0)
        }
    }

    @Test("reissuing stops the old link; revoking ends the sessions and every link, and the listing says so")
    func reissueAndRevoke() async throws {
        try await withInspection { pool, inspection in
            let access = PersonAccess(pool: pool)
            let (id, first) = try await access.add(
                name: "Ann", email: "ann@ofsted.example", role: .inspector, inspectionID: inspection,
                from: .today, until: .today, today: .today, actor: "c")
            let second = try await access.reissue(id, actor: "c")
            #expect(try await access.signIn(token: first) == nil)
            let session = try #require(try await access.signIn(token: second))
            #expect(try await access.person(session: session)?.id == id)
            let third = try await access.reissue(id, actor: "c")
            #expect(try await access.all().first?.state == "active")
            #expect(try await access.all().first?.openSessions == 1)

            #expect(try await access.revoke(id, reason: "left the team", actor: "c") == 1)
            #expect(try await access.person(session: session) == nil)
            #expect(try await access.signIn(token: third) == nil)
            #expect(try await access.all().first?.state == "revoked")
            await #expect(throws: PersonAccessError.self) { try await access.reissue(id, actor: "c") }
            await #expect(throws: PersonAccessError.self) { try await access.revoke(id + 1, reason: "x", actor: "c") }
            let actions = try await pool.query("SELECT action, reason FROM audit_events WHERE action LIKE 'inspector.re%' ORDER BY id")
                .map { "\(try $0.decode(String.self, at: 0)):\(try $0.decode(String?.self, at: 1) ?? "")" }
            #expect(actions == ["inspector.reissue:", "inspector.reissue:", "inspector.revoke:left the team"])
        }
    }
}
