import Domain
import Foundation
import PluginKit
import Postgres
import Testing

@testable import Reporting

@Suite("Inspection records, the call and the checklist")
struct InspectionLifecycleTests {
    static func call(_ text: String, _ type: InspectionType = .short) -> NotificationTimeline {
        NotificationTimeline(call: LocalDateTime.parse(text)!, type: type)!
    }

    @Test("a recorded inspection comes back with its grades and gives the window")
    func recordAndWindow() async throws {
        try await ReportingFixture.with { fixture in
            let store = InspectionStore(pool: fixture.pool)
            _ = try await store.record(
                .short, start: CalendarDate.parse("2024-05-13")!, end: CalendarDate.parse("2024-05-17"),
                judgements: [.overallEffectiveness: .good, .childrenInCare: .outstanding], actor: "tester")
            let inspections = try await store.all()
            #expect(inspections.count == 1)
            #expect(inspections[0].judgements[.childrenInCare] == .outstanding)
            let forecast = InspectionWindow.forecast(history: inspections, today: CalendarDate.parse("2026-11-29")!)
            #expect(forecast.window?.opens == CalendarDate.parse("2026-11-13"))
            let audit = try await fixture.pool.query("SELECT count(*) FROM audit_events WHERE action = 'inspection.record'")
            #expect(try audit[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test("judgements on an ungraded visit and an end before the start are refused in one line")
    func badRecords() async throws {
        try await ReportingFixture.with { fixture in
            let store = InspectionStore(pool: fixture.pool)
            let ungraded = await #expect(throws: ReportingError.self) {
                try await store.record(
                    .focusedVisit, start: CalendarDate.parse("2025-09-16")!, end: nil,
                    judgements: [.childrenInCare: .good], actor: "tester")
            }
            #expect(ungraded?.description.contains("not graded") == true)
            let backwards = await #expect(throws: ReportingError.self) {
                try await store.record(
                    .short, start: CalendarDate.parse("2024-05-17")!, end: CalendarDate.parse("2024-05-13"),
                    judgements: [:], actor: "tester")
            }
            #expect(backwards?.description.contains("before --start") == true)
            let remaining = try await store.all()
            #expect(remaining.isEmpty)
        }
    }

    @Test("an unknown inspection type, area or grade is refused naming what is accepted")
    func unknownValues() throws {
        #expect(throws: (any Error).self) { try InspectionArguments.type("thematic") }
        #expect(throws: (any Error).self) { try InspectionArguments.type("focused-visit", allowed: NotificationTimeline.notifiedTypes) }
        #expect(try InspectionArguments.type("Focused-Visit") == .focusedVisit)
        let (area, grade) = try InspectionArguments.judgement("children-in-care=ri")
        #expect(area == .childrenInCare && grade == .requiresImprovement)
        do {
            _ = try InspectionArguments.type("thematic")
        } catch {
            #expect("\(error)".contains("standard, short, focused-visit, monitoring-visit, jtai"))
        }
        #expect(throws: (any Error).self) { try InspectionArguments.judgement("leadership=good") }
        #expect(throws: (any Error).self) { try InspectionArguments.judgement("care-leavers=excellent") }
    }

    @Test("a call before the latest snapshot's as-of date is refused and nothing is recorded")
    func callBeforeSnapshot() async throws {
        try await ReportingFixture.with { fixture in
            _ = try await fixture.snapshot(asOf: "2026-11-25")
            let error = await #expect(throws: ReportingError.self) {
                try await InspectionStore(pool: fixture.pool).recordCall(Self.call("2026-11-24 10:30"), actor: "tester")
            }
            #expect(error?.description.contains("before the as-of date 2026-11-25") == true)
            #expect(error?.description.contains("\n") == false)
            let inspections = try await fixture.pool.query("SELECT count(*) FROM inspections")[0].decode(Int.self, at: 0)
            #expect(inspections == 0)
        }
    }

    @Test("after the call the checklist reads each enabled plugin's items from the database")
    func checklist() async throws {
        try await ReportingFixture.with { fixture in
            let snapshot = try await fixture.snapshot(asOf: "2026-11-25")
            let store = InspectionStore(pool: fixture.pool)
            let id = try await store.recordCall(Self.call("2026-11-26 10:30"), actor: "tester")
            var view = try #require(try await fixture.pool.withConnection { try await TimelineView.latest(checklist: fixture.checklistItems, on: $0) })
            #expect(view.onSiteStart == CalendarDate.parse("2026-11-30"))
            // AnnexA and Reporting are enabled: their items only, in order.
            #expect(view.checklist.items.map(\.title) == ["Annex A imported and fresh", "Data pack exported", "Audits and performance information attached"])
            #expect(view.checklist.items.map(\.status) == [.done, .toDo, .toDo])
            #expect(view.checklist.items[0].due == "2026-11-27 12:00")
            #expect(view.checklist.items[2].due == "2026-11-27 17:00")

            try await fixture.pool.withConnection { connection in
                try await AuditLog.record(
                    AuditEvent(actor: "tester", action: "annex_a.export", recordType: "annex_a_snapshot", recordID: String(snapshot)), on: connection)
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("audits-\(UUID().uuidString).txt").path
            try "audit summary".write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            try await store.attach(try AttachedFile(path: file), kind: .audits, inspectionID: id, actor: "tester")
            try await store.attach(try AttachedFile(path: file), kind: .performance, inspectionID: id, actor: "tester")
            view = try #require(try await fixture.pool.withConnection { try await TimelineView.latest(checklist: fixture.checklistItems, on: $0) })
            #expect(view.checklist.items.map(\.status) == [.done, .done, .done])
        }
    }

    @Test("another plugin's checklist item takes its place by order, judged by that plugin alone")
    func contributedItem() async throws {
        try await ReportingFixture.with { fixture in
            _ = try await fixture.snapshot(asOf: "2026-11-25")
            let id = try await InspectionStore(pool: fixture.pool).recordCall(Self.call("2026-11-26 10:30"), actor: "tester")
            let items = fixture.checklistItems + [StubChecklistItem()]
            let view = try #require(try await fixture.pool.withConnection { try await TimelineView.latest(checklist: items, on: $0) })
            #expect(
                view.checklist.items.map(\.title) == [
                    "Annex A imported and fresh", "Data pack exported", "Stub item", "Audits and performance information attached"
                ])
            #expect(view.checklist.items[2] == ChecklistEntry(title: "Stub item", due: "2026-11-30 09:00", status: .done, detail: "inspection \(id)"))
        }
    }

    @Test("a snapshot older than the freshness limit is a warning in the checklist, not an error")
    func staleSnapshot() async throws {
        try await ReportingFixture.with { fixture in
            _ = try await fixture.snapshot(asOf: "2026-11-24")
            // On site Monday 30 November: the lists may be no older than Wednesday 25 November.
            _ = try await InspectionStore(pool: fixture.pool).recordCall(Self.call("2026-11-27 09:15"), actor: "tester")
            let view = try #require(try await fixture.pool.withConnection { try await TimelineView.latest(checklist: fixture.checklistItems, on: $0) })
            #expect(view.checklist.items[0].status == .warning)
            #expect(view.checklist.items[0].detail.contains("older than the freshness limit 2026-11-25"))
            #expect(view.text.contains("[warning]"))
        }
    }

    @Test("with no snapshot at all the Annex A item is still to do")
    func noSnapshot() async throws {
        try await ReportingFixture.with { fixture in
            _ = try await InspectionStore(pool: fixture.pool).recordCall(Self.call("2026-11-27 09:15", .standard), actor: "tester")
            let view = try #require(try await fixture.pool.withConnection { try await TimelineView.latest(checklist: fixture.checklistItems, on: $0) })
            #expect(view.onSiteEnd == CalendarDate.parse("2026-12-11"))
            #expect(view.checklist.items[0].status == .toDo)
            #expect(view.checklist.items[1].status == .toDo)
        }
    }
}

/// A checklist item as another plugin would contribute it.
private struct StubChecklistItem: ChecklistItem {
    let order = 30

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        ChecklistEntry(title: "Stub item", due: call.dueOnSite, status: .done, detail: "inspection \(call.inspectionID)")
    }
}
