import Domain
import PluginKit
import Testing

@testable import InspectionWeek

@Suite("Conversations built from sampled cases and group sessions")
struct ConversationBuilderTests {
    static func sampled(_ position: Int, key: String, worker: String) -> SampledCase {
        SampledCase(
            sampleID: 1, manifestID: 1, snapshotID: 1, position: position, caseKey: key, stratum: "s", childID: key, rows: [], worker: worker,
            team: "T")
    }

    @Test("a practitioner's children in sample order in one conversation, unknown workers by case key, then one per session at its own time")
    func grouping() async throws {
        let cases = [
            Self.sampled(3, key: "L8:C", worker: "Ann"), Self.sampled(1, key: "L6:A", worker: "Ann"),
            Self.sampled(2, key: "L7:B", worker: "Nobody"), Self.sampled(4, key: "L6:D", worker: "Bo")
        ]
        let day = try #require(CalendarDate(year: 2026, month: 12, day: 8))
        let start = try #require(LocalDateTime(date: day, hour: 18, minute: 0))
        let session = GroupSession(
            campaignID: 5, number: 2, start: start, venue: nil, online: true, capacity: 10, householdsInvited: 20, householdsAccepted: 3,
            householdsWaiting: 0)
        let ids = ["Ann": "S2", "Bo": "S1"]
        let outcome = try await ConversationBuilder.build(cases: cases, sessions: [session]) { ids[$0.worker] }
        #expect(
            outcome
                == ConversationBuilder.Outcome(
                    conversations: [
                        ConversationDraft(kind: .practitioner, subject: "S1", caseKeys: ["L6:D"]),
                        ConversationDraft(kind: .practitioner, subject: "S2", caseKeys: ["L6:A", "L8:C"]),
                        ConversationDraft(kind: .carers, subject: "5-2", caseKeys: [], fixedStart: "2026-12-08 18:00", fixedPlace: nil, mode: "online")
                    ],
                    unknownWorkers: ["L7:B"]))
    }
}
