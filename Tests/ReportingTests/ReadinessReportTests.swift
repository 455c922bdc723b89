import CommandLineSupport
import Foundation
import PluginKit
import Testing

@testable import Reporting

@Suite("The readiness report: sections, formats, child rows and bad input")
struct ReadinessReportTests {
    static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("readiness-\(UUID().uuidString)-\(name)").path
    }

    static let sections: [any ReportSection] = [InspectionSection(checklistItems: []), IndicatorsSection(), StubSection()]

    @Test("with no snapshot imported the report stops with one line that says what to do")
    func noSnapshot() async throws {
        try await ReportingFixture.with { fixture in
            let path = Self.temporaryFile("none.html")
            let error = await #expect(throws: ReportingError.self) {
                try await ReportWriter(pool: fixture.pool, sections: Self.sections)
                    .write(snapshotID: nil, to: path, format: .html, withChildRows: false, actor: "tester", reason: nil)
            }
            #expect(error?.description == ReportingError.noSnapshot.description)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("an unknown snapshot id is refused, naming the command that lists snapshots")
    func unknownSnapshot() async throws {
        try await ReportingFixture.with { fixture in
            _ = try await fixture.snapshot(asOf: "2024-07-08")
            let error = await #expect(throws: ReportingError.self) {
                try await ReportWriter(pool: fixture.pool, sections: Self.sections)
                    .write(snapshotID: 99, to: Self.temporaryFile("x.html"), format: .html, withChildRows: false, actor: "tester", reason: nil)
            }
            #expect(error?.description == "there is no snapshot 99; list them with: ilacs-admin snapshots")
        }
    }

    @Test("aggregates only by default: child-level tables are dropped and nothing is audit-logged")
    func aggregatesOnly() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let path = Self.temporaryFile("report.html")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let report = try await ReportWriter(pool: fixture.pool, sections: Self.sections)
                .write(snapshotID: ids.current, to: path, format: .html, withChildRows: false, actor: "tester", reason: nil)
            #expect(report.previousSnapshotID == ids.previous)
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!html.contains("CHILD-SECRET-1"))
            #expect(!html.contains("class=\"child-level\""))
            let logged = try await fixture.pool.query("SELECT count(*) FROM audit_events WHERE action = 'report.readiness.child_rows'")[0].decode(
                Int.self, at: 0)
            #expect(logged == 0)
        }
    }

    @Test("child rows appear only when asked for, and the request is audit-logged with its reason")
    func childRows() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let path = Self.temporaryFile("children.html")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await ReportWriter(pool: fixture.pool, sections: Self.sections)
                .write(snapshotID: ids.current, to: path, format: .html, withChildRows: true, actor: "coordinator", reason: "QA audit")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains("CHILD-SECRET-1"))
            // C4 is an open case with no allocated worker.
            #expect(html.contains("<caption>Unallocated cases: children in the denominator but not the numerator (List 6)</caption>"))
            let event = try #require(
                try await fixture.pool.query(
                    "SELECT actor, record_id, reason FROM audit_events WHERE action = 'report.readiness.child_rows'"
                ).single)
            #expect(try event.decode(String.self, "actor") == "coordinator")
            #expect(try event.decode(String.self, "record_id") == String(ids.current))
            #expect(try event.decode(String.self, "reason") == "QA audit")
        }
    }

    @Test("child rows without a reason are refused, by the command and by the writer, and nothing is written or logged")
    func childRowsNeedAReason() async throws {
        #expect(throws: (any Error).self) { try ReadinessCommand.parse(["--out", "x.html", "--with-child-rows"]) }
        #expect(throws: (any Error).self) { try ReadinessCommand.parse(["--out", "x.html", "--with-child-rows", "--reason", "  "]) }
        #expect(throws: (any Error).self) { try ReadinessCommand.parse(["--out", "x.html", "--reason", "QA audit"]) }
        _ = try ReadinessCommand.parse(["--out", "x.html", "--with-child-rows", "--reason", "QA audit"])
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let path = Self.temporaryFile("no-reason.html")
            await #expect(throws: ReportingError.self) {
                try await ReportWriter(pool: fixture.pool, sections: Self.sections)
                    .write(snapshotID: ids.current, to: path, format: .html, withChildRows: true, actor: "coordinator", reason: nil)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
            let logged = try await fixture.pool.query("SELECT count(*) FROM audit_events WHERE action = 'report.readiness.child_rows'")[0].decode(
                Int.self, at: 0)
            #expect(logged == 0)
        }
    }

    @Test("all text is escaped in HTML; the chart has its text alternative")
    func escaping() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let report = try await fixture.pool.withConnection { connection in
                try await ReadinessReport.build(snapshotID: ids.current, includeChildRows: false, sections: [StubSection()], on: connection)
            }
            let html = HTMLRenderer.render(report)
            #expect(!html.contains("<script"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(html.contains("<h2 id=\"stub-sampling-heading\">Sampling &lt;balance&gt; &amp; &quot;composition&quot;</h2>"))
            #expect(html.contains("<desc id=\"chart-1-desc\">Bar chart of 2 age groups: &lt;5 has 3, 5-9 has 4.</desc>"))
            #expect(html.contains("role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\""))
        }
    }

    @Test("CSV is one long table whose cells cannot run as formulas; JSON round-trips")
    func csvAndJSON() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let report = try await fixture.pool.withConnection { connection in
                try await ReadinessReport.build(snapshotID: ids.current, includeChildRows: false, sections: Self.sections, on: connection)
            }
            let csv = CSVRenderer.render(report)
            #expect(csv.hasPrefix("section,part,table,row,column,value\r\n"))
            #expect(csv.contains("Sample by age,2,Age,'=5-9\r\n"))
            #expect(csv.contains("Readiness indicators,Adoption,"))
            // The one formula guard: a leading space, tab or CR does not hide a formula.
            #expect(CSVRenderer.field(" =HYPERLINK(\"x\")") == "\"' =HYPERLINK(\"\"x\"\")\"")
            #expect(CSVRenderer.field("\t+1") == "'\t+1")
            #expect(CSVRenderer.field("\r@SUM(A1)") == "\"'\r@SUM(A1)\"")
            let decoded = try JSONDecoder().decode(ReadinessReport.self, from: Data(try JSONOutput.encode(report).utf8))
            #expect(decoded == report)
        }
    }
}
