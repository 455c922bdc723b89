import Configuration
import Foundation
import Logging
import PluginKit
import PublishedStatistics
import TestSupport
import Testing

@testable import AnnexA
@testable import Reporting

@Suite("The report opens with where we look weak, and draws accessible dot plots")
struct BenchmarksReportTests {
    @Test("with the real published files and ILACS_AUTHORITY=891, Chromium shows the summary first and every dot plot's text alternative")
    func dotPlotsInChromium() async throws {
        let plugins: [any Plugin] = [AnnexAPlugin(), ReportingPlugin(), PublishedStatisticsPlugin()]
        try await PluginTestDatabase.with(plugins: plugins, environment: ["ILACS_AUTHORITY": "891"]) { migrated in
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/benchmarks-browser-test").path
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let fixture = ReportingFixture(database: migrated.database, pool: migrated.pool, checklistItems: [])
            let ids = try await HandWorkedSnapshot.write(fixture)
            try await PublishedStatisticsPlugin.importFiles([try ReferenceData.dfeFolder()], actor: "tester", pool: migrated.pool)
            let sections = try migrated.host.implementations(of: ReportSections.point, context: migrated.context(for: "Reporting"))
            let page = "\(folder)/readiness.html"
            let report = try await ReportWriter(pool: migrated.pool, sections: sections)
                .write(snapshotID: ids.current, to: page, format: .html, withChildRows: false, actor: "tester", reason: nil)
            #expect(report.sections.first?.anchor == "where-we-look-weak")
            let weak = report.sections.first?.content.parts.first?.tables.first?.rows ?? []
            #expect(weak.contains { $0[1] == "Re-referrals within 12 months" && $0[3] == "worse than the neighbours' median (19); worse than England (22.6)" })

            let (dom, log) = try await Browser.run(["--dump-dom", "file://\(page)"], in: folder)
            let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(console.isEmpty, "console messages: \(console)")
            let main = dom.components(separatedBy: "<main>").last ?? ""
            #expect(main.firstMatch(of: /<section id="([^"]+)"/)?.1 == "where-we-look-weak", "the summary opens the report")
            let plots = dom.components(separatedBy: "<svg class=\"chart dot-plot\"").dropFirst()
            #expect(plots.count == 14, "one dot plot per published indicator")
            for plot in plots {
                #expect(plot.contains("role=\"img\""))
                let title = plot.firstMatch(of: /<title id="[^"]+">([^<]+)<\/title>/)?.1
                let description = plot.firstMatch(of: /<desc id="[^"]+">([^<]+)<\/desc>/)?.1
                #expect(title != nil && (description ?? "").contains("Nottinghamshire"), "a dot plot lacks its text alternative")
            }
            #expect(
                dom.contains(
                    "Dot plot of 153 authorities' re-referrals within 12 months in 2025. Nottinghamshire: 23.1%; England 22.6%; neighbours' median 19% (10 of 10 with a value); rank 116 of 153 (1 = best)."
                ))
            let screenshot = "\(folder)/readiness.png"
            _ = try await Browser.run(["--window-size=1280,3200", "--screenshot=\(screenshot)", "file://\(page)"], in: folder)
            #expect(((try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0) > 10_000)
        }
    }
}
