import Foundation
import Logging
import PluginKit
import TestSupport
import Testing
import WebServer

@testable import EvidenceSampling
@testable import InspectionWeek

@Suite("The inspectors' week in headless Chromium", .serialized)
struct WeekPageBrowserTests {
    @Test("sign in, see your week by day with accessible tables, open a briefing, be refused a conversation that is not yours")
    func browser() async throws {
        try await WeekWebFixture.with { web in
            let token = try #require(web.inspectors["A"]?.token)
            let screenshot = "\(WeekWebTests.root)/.build/test-artifacts/week-briefing.png"
            try FileManager.default.createDirectory(atPath: "\(WeekWebTests.root)/.build/test-artifacts", withIntermediateDirectories: true)
            let output = try await Self.withServer(web) { port in
                let run = try await PythonRun.detached([
                    "\(WeekWebTests.root)/scripts/browser/week_page.py", "http://127.0.0.1:\(port)/sign-in?token=\(token)", screenshot
                ])
                guard run.status == 0 else {
                    throw TestSetupError(
                        "the browser run failed (install chromium, chromium-driver and selenium with `make setup`): \(String(decoding: run.errors.suffix(2000), as: UTF8.self))"
                    )
                }
                return run.output
            }
            print("Screenshot of a briefing: \(screenshot)")
            let seen = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            #expect(seen["lang"] as? String == "en")
            #expect(seen["heading"] as? String == "Your week on site")
            #expect(seen["days"] as? [String] == ["Tuesday 8 December 2026", "Wednesday 9 December 2026"])
            #expect(seen["captions"] as? [String] == ["Your conversations on Tuesday 8 December 2026", "Your conversations on Wednesday 9 December 2026"])
            #expect(seen["rows"] as? Int == web.own["A"]!.count)
            #expect(seen["headers_without_scope"] as? Int == 0 && seen["briefing_headers_without_scope"] as? Int == 0)
            #expect((seen["calendar_link"] as? String)?.hasSuffix("/week.ics") == true)
            #expect(Set(seen["links"] as? [String] ?? []) == Set(web.own["A"]!.map { "/week/conversations/\($0)" }))
            #expect((seen["briefing_heading"] as? String)?.hasPrefix("Briefing: ") == true)
            #expect(seen["briefing_sections"] as? [String] == ["The practitioner", "Children covered"])
            #expect((seen["briefing_row_headers"] as? [String])?.contains("Group reflective supervision in the last quarter") == true)
            #expect((seen["children_rows"] as? Int ?? 0) >= 1)
            #expect(seen["other_heading"] as? String == "Not found")
            #expect((seen["console_errors"] as? [String])?.isEmpty == true, "console errors: \(seen["console_errors"] ?? "none")")
        }
    }

    /// Serves the sampler's sign-in (EvidenceSampling) and the week's routes on a free port while `body` runs.
    static func withServer<T: Sendable>(_ web: WeekWebFixture, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        let routes = (EvidenceSamplingPlugin().routes + InspectionWeekPlugin().routes).map { PluginWebServer.MountedRoute($0, context: web.context) }
        let server = PluginWebServer(routes: routes, address: "127.0.0.1", port: 0, logger: Logger(label: "test")) { true }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let serving = Task { try await server.application { continuation.yield($0) }.runService() }
        defer { serving.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestSetupError("the server did not start") }
        return try await body(port)
    }
}
