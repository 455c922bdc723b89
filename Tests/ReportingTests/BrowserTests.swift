import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import TestSupport
import Testing

@testable import AnnexA
@testable import Reporting

/// Headless Chromium, found on the PATH. A missing browser fails the test, never skips it.
enum Browser {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium headless with `arguments` after the common flags; returns its standard
    /// output and error. Blocking work runs off the cooperative pool.
    static func run(_ arguments: [String], in folder: String) async throws -> (output: String, log: String) {
        guard let path else { throw TestSetupError("chromium is not installed: scripts/install-deps.sh installs it (apt-get install chromium)") }
        let output = "\(folder)/stdout.txt"
        let log = "\(folder)/stderr.txt"
        FileManager.default.createFile(atPath: output, contents: nil)
        FileManager.default.createFile(atPath: log, contents: nil)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
                process.arguments =
                    [
                        "120", path, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                        "--user-data-dir=\(folder)/profile"
                    ] + arguments
                process.standardOutput = FileHandle(forWritingAtPath: output)
                process.standardError = FileHandle(forWritingAtPath: log)
                do {
                    try process.run()
                    process.waitUntilExit()
                    continuation.resume(returning: process.terminationStatus)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
        guard status == 0 else { throw TestSetupError("chromium exited with status \(status); see \(log)") }
        return (try String(contentsOfFile: output, encoding: .utf8), try String(contentsOfFile: log, encoding: .utf8))
    }
}

@Suite("The HTML report in a real browser")
struct BrowserTests {
    @Test("headless Chromium renders the report with no console errors, every section and text alternatives for charts")
    func rendersInChromium() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            try await fixture.pool.query(
                """
                INSERT INTO annex_a_quality_issues (snapshot_id, kind, list, row_number, column_key, message)
                VALUES ($1, 'future_date', 8, 3, 'date_of_birth', 'this date is after the as-of date'),
                       ($1, 'duplicate', 3, 5, NULL, 'same child id as row 2')
                """, [ids.current])
            _ = try await InspectionStore(pool: fixture.pool).record(
                .short, start: CalendarDate.parse("2024-05-13")!,
                end: CalendarDate.parse("2024-05-17"), judgements: [.overallEffectiveness: .good], actor: "tester")
            _ = try await InspectionStore(pool: fixture.pool).recordCall(
                NotificationTimeline(call: LocalDateTime.parse("2024-07-10 10:00")!, type: .short)!, actor: "tester")

            // Sections come through the extension point, as `ilacs-admin report readiness` gets them.
            let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
            let host = try PluginHost(linked: [AnnexAPlugin(), ReportingPlugin()], configuration: configuration)
            let sections = try host.implementations(
                of: ReportSections.point, context: PluginContext(configuration: configuration, pool: fixture.pool, host: host, logger: Logger(label: "test")))
            #expect(Set(sections.map(\.anchor)) == ["inspection", "indicators", "data-quality", "peers"])

            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/reporting-browser-test").path
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let page = "\(folder)/readiness.html"
            let screenshot = "\(folder)/readiness.png"
            try await ReportWriter(pool: fixture.pool, sections: sections + [StubSection()])
                .write(snapshotID: ids.current, to: page, format: .html, withChildRows: false, actor: "tester", reason: nil)

            let (dom, log) = try await Browser.run(["--dump-dom", "file://\(page)"], in: folder)
            let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(console.isEmpty, "console messages: \(console)")
            for anchor in ["inspection", "indicators", "data-quality", "stub-sampling"] {
                #expect(dom.contains("<section id=\"\(anchor)\""), "section \(anchor) is missing")
            }
            #expect(dom.components(separatedBy: "<h1>").count == 2)
            let charts = dom.components(separatedBy: "<svg ").dropFirst()
            #expect(charts.count >= 5)
            for chart in charts {
                #expect(chart.contains("role=\"img\""))
                let title = chart.firstMatch(of: /<title id="[^"]+">([^<]+)<\/title>/)?.1
                let description = chart.firstMatch(of: /<desc id="[^"]+">([^<]+)<\/desc>/)?.1
                #expect(title != nil && description != nil && !(description ?? "").isEmpty, "a chart lacks its text alternative")
            }
            let tables = dom.components(separatedBy: "<table").count - 1
            #expect(tables > 0 && dom.components(separatedBy: "<caption>").count - 1 == tables, "every table has a caption")

            _ = try await Browser.run(["--window-size=1280,3200", "--screenshot=\(screenshot)", "file://\(page)"], in: folder)
            let size = (try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
            #expect(size > 10_000)
            print("Screenshot of the readiness report: \(screenshot)")
        }
    }
}
