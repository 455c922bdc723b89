import AnnexA
import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import Postgres
import TestSupport
import Testing
import WebServer

@testable import EvidenceSampling

@Suite("The inspectors' web page in headless Chromium", .serialized)
struct WebPageTests {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test("sign in, see the sample, open a child, be refused another, extend, download; the __Host- cookie is Secure, HttpOnly, SameSite")
    func browser() async throws {
        try await SamplingFixture.with { fixture in
            let inspection = try await fixture.pool.query(
                "INSERT INTO inspections (type, started_on, created_by) VALUES ('short', '2026-12-07', 'tester') RETURNING id")[0].decode(Int.self, "id")
            let (record, _) = try await ManifestStore(pool: fixture.pool).freeze(
                plan: try SamplingPlan.parse(SamplingFixture.plan, file: "plan.yaml"), file: "plan.yaml",
                snapshotID: fixture.snapshotID, inspectionID: inspection, actor: "coordinator")
            let sample = try await SampleStore(pool: fixture.pool).draw(
                manifestID: record.id, seed: "31415926535897932384626433", allowShortSeed: false, actor: "inspector")
            let access = PersonAccess(pool: fixture.pool)
            let (_, token) = try await access.add(
                name: "Ann Inspector", email: "ann@ofsted.example", role: .inspector, inspectionID: inspection,
                from: .today, until: CalendarDate.today.adding(days: 7), today: .today, actor: "coordinator")
            let output = try await Self.withServer(fixture) { port in
                try await Self.drive("http://127.0.0.1:\(port)/sign-in?token=\(token)")
            }
            let seen = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            #expect(seen["heading_after_sign_in"] as? String == "Samples for inspection \(inspection)")
            #expect((seen["cookie_flags"] as? [[String: Any]])?.first?["name"] as? String == "__Host-ilacs_session")
            #expect((seen["cookie_flags"] as? [[String: Any]])?.first?["httpOnly"] as? Bool == true)
            #expect((seen["cookie_flags"] as? [[String: Any]])?.first?["secure"] as? Bool == true)
            #expect((seen["cookie_flags"] as? [[String: Any]])?.first?["sameSite"] as? String == "Strict")
            #expect(seen["rows_before"] as? Int == sample.picks.count)
            #expect((seen["child_tables"] as? Int ?? 0) >= 1)
            #expect(seen["other_child_heading"] as? String == "Not found")
            #expect(seen["rows_after"] as? Int == sample.picks.count + 2)
            #expect(seen["downloaded_lines"] as? Int == sample.picks.count + 3)
            #expect((seen["console_errors"] as? [String])?.isEmpty == true, "console errors: \(seen["console_errors"] ?? "none")")
            let actions = try await fixture.auditActions()
            for action in ["inspector.sign_in", "sample.view", "sample.child_view", "sample.child_refused", "sample.extend", "sample.export"] {
                #expect(actions.contains(action), "missing audit action \(action)")
            }
            // Children seen or refused are named by a keyed HMAC under AUDIT_CHILD_KEY, never a plain hash.
            let children = try await fixture.pool.query(
                "SELECT details->>'child_hmac' AS h, details ? 'child_sha256' AS plain FROM audit_events WHERE action IN ('sample.child_view', 'sample.child_refused')"
            )
            #expect(!children.isEmpty)
            #expect(try children.allSatisfy { try $0.decode(String?.self, "h")?.count == 64 && !$0.decode(Bool.self, "plain") })
            // The link works once.
            #expect(try await access.signIn(token: token) == nil)
        }
    }

    @Test("a POST without the session's CSRF token is refused, and no session means no page")
    func csrfAndSession() async throws {
        try await SamplingFixture.with { fixture in
            let context = PluginContext(
                configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])),
                pool: fixture.pool,
                host: try PluginHost(linked: [], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))),
                logger: Logger(label: "test"))
            let route = { (method: String, path: String) in SamplerWeb.routes.first { $0.method == method && $0.path == path }! }
            let anonymous = try await route("GET", "/").handler(HTTPRouteRequest(), context)
            #expect(anonymous.status == 401)
            for address in ["203.0.113.77", "203.0.113.9", "2001:db8:1:2::5"] {
                let forged = try await route("POST", "/sign-in").handler(HTTPRouteRequest(body: Array("token=forged".utf8), clientAddress: address), context)
                #expect(forged.status == 403)
            }
            // Refusals are counts per address bucket (/24, /48) and hour, with no full address kept.
            let refusals = try await fixture.pool.query("SELECT action, source_bucket, refusals FROM refusal_counts ORDER BY source_bucket")
                .map { "\(try $0.decode(String.self, "action")) \(try $0.decode(String.self, "source_bucket")) \(try $0.decode(Int.self, "refusals"))" }
            #expect(refusals == ["person.sign_in_refused 2001:db8:1::/48 1", "person.sign_in_refused 203.0.113.0/24 2"])
            #expect(try await fixture.pool.query("SELECT count(*) FROM audit_events WHERE action = 'person.sign_in_refused'")[0].decode(Int.self, at: 0) == 0)
            let inspection = try await fixture.pool.query(
                "INSERT INTO inspections (type, created_by) VALUES ('short', 'tester') RETURNING id")[0].decode(Int.self, "id")
            let (_, token) = try await PersonAccess(pool: fixture.pool).add(
                name: "Ann", email: "ann@ofsted.example", role: .inspector, inspectionID: inspection, from: .today, until: .today, today: .today, actor: "c")
            let session = try #require(try await PersonAccess(pool: fixture.pool).signIn(token: token))
            let post = try await route("POST", "/samples/:id/extend").handler(
                HTTPRouteRequest(parameters: ["id": "1"], headers: ["cookie": "\(PersonAccess.cookie)=\(session)"], body: Array("more=1&csrf=wrong".utf8)),
                context)
            #expect(post.status == 403)
            let stored = try await fixture.pool.query("SELECT token_sha256 FROM sign_in_links")[0].decode(String.self, "token_sha256")
            #expect(stored != token && stored.count == 64)
        }
    }

    /// Serves the plugin's routes on a free port while `body` runs.
    static func withServer<T: Sendable>(_ fixture: SamplingFixture, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: ["AUDIT_CHILD_KEY": String(repeating: "a", count: 32)]))
        let host = try PluginHost(linked: [AnnexAPlugin(), EvidenceSamplingPlugin()], configuration: configuration)
        let context = PluginContext(configuration: configuration, pool: fixture.pool, host: host, logger: Logger(label: "test"))
        let server = PluginWebServer(
            routes: EvidenceSamplingPlugin().routes.map { .init($0, context: context) },
            address: "127.0.0.1", port: 0, logger: Logger(label: "test")
        ) { true }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let serving = Task { try await server.application { continuation.yield($0) }.runService() }
        defer { serving.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw BrowserUnavailable(description: "the server did not start") }
        return try await body(port)
    }

    /// Runs the Selenium script against `signIn` and returns what it saw, as JSON.
    static func drive(_ signIn: String) async throws -> Data {
        let artifacts = "\(root)/.build/test-artifacts"
        let downloads = "\(artifacts)/downloads-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: downloads) }
        let screenshot = "\(artifacts)/sampler-sample-page.png"
        let run = try await PythonRun.detached(["\(root)/scripts/browser/sampler_page.py", signIn, screenshot, downloads])
        guard run.status == 0 else {
            throw BrowserUnavailable(
                description:
                    "the browser run failed (install chromium, chromium-driver and selenium with `make setup`): \(String(decoding: run.errors.suffix(2000), as: UTF8.self))"
            )
        }
        print("Screenshot of the sample page: \(screenshot)")
        return run.output
    }

    struct BrowserUnavailable: Error, CustomStringConvertible {
        let description: String
    }
}
