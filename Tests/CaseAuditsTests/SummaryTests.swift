import Foundation
import PluginKit
import Testing
import Workbook

@testable import CaseAudits

@Suite("Summaries, the report section and the information pack", .serialized)
struct SummaryTests {
    /// Audits every case of round `id`: cases of the largest team `requires improvement`, others `good`.
    func auditAll(_ fixture: AuditFixture, round id: Int) async throws {
        var text = AuditFixture.importHeader
        for item in try await fixture.cases(id) {
            let grade = item.team == fixture.teams[0] ? "requires improvement" : "good"
            text += AuditFixture.auditRows(child: item.child, role: "auditor", reviewer: item.auditor, grade: grade, overall: grade)
        }
        _ = try await AuditRecording(pool: fixture.pool, childKey: AuditFixture.childKey).importFile(
            try fixture.file("round-\(id).csv", text), round: id, actor: "c", today: AuditFixture.asOf)
    }

    @Test("the summary counts grades by team, stratum and section, names the weakest sections, and compares with the previous round")
    func summary() async throws {
        try await AuditFixture.with { fixture in
            let first = try await fixture.round(name: "October")
            let second = try await fixture.round(name: "November", seed: "99")
            try await auditAll(fixture, round: second.id)
            let summary = try await fixture.pool.withConnection { try await SummaryReader.summary(round: second.id, on: $0) }
            let largest = fixture.children.filter { $0.team == fixture.teams[0] }.count
            #expect(summary.overall.counts == [0, fixture.children.count - largest, largest, 0])
            #expect(summary.byTeam.first { $0.name == fixture.teams[0] }?.figures.counts == [0, 0, largest, 0])
            #expect(summary.byStratum.map(\.name) == ["child protection"])
            #expect(summary.byServiceArea.map(\.name) == ["Child protection"])
            #expect(summary.sections.count == 5 && summary.weakestSections.count == 3)
            #expect(summary.previous?.roundID == first.id && summary.previous?.overall.total == 0)
            #expect(summary.upperLabel == "good or better")
            let text = SummaryText.render(summary)
            #expect(text.contains("Case grades by team:") && text.contains("Weakest sections:"))
            #expect(!fixture.children.contains { text.contains($0.id) })
        }
    }

    @Test("the pack has the summary and, per case, the case key and its grades; the report section holds aggregates unless child rows are asked for")
    func pack() async throws {
        try await AuditFixture.with { fixture in
            let round = try await fixture.round()
            try await auditAll(fixture, round: round.id)
            let path = fixture.folder + "/pack.xlsx"
            _ = try await InformationPack(pool: fixture.pool).write(round: round.id, to: path, inspectionID: nil, actor: "c")
            let reader = try XLSXReader(path: path)
            #expect(reader.sheetNames == ["Summary", "Cases"])
            var rows: [[String]] = []
            try reader.rows(ofSheet: "Cases") { _, cells in rows.append(cells) }
            #expect(rows.count == fixture.children.count + 1)
            #expect(Array(rows[0].prefix(5)) == ["Case key (Child Unique ID)", "Team", "Service area", "Stratum", "Auditor's grade"])
            #expect(Set(rows.dropFirst().map { $0[0] }) == Set(fixture.children.map(\.id)))
            let html = fixture.folder + "/pack.html"
            _ = try await InformationPack(pool: fixture.pool).write(round: round.id, to: html, inspectionID: nil, actor: "c")
            let page = try String(contentsOfFile: html, encoding: .utf8)
            #expect(page.contains("<h1>Case audits: November 2026</h1>") && !page.contains("<script"))
            #expect(try await fixture.count("case_audit_packs") == 2)
            #expect(try await fixture.pool.query("SELECT 1 FROM audit_events WHERE action = 'audits.pack_export'").count == 2)

            let request = ReportRequest(snapshotID: 1, asOf: AuditFixture.asOf, previousSnapshotID: nil, includeChildRows: false)
            let aggregates = try await fixture.pool.withConnection { try await CaseAuditsSection().content(for: request, on: $0) }
            #expect(!aggregates.parts[0].tables.contains { $0.childLevel })
            var withRows = request
            withRows.includeChildRows = true
            let detailed = try await fixture.pool.withConnection { try await CaseAuditsSection().content(for: withRows, on: $0) }
            #expect(detailed.parts[0].tables.last?.childLevel == true)
        }
    }
}
