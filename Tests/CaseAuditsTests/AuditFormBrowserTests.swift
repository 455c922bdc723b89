import Foundation
import Logging
import PluginKit
import TestSupport
import Testing
import WebServer

@testable import CaseAudits

@Suite("The case-audit web form in headless Chromium", .serialized)
struct AuditFormBrowserTests {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test("sign in, be refused an empty finish, save a draft, finish, be refused another auditor's case; the moderator is blind until they finish")
    func browser() async throws {
        try await AuditWebFixture.with { web in
            let kase = try web.moderatedCase()
            let tool = try AuditTool.parse(AuditToolExample.text, file: "tool.yaml")
            let output = try await Self.withServer(web) { port in
                let base = "http://127.0.0.1:\(port)\(AuditWeb.signInPath)?token="
                return try await Self.drive([
                    base + web.tokens[kase.auditor]!, base + web.tokens[kase.moderator]!, AuditWeb.casePath(kase.child), AuditWeb.casePath(kase.other)
                ])
            }
            let seen = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            #expect(seen["form_heading"] as? String == "Audit of a case")
            #expect(seen["selects"] as? Int == tool.questions.count)
            #expect(seen["unlabelled"] as? Int == 0)
            #expect(seen["refused_problems"] as? Int == tool.questions.count + 1)
            #expect(seen["summary_role"] as? String == "alert")
            #expect(seen["invalid_fields"] as? Int == tool.questions.count + 1)
            #expect(seen["draft_grade"] as? String == "good")
            #expect(seen["draft_comment"] as? String == "draft comment")
            #expect((seen["states"] as? [String])?.contains("Draft saved") == true)
            #expect((seen["final_notice"] as? String)?.contains("cannot be changed") == true)
            #expect(seen["auditor_columns"] as? [String] == ["Section", "Question", "Your grade"])
            #expect(seen["other_case_heading"] as? String == "Not found")
            #expect((seen["moderator_tasks"] as? Int ?? 0) >= 1)
            #expect(seen["moderator_heading"] as? String == "Moderation of a case audit")
            #expect(seen["blind"] as? Bool == true)
            #expect(seen["moderator_columns"] as? [String] == ["Section", "Question", "The auditor's grade", "Your grade"])
            #expect(seen["agree_form"] as? Int == 1)
            #expect((seen["console_errors"] as? [String])?.isEmpty == true, "console errors: \(seen["console_errors"] ?? "none")")
            let actions = try await web.auditActions()
            for action in ["auditor.sign_in", "audits.view", "audits.draft", "audits.submit", "audits.access_refused"] {
                #expect(actions.contains(action), "missing audit action \(action)")
            }
        }
    }

    /// Serves the plugin's routes on a free port while `body` runs.
    static func withServer<T: Sendable>(_ web: AuditWebFixture, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        let server = PluginWebServer(
            routes: CaseAuditsPlugin().routes.map { .init($0, context: web.context) }, address: "127.0.0.1", port: 0, logger: Logger(label: "test")
        ) { true }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let serving = Task { try await server.application { continuation.yield($0) }.runService() }
        defer { serving.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestSetupError("the server did not start") }
        return try await body(port)
    }

    /// Runs the Selenium script with `arguments` and returns what it saw, as JSON.
    static func drive(_ arguments: [String]) async throws -> Data {
        let artifacts = "\(root)/.build/test-artifacts"
        try FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
        let screenshot = "\(artifacts)/audit-form-moderated.png"
        let run = try await PythonRun.detached(["\(root)/scripts/browser/audit_form.py"] + arguments + [screenshot])
        guard run.status == 0 else {
            throw TestSetupError(
                "the browser run failed (install chromium, chromium-driver and selenium with `make setup`): \(String(decoding: run.errors.suffix(2000), as: UTF8.self))"
            )
        }
        print("Screenshot of the moderator's finished audit: \(screenshot)")
        return run.output
    }
}
