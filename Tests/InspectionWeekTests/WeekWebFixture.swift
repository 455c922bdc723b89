import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import Postgres
import TestSupport

@testable import AnnexA
@testable import EvidenceSampling
@testable import InspectionWeek

/// The week fixture with its conversations built as `week conversations` builds them, two
/// inspectors signed up for the inspection, and bookings inserted with SQL (as the plan would
/// leave them): the practitioners' conversations alternate between the inspectors over two
/// days, one of inspector A's is then cancelled, and A also holds a child who agreed (in person,
/// with access needs) and a child who declined. The pages' context runs as `ilacs_sampler`.
struct WeekWebFixture {
    let week: WeekFixture
    /// The pages' context, connected as the sampler's role, with the sampled-cases point.
    let context: PluginContext
    /// Person id and one-time token of inspectors A and B.
    let inspectors: [String: (id: Int, token: String)]
    /// Booked conversations by inspector, not counting the cancelled one and the declined child.
    let own: [String: [Int]]
    let cancelled: Int
    let agreedChild: Int
    let declinedChild: Int

    static let days = [CalendarDate(year: 2026, month: 12, day: 8)!, CalendarDate(year: 2026, month: 12, day: 9)!]
    static let accessNeeds = "Step-free access; prefers a quiet room"

    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (WeekWebFixture) async throws -> T) async throws -> T {
        try await WeekFixture.with { week in
            let pool = week.pool
            let inspection = week.inspectionID
            let (outcome, _) = try await week.conversations(inspection)
            var inspectors: [String: (id: Int, token: String)] = [:]
            for name in ["A", "B"] {
                inspectors[name] = try await PersonAccess(pool: pool).add(
                    name: "Inspector \(name)", email: "inspector.\(name.lowercased())@ofsted.example", role: .inspector, inspectionID: inspection, from: .today,
                    until: CalendarDate.today.adding(days: 7), today: .today, actor: "coordinator")
            }
            let ids = try await pool.query(
                "SELECT id FROM week_conversations WHERE inspection_id = $1 AND kind = 'practitioner' ORDER BY id", [inspection]
            ).map { try $0.decode(Int.self, "id") }
            guard ids.count >= 4, outcome.conversations.count >= 4 else { throw TestSetupError("the fixture has fewer than four practitioners") }
            var own: [String: [Int]] = ["A": [], "B": []]
            for (index, id) in ids.enumerated() {
                let name = index % 2 == 0 ? "A" : "B"
                try await book(id, inspector: inspectors[name]!.id, slot: index / 2, pool: pool)
                own[name]!.append(id)
            }
            let cancelled = own["A"]!.removeLast()
            _ = try await pool.query("UPDATE week_conversations SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", [cancelled])
            let keys = try await week.source(inspection).cases.map(\.caseKey)
            let agreed = try await child(keys[0], answer: "agreed", inspection: inspection, pool: pool)
            let declined = try await child(keys[1], answer: "declined", inspection: inspection, pool: pool)
            for (offset, id) in [agreed, declined].enumerated() { try await book(id, inspector: inspectors["A"]!.id, slot: 20 + offset, pool: pool) }
            own["A"]!.append(agreed)
            let sampler = PostgresPool(
                configuration: try PostgresConfiguration(connectionString: week.pool.configuration.connectionString + " user='ilacs_sampler'"),
                maxConnections: 2)
            defer { sampler.close() }
            let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
            let host = try PluginHost(linked: [AnnexAPlugin(), EvidenceSamplingPlugin(), InspectionWeekPlugin()], configuration: configuration)
            let context = PluginContext(configuration: configuration, pool: sampler, host: host, logger: Logger(label: "test"))
            return try await body(
                WeekWebFixture(
                    week: week, context: context, inspectors: inspectors, own: own, cancelled: cancelled, agreedChild: agreed, declinedChild: declined))
        }
    }

    /// Books conversation `id` for `inspector`: slot n is the n-th hour from 09:00, on the first
    /// day for even n and the second for odd n; even slots in room R1, odd ones online.
    static func book(_ id: Int, inspector: Int, slot: Int, pool: PostgresPool) async throws {
        let hour = 9 + slot / 2 % 8
        _ = try await pool.query(
            "INSERT INTO week_bookings (conversation_id, day, starts, ends, inspector, room) VALUES ($1, $2, make_time($3, 0, 0), make_time($3, 50, 0), $4, $5)",
            [id, days[slot % 2], hour, String(inspector), slot % 2 == 0 ? "R1" : nil])
    }

    /// A child's conversation for `key` with the worker's recorded `answer`.
    static func child(_ key: String, answer: String, inspection: Int, pool: PostgresPool) async throws -> Int {
        let agreed = answer == "agreed"
        _ = try await pool.query(
            """
            INSERT INTO week_child_requests (inspection_id, case_key, worker, answer, way, access_needs, answered_at)
            VALUES ($1, $2, 'S1', $3, $4, $5, now())
            """, [inspection, key, answer, agreed ? "in_person" : nil, agreed ? accessNeeds : nil])
        return try await pool.query(
            "INSERT INTO week_conversations (inspection_id, kind, subject) VALUES ($1, 'child', $2) RETURNING id", [inspection, key])[0].decode(Int.self, "id")
    }

    /// Signs inspector `name` in and returns the session token.
    func session(_ name: String) async throws -> String {
        guard let token = inspectors[name]?.token, let session = try await PersonAccess(pool: week.pool).signIn(token: token) else {
            throw TestSetupError("no working link for inspector \(name)")
        }
        return session
    }

    /// Calls the week route `GET path` as the holder of `session` (none: signed out).
    func get(_ path: String, id: String? = nil, session: String?) async throws -> (status: Int, headers: [String: String], body: String) {
        guard let route = WeekWeb.routes.first(where: { $0.method == "GET" && $0.path == path }) else { throw TestSetupError("no route GET \(path)") }
        let request = HTTPRouteRequest(
            parameters: id.map { ["id": $0] } ?? [:], headers: session.map { ["cookie": "\(PersonAccess.cookie)=\($0)"] } ?? [:])
        let response = try await route.handler(request, context)
        return (response.status, response.headers, String(decoding: response.body, as: UTF8.self))
    }
}
