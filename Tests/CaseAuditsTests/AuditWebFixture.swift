import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import Postgres
import TestSupport

@testable import CaseAudits

/// A round with sign-in links issued for its reviewers, and the audit pages' routes to call
/// as those reviewers, connected as the sampler's database role (`ilacs_sampler`).
struct AuditWebFixture {
    let audit: AuditFixture
    let roundID: Int
    let context: PluginContext
    /// Each case: child, auditor, moderator.
    let cases: [(child: String, team: String, auditor: String, moderator: String?)]
    /// Each reviewer's one-time link token, by id in the round.
    let tokens: [String: String]
    /// Each reviewer's person id, by id in the round.
    let people: [String: Int]

    static let configuration = ConfigReader(
        provider: EnvironmentVariablesProvider(environmentVariables: ["AUDIT_CHILD_KEY": String(repeating: "k", count: 32)]))

    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (AuditWebFixture) async throws -> T) async throws -> T {
        try await AuditFixture.with { audit in
            let round = try await audit.round()
            let inspection = try await audit.pool.query(
                "INSERT INTO inspections (type, started_on, created_by) VALUES ('short', '2026-12-07', 'tester') RETURNING id")[0].decode(Int.self, "id")
            let issued = try await ReviewerLinks(pool: audit.pool).issue(
                round: round.id, inspectionID: inspection, from: .today, until: CalendarDate.today.adding(days: 7), linkHours: 12, actor: "coordinator")
            // The pages run as ilacs-sampler's role, as they are served: its grants are what is tested.
            let sampler = PostgresPool(
                configuration: try PostgresConfiguration(connectionString: audit.database.configuration.connectionString + " user='ilacs_sampler'"),
                maxConnections: 2)
            defer { sampler.close() }
            let context = PluginContext(
                configuration: configuration, pool: sampler, host: try PluginHost(linked: [], configuration: configuration), logger: Logger(label: "test"))
            return try await body(
                AuditWebFixture(
                    audit: audit, roundID: round.id, context: context, cases: try await audit.cases(round.id),
                    tokens: Dictionary(uniqueKeysWithValues: issued.map { ($0.reviewer, $0.token) }),
                    people: Dictionary(uniqueKeysWithValues: issued.map { ($0.reviewer, $0.person) })))
        }
    }

    /// A moderated case, and a case in which its auditor has no part.
    func moderatedCase() throws -> (child: String, auditor: String, moderator: String, other: String) {
        guard let kase = cases.first(where: { $0.moderator != nil }), let moderator = kase.moderator,
            let other = cases.first(where: { $0.auditor != kase.auditor && $0.moderator != kase.auditor })
        else { throw TestSetupError("the fixture round has no moderated case with another auditor's case beside it") }
        return (kase.child, kase.auditor, moderator, other.child)
    }

    /// Signs `reviewer` in with their link and returns the session token.
    func session(_ reviewer: String) async throws -> String {
        guard let token = tokens[reviewer], let session = try await PersonAccess(pool: audit.pool).signIn(token: token) else {
            throw TestSetupError("no working link for \(reviewer)")
        }
        return session
    }

    /// Calls the route `method path` as the holder of `session` (none: signed out), with `form`
    /// as the body and, when `csrf`, the session's CSRF token added to it.
    func call(
        _ method: String, _ path: String, child: String? = nil, session: String?, form: [String: String] = [:], csrf: Bool = true
    ) async throws -> (status: Int, body: String) {
        guard let route = AuditWeb.routes.first(where: { $0.method == method && $0.path == path }) else { throw TestSetupError("no route \(method) \(path)") }
        var fields = form
        if csrf, let session { fields["csrf"] = PersonAccess.csrfToken(session: session) }
        let body = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let request = HTTPRouteRequest(
            parameters: child.map { ["child": $0] } ?? [:], headers: session.map { ["cookie": "\(PersonAccess.cookie)=\($0)"] } ?? [:], body: Array(body.utf8))
        let response = try await route.handler(request, context)
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    /// The form fields of a complete audit: every question and the case graded `grade`, each
    /// question commented `comment`, and `action`.
    static func complete(_ grade: String, comment: String = "", action: String = "finish") -> [String: String] {
        let tool = try! AuditTool.parse(AuditToolExample.text, file: "tool.yaml")
        var fields = ["overall": grade, "action": action]
        for number in 1...tool.questions.count {
            fields["grade-\(number)"] = grade
            fields["comment-\(number)"] = comment
        }
        return fields
    }

    /// The audit log's actions, oldest first.
    func auditActions() async throws -> [String] {
        try await audit.pool.query("SELECT action FROM audit_events ORDER BY id").map { try $0.decode(String.self, "action") }
    }
}
