import Foundation
import PluginKit
import Testing
import WorkforceRegister

@testable import InspectionWeek

@Suite("The week's conversations from the sample and the register")
struct ConversationTests {
    @Test("one conversation per practitioner covering all of their sampled children; a re-run changes nothing")
    func conversationsPerPractitioner() async throws {
        try await WeekFixture.with { fixture in
            let source = try await fixture.source(fixture.inspectionID)
            let (outcome, counts) = try await fixture.conversations(fixture.inspectionID)
            #expect(counts == ConversationStore.Counts(added: outcome.conversations.count))
            let covered = outcome.conversations.flatMap(\.caseKeys)
            #expect(Set(covered).count == covered.count)
            #expect(Set(covered + outcome.unknownWorkers) == Set(source.cases.map(\.caseKey)))
            #expect(Set(outcome.conversations.map(\.subject)).count == outcome.conversations.count)
            let register = WorkforceRegister(pool: fixture.pool)
            for sampled in source.cases {
                let staff = try await register.staffID(ofAllocatedWorker: sampled.worker, snapshot: sampled.snapshotID)
                let conversation = outcome.conversations.first { $0.caseKeys.contains(sampled.caseKey) }
                #expect(conversation?.subject == staff)
                if let staff { #expect(try await register.staff(id: staff) != nil) }
            }
            let stored = try await fixture.pool.query("SELECT count(*) FROM week_conversation_cases")[0].decode(Int.self, at: 0)
            #expect(stored == covered.count)

            let (_, again) = try await fixture.conversations(fixture.inspectionID)
            #expect(again == ConversationStore.Counts(unchanged: outcome.conversations.count))
        }
    }

    @Test("a sampled child whose allocated worker is unknown is a finding by case key; its practitioner's conversation changes")
    func unknownWorker() async throws {
        try await WeekFixture.with { fixture in
            let (before, _) = try await fixture.conversations(fixture.inspectionID)
            let first = try #require(before.conversations.first { $0.kind == .practitioner })
            _ = try await fixture.pool.query("DELETE FROM workforce_allocated_workers WHERE staff_id = $1", [first.subject])
            let (after, counts) = try await fixture.conversations(fixture.inspectionID)
            #expect(Set(after.unknownWorkers) == Set(before.unknownWorkers + first.caseKeys))
            #expect(!after.conversations.contains { $0.subject == first.subject })
            #expect(counts.cancelled == 1 && counts.added == 0)
            let row = try await fixture.pool.query(
                "SELECT status, sequence FROM week_conversations WHERE inspection_id = $1 AND subject = $2", [fixture.inspectionID, first.subject])[0]
            #expect(try row.decode(String.self, "status") == "cancelled" && row.decode(Int.self, "sequence") == 1)
        }
    }

    @Test("an inspection with no sample, or no such inspection, is a one-line refusal and writes nothing")
    func noSample() async throws {
        try await WeekFixture.with { fixture in
            for (inspection, message) in [
                (fixture.unsampledID, "--inspection: inspection \(fixture.unsampledID) has no sample; draw one for it first"),
                (999_999, "--inspection: no inspection 999999; `ilacs-admin inspection list` lists them")
            ] {
                let error = await #expect(throws: WeekRefusal.self) { try await fixture.conversations(inspection) }
                #expect(error?.description == message)
            }
            let written = try await fixture.pool.query("SELECT count(*) FROM week_conversations")[0].decode(Int.self, at: 0)
            #expect(written == 0)
        }
    }
}
