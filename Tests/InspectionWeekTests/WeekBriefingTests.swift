import Domain
import PluginKit
import Testing
import WorkforceRegister

@testable import InspectionWeek

@Suite("Briefings: the children a conversation covers and the practitioner's context from the register")
struct WeekBriefingTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 4)!

    @Test("a practitioner's briefing: their sampled children with the sample's rows, and the register's context and caseload")
    func practitioner() async throws {
        try await WeekWebFixture.with { web in
            let pool = web.week.pool
            let reader = BriefingReader(pool: pool, caseReaders: try web.context.host.implementations(of: SampledCase.point, context: web.context))
            let sampled = Dictionary(uniqueKeysWithValues: try await web.week.source(web.week.inspectionID).cases.map { ($0.caseKey, $0) })
            let register = WorkforceRegister(pool: pool)
            let id = try #require(web.own["A"]?.first)
            let briefing = try #require(try await reader.briefing(id, at: Self.date))
            let row = try await pool.query("SELECT subject FROM week_conversations WHERE id = $1", [id])[0]
            let staffID = try row.decode(String.self, "subject")
            #expect(briefing.kind == .practitioner && briefing.subject == staffID && briefing.status == "planned")
            let keys = try await pool.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1", [id]).map {
                try $0.decode(String.self, "case_key")
            }
            #expect(Set(briefing.children.map(\.caseKey)) == Set(keys))
            for child in briefing.children {
                let kase = try #require(sampled[child.caseKey])
                #expect(child.rows == kase.rows && child.stratum == kase.stratum)
                #expect(try await register.staffID(ofAllocatedWorker: kase.worker, snapshot: kase.snapshotID) == staffID)
            }
            let practitioner = try #require(briefing.practitioner)
            #expect(practitioner.staff == (try await register.staff(id: staffID)))
            #expect(practitioner.context == (try await register.context(of: staffID, at: Self.date)))
            // Caseload, counted independently: open List 6 cases whose worker the match gave them.
            let snapshot = try #require(sampled.values.first?.snapshotID)
            var children: Set<String> = []
            for row in try await pool.query(
                "SELECT child_id, allocated_worker FROM annex_a_list_6 WHERE snapshot_id = $1 AND case_status <> 'CLOSED' AND cin_closure_date IS NULL",
                [snapshot])
            where try await register.staffID(ofAllocatedWorker: try row.decode(String?.self, "allocated_worker") ?? "", snapshot: snapshot) == staffID {
                children.insert(try row.decode(String.self, "child_id"))
            }
            #expect(practitioner.caseload == children.count, "caseload \(practitioner.caseload), children \(children.count)")
            #expect(briefing.wishes == nil)
            #expect(briefing.slot?.inspectorID == web.inspectors["A"]?.id && briefing.slot?.room == "R1")
        }
    }

    @Test("a child's own briefing carries the way and access needs; a declined child and an unknown id have none")
    func child() async throws {
        try await WeekWebFixture.with { web in
            let reader = BriefingReader(pool: web.week.pool, caseReaders: try web.context.host.implementations(of: SampledCase.point, context: web.context))
            let briefing = try #require(try await reader.briefing(web.agreedChild, at: Self.date))
            #expect(briefing.kind == .child && briefing.children.map(\.caseKey) == [briefing.subject])
            #expect(briefing.wishes == WeekBriefing.Wishes(way: "in_person", accessNeeds: WeekWebFixture.accessNeeds))
            #expect(briefing.practitioner == nil && !(briefing.children.first?.rows.isEmpty ?? true))
            #expect(try await reader.briefing(web.declinedChild, at: Self.date) == nil)
            #expect(try await reader.briefing(999_999, at: Self.date) == nil)
        }
    }

    @Test("the printed briefing names children by case key and Annex A rows, and the practitioner's figures")
    func text() async throws {
        try await WeekWebFixture.with { web in
            let reader = BriefingReader(pool: web.week.pool, caseReaders: try web.context.host.implementations(of: SampledCase.point, context: web.context))
            let id = try #require(web.own["B"]?.first)
            let briefing = try #require(try await reader.briefing(id, at: Self.date))
            let lines = BriefingText.lines(briefing)
            let practitioner = try #require(briefing.practitioner)
            #expect(
                lines[0]
                    == "Conversation \(briefing.conversationID) (practitioner, planned): \(practitioner.staff.name), \(practitioner.staff.role.label), \(practitioner.staff.team)"
            )
            #expect(lines[1].hasPrefix("Booked: 2026-12-08 09:00-09:50, R1, inspector \(web.inspectors["B"]!.id)"))
            #expect(lines[2] == "Practitioner at 2026-12-04: " + BriefingText.context(practitioner))
            #expect(lines[3] == "Children covered: \(briefing.children.count)")
            for (line, child) in zip(lines.dropFirst(4), briefing.children) {
                #expect(
                    line == "  \(child.caseKey)  stratum: \(child.stratum)  rows: "
                        + child.rows.map { "List \($0.list) row \($0.rowNumber)" }.joined(separator: "; "))
            }
            #expect(lines.count == 4 + briefing.children.count)
        }
    }
}
