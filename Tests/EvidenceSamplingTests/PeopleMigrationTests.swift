import AnnexA
import Configuration
import Domain
import EvidenceSampling
import Hashing
import PluginKit
import Postgres
import TestSupport
import Testing

@Suite("Inspectors moved into the kernel's people")
struct PeopleMigrationTests {
    @Test("inspectors, links and sessions given before the move keep their ids and keep working; the old tables are gone")
    func inspectorsMoved() async throws {
        try await TestDatabase.with { database in
            let host = try PluginHost(
                linked: [AnnexAPlugin(), EvidenceSamplingPlugin()],
                configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
            let connection = try await database.connect()
            // The schema as it was before the move: everything but the kernel's people and the drop
            // (and the grants on people and its moderator role, which came later).
            let later = ["kernel/0007_people", "EvidenceSampling/0005_people_in_kernel", "kernel/0011_least_privilege", "kernel/0040_people_audit_roles"]
            let before = host.migrations.filter { !later.contains("\($0.owner)/\($0.id)") }
            try await Migrator().apply(before, on: connection)
            let inspection = try await connection.query("INSERT INTO inspections (type, created_by) VALUES ('short', 'tester') RETURNING id")[0].decode(
                Int.self, at: 0)
            try await connection.execute(
                """
                INSERT INTO sampling_inspectors (id, name, email, inspection_id, access_until, created_by)
                OVERRIDING SYSTEM VALUE VALUES (7, 'Ann Inspector', 'ann@ofsted.example', $1, current_date + 3, 'coordinator')
                """, [inspection])
            try await connection.execute(
                """
                INSERT INTO sampling_web_sessions (session_sha256, inspector_id, expires_at) VALUES ($1, 7, now() + interval '1 hour')
                """, [HexDigest.sha256("old-session")])
            try await connection.execute(
                """
                INSERT INTO sampling_sign_in_links (token_sha256, inspector_id, expires_at) VALUES ($1, 7, now() + interval '1 day')
                """, [HexDigest.sha256("old-link")])

            let outcome = try await Migrator().apply(host.migrations, on: connection)
            #expect(
                outcome.applied == [
                    "kernel/0007_people", "kernel/0011_least_privilege", "kernel/0040_people_audit_roles", "EvidenceSampling/0005_people_in_kernel"
                ])
            #expect(try await connection.query("SELECT to_regclass('public.sampling_inspectors') IS NULL")[0].decode(Bool.self, at: 0))

            let pool = PostgresPool(configuration: database.configuration, maxConnections: 2)
            defer { pool.close() }
            let access = PersonAccess(pool: pool)
            let person = try #require(try await access.person(session: "old-session"))
            #expect(person.id == 7 && person.name == "Ann Inspector" && person.role == .inspector && person.inspectionID == inspection)
            #expect(try await access.signIn(token: "old-link") != nil)
            // New people do not collide with the ids copied.
            let (id, _) = try await access.add(
                name: "Bo", email: "bo@ofsted.example", role: .inspector, inspectionID: inspection,
                from: .today, until: .today, today: .today, actor: "coordinator")
            #expect(id == 8)
        }
    }
}
