import CommandLineSupport
import Domain
import Foundation
import PluginKit
import Postgres
import Testing

@testable import Reporting

@Suite("The dry run: a rehearsal of the inspection")
struct RehearsalTests {
    static func call(_ text: String) -> NotificationTimeline {
        NotificationTimeline(call: LocalDateTime.parse(text)!, type: .short)!
    }

    /// A digest of the live records: inspections that are not rehearsals, their calls and grades,
    /// and the snapshots.
    static func liveDigest(_ pool: PostgresPool) async throws -> String {
        try await pool.query(
            """
            SELECT md5(concat_ws('|',
                (SELECT string_agg(concat_ws(',', id, type, started_on, ended_on, created_by), ';' ORDER BY id) FROM inspections WHERE NOT rehearsal),
                (SELECT string_agg(concat_ws(',', n.inspection_id, n.call_at), ';' ORDER BY n.inspection_id)
                   FROM reporting_notifications n JOIN inspections i ON i.id = n.inspection_id WHERE NOT i.rehearsal),
                (SELECT string_agg(concat_ws(',', inspection_id, area, grade), ';' ORDER BY inspection_id, area) FROM reporting_judgements),
                (SELECT string_agg(concat_ws(',', id, as_of, content_sha256), ';' ORDER BY id) FROM annex_a_snapshots)))
            """)[0].decode(String.self, at: 0)
    }

    @Test("nothing of a rehearsal shows in live records, the timeline or the report; its report has the checklist; end removes it and the audit log keeps it")
    func lifecycle() async throws {
        try await ReportingFixture.with { fixture async throws in
            _ = try await fixture.snapshot(asOf: "2026-11-20")
            let store = InspectionStore(pool: fixture.pool)
            _ = try await store.record(
                .short, start: CalendarDate.parse("2024-05-13")!, end: CalendarDate.parse("2024-05-17"), judgements: [.overallEffectiveness: .good],
                actor: "tester")
            let live = try await store.recordCall(Self.call("2026-11-25 10:30"), actor: "tester")
            let before = try await Self.liveDigest(fixture.pool)

            let rehearsal = try await store.recordCall(Self.call("2026-12-07 10:30"), rehearsal: true, actor: "auditor")
            let again = await #expect(throws: ReportingError.self) {
                try await store.recordCall(Self.call("2026-12-08 10:30"), rehearsal: true, actor: "auditor")
            }
            #expect(again?.description == "a rehearsal is already running (inspection \(rehearsal)); end it first with: ilacs-admin rehearsal end")
            let early = await #expect(throws: ReportingError.self) {
                try await store.recordCall(Self.call("2026-11-19 10:30"), rehearsal: true, actor: "auditor")
            }
            #expect(early?.description.hasPrefix("the call at 2026-11-19 10:30 is before the as-of date 2026-11-20 of the latest snapshot") == true)

            // Live records, the live timeline and the report's inspection section leave it out.
            #expect(try await store.all().count == 2)
            try await fixture.pool.withConnection { connection in
                let liveView = try #require(try await TimelineView.latest(checklist: fixture.checklistItems, on: connection))
                #expect(liveView.inspectionID == live)
                let rehearsalView = try #require(try await TimelineView.latest(checklist: fixture.checklistItems, rehearsal: true, on: connection))
                #expect(rehearsalView.inspectionID == rehearsal && rehearsalView.callAt == "2026-12-07 10:30")
                #expect(rehearsalView.checklist.items.count == fixture.checklistItems.count)
                #expect(rehearsalView.checklist.items.allSatisfy { !$0.due.isEmpty && !$0.detail.isEmpty })
                let section = try await InspectionSection(checklistItems: fixture.checklistItems).content(
                    for: ReportRequest(snapshotID: 1, asOf: CalendarDate.parse("2026-11-20")!, previousSnapshotID: nil, includeChildRows: false),
                    on: connection)
                let text = "\(section)"
                #expect(text.contains("inspection \(live)") && !text.contains("inspection \(rehearsal)") && !text.contains("2026-12-07"))
            }
            #expect(try await Self.liveDigest(fixture.pool) == before)

            let ended = try await RehearsalEnding.end(plugins: [], actor: "auditor", pool: fixture.pool)
            #expect(ended.inspectionID == rehearsal && ended.rows >= 1)
            #expect(try await fixture.pool.withConnection { try await Rehearsals.running(on: $0) } == nil)
            #expect(
                try await fixture.pool.query("SELECT count(*) FROM reporting_notifications WHERE inspection_id = $1", [rehearsal])[0].decode(Int.self, at: 0)
                    == 0)
            #expect(try await Self.liveDigest(fixture.pool) == before)
            let actions = try await fixture.pool.query("SELECT action, record_id FROM audit_events WHERE action LIKE 'rehearsal.%' ORDER BY id").map {
                "\(try $0.decode(String.self, "action")) \(try $0.decode(String.self, "record_id"))"
            }
            #expect(actions == ["rehearsal.start \(rehearsal)", "rehearsal.end \(rehearsal)"])
            let none = await #expect(throws: ReportingError.self) { try await RehearsalEnding.end(plugins: [], actor: "auditor", pool: fixture.pool) }
            #expect(none?.description.hasPrefix("no rehearsal is running") == true)
        }
    }

    @Test("rehearsal report: each item's due time, when it was done, and what is missing")
    func reportShowsDoneTimes() async throws {
        try await ReportingFixture.with { fixture async throws in
            _ = try await fixture.snapshot(asOf: "2026-11-20")
            let rehearsal = try await InspectionStore(pool: fixture.pool).recordCall(Self.call("2026-11-23 10:30"), rehearsal: true, actor: "auditor")
            // Fresh lists imported during the rehearsal; audits attached twice, performance once.
            let fresh = try await fixture.snapshot(asOf: "2026-11-25")
            _ = try await fixture.pool.query("UPDATE annex_a_snapshots SET imported_at = '2026-11-23 14:05' WHERE id = $1", [fresh])
            for (kind, at) in [("audits", "2026-11-23 16:00"), ("performance", "2026-11-24 09:15"), ("audits", "2026-11-24 11:00")] {
                _ = try await fixture.pool.query(
                    "INSERT INTO reporting_attachments (inspection_id, kind, file_name, bytes, sha256, attached_at, attached_by) VALUES ($1, $2, 'f', 1, 'x', $3::timestamptz, 'auditor')",
                    [rehearsal, kind, at])
            }
            let view = try #require(
                try await fixture.pool.withConnection { try await TimelineView.latest(checklist: fixture.checklistItems, rehearsal: true, on: $0) })
            let items = Dictionary(uniqueKeysWithValues: view.checklist.items.map { ($0.title, $0) })
            let lists = try #require(items["Annex A imported and fresh"])
            #expect(lists.status == .done && lists.due == "2026-11-24 12:00" && lists.doneAt == "2026-11-23 14:05")
            let attached = try #require(items["Audits and performance information attached"])
            #expect(attached.status == .done && attached.due == "2026-11-24 17:00" && attached.doneAt == "2026-11-24 09:15")
            let pack = try #require(items["Data pack exported"])
            #expect(pack.status == .toDo && pack.doneAt == nil && pack.detail.hasPrefix("export the latest snapshot"))
            #expect(view.text.contains("Annex A imported and fresh".padded(46) + "due 2026-11-24 12:00, done 2026-11-23 14:05"))
            #expect(view.text.contains("Data pack exported".padded(46) + "due 2026-11-24 12:00\n"))
            let json = try JSONOutput.encode(view)
            #expect(json.contains("\"doneAt\" : \"2026-11-24 09:15\""))
        }
    }
}
