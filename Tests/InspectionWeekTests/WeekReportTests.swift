import Domain
import PluginKit
import Postgres
import Testing
import WorkforceRegister

@testable import InspectionWeek

@Suite("The readiness report's section on the week on site")
struct WeekReportTests {
    static func content(_ web: WeekWebFixture, childRows: Bool = true) async throws -> ReportSectionContent {
        let section = WeekSection(
            register: WorkforceRegister(pool: web.week.pool), caseReaders: try web.context.host.implementations(of: SampledCase.point, context: web.context))
        let request = ReportRequest(snapshotID: 1, asOf: WeekFixture.asOf, previousSnapshotID: nil, includeChildRows: childRows)
        return try await web.week.pool.withConnection { try await section.content(for: request, on: $0) }
    }

    static func keys(_ conversation: Int, _ pool: PostgresPool) async throws -> [String] {
        try await pool.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1 ORDER BY case_key", [conversation])
            .map { try $0.decode(String.self, "case_key") }
    }

    @Test("conversations by inspector and day, and the children whose practitioners cannot be met: worker unknown, not booked, cancelled")
    func section() async throws {
        try await WeekWebFixture.with { web in
            let pool = web.week.pool
            let (gone, unbooked) = (web.own["B"]![0], web.own["B"]![1])
            let staff = try await pool.query("SELECT subject FROM week_conversations WHERE id = $1", [gone])[0].decode(String.self, "subject")
            // The practitioner of `gone` leaves the register's match, and their conversation is
            // cancelled as `week conversations` would cancel it; another conversation is cancelled.
            _ = try await pool.query("DELETE FROM workforce_allocated_workers WHERE staff_id = $1", [staff])
            _ = try await pool.query("UPDATE week_conversations SET status = 'cancelled' WHERE id = $1", [gone])
            let register = WorkforceRegister(pool: pool)
            let outcome = try await ConversationBuilder.build(cases: try await web.week.source(web.week.inspectionID).cases, sessions: []) { sampled in
                try await register.staffID(ofAllocatedWorker: sampled.worker, snapshot: sampled.snapshotID)
            }
            _ = try await pool.query("DELETE FROM week_bookings WHERE conversation_id = $1", [unbooked])

            let content = try await Self.content(web)
            let tables = try #require(content.parts.first?.tables)
            #expect(tables.map(\.childLevel) == [false, false, true])
            var expected: [[String]] = []
            for (name, day) in [("A", "2026-12-08"), ("B", "2026-12-08"), ("A", "2026-12-09"), ("B", "2026-12-09")] {
                let ids = try await pool.query(
                    "SELECT conversation_id FROM week_bookings WHERE inspector = $1 AND day = $2", [String(web.inspectors[name]!.id), day]
                ).map { try $0.decode(Int.self, "conversation_id") }.filter { $0 != web.cancelled && $0 != web.declinedChild && $0 != gone }
                guard !ids.isEmpty else { continue }
                var children: Set<String> = []
                for id in ids { children.formUnion(id == web.agreedChild ? [try await Self.childKey(id, pool)] : try await Self.keys(id, pool)) }
                expected.append(["Inspector \(name)", day, String(ids.count), String(children.count)])
            }
            #expect(tables[0].rows == expected)
            let unknown = outcome.unknownWorkers
            let notBooked = try await Self.keys(unbooked, pool)
            let cancelled = try await Self.keys(web.cancelled, pool)
            #expect(
                tables[1].rows
                    == [
                        ["worker unknown in the register", String(unknown.count)], ["not booked", String(notBooked.count)],
                        ["cancelled", String(cancelled.count)]
                    ])
            let reasons = Dictionary(uniqueKeysWithValues: tables[2].rows.map { ($0[0], $0[1]) })
            #expect(Set(reasons.keys) == Set(unknown + notBooked + cancelled))
            for key in unknown { #expect(reasons[key] == "worker unknown in the register") }
            for key in notBooked { #expect(reasons[key] == "not booked") }
            for key in cancelled { #expect(reasons[key] == "cancelled") }
            let sampled = try await web.week.source(web.week.inspectionID).cases.count
            #expect(content.summary?.hasSuffix("of the \(sampled) sampled children will be met, \(reasons.count) cannot be.") == true)
            #expect(try await Self.content(web, childRows: false).parts.first?.tables.count == 2)
        }
    }

    @Test("a rehearsal's conversations are left out of the report")
    func rehearsal() async throws {
        try await WeekWebFixture.with { web in
            _ = try await web.week.pool.query("UPDATE inspections SET rehearsal = true WHERE id = $1", [web.week.inspectionID])
            let content = try await Self.content(web)
            #expect(content.summary == "No conversations have been built for an inspection yet (`ilacs-admin week conversations`).")
        }
    }

    static func childKey(_ conversation: Int, _ pool: PostgresPool) async throws -> String {
        try await pool.query("SELECT subject FROM week_conversations WHERE id = $1", [conversation])[0].decode(String.self, "subject")
    }
}
