import Domain
import PluginKit
import Postgres
import Testing

@testable import CarerEngagement

/// The foster carers' group sessions read through `inspection.group-sessions`, as a plugin
/// that never reads carer tables sees them.
@Suite("Group sessions through the inspection.group-sessions point")
struct GroupSessionPointTests {
    @Test("a campaign's sessions come back with when, where, capacity and household counts; a rehearsal's only when it asks")
    func sessionsThroughThePoint() async throws {
        try await CarerFixture.with { fixture in
            let settings = try fixture.settings
            let store = CampaignStore(pool: fixture.pool)
            let campaign = try await fixture.campaign(capacity: 1)
            _ = try await store.queue(campaign, kind: .invitation, settings: settings, actor: "c")
            let invited = try await store.audience(campaign.id).filter { $0.leftOut == nil }.map(\.householdID)
            let book = ReplyBook(pool: fixture.pool)
            for (number, (household, session)) in [(invited[0], 1), (invited[1], 1), (invited[2], 2)].enumerated() {
                let token = ReplyToken(purpose: .reply, campaignID: campaign.id, session: session, expires: 2_000_000_000, householdID: household)
                _ = try await book.record(token, tokenHash: "test-\(number)")
            }
            let rehearsal = try await fixture.pool.query(
                "INSERT INTO inspections (type, started_on, created_by, rehearsal) VALUES ('short', '2026-12-14', 'tester', true) RETURNING id"
            )[0].decode(Int.self, at: 0)
            let rehearsed = try await store.create(
                inspectionID: rehearsal, templates: try CampaignTemplates(sources: CarerFixture.templates),
                sessions: [try CampaignSession.parse("2026-12-15 18:00 | Town Hall | 12", number: 1)], source: "test", settings: settings,
                actor: "coordinator")

            let context = try fixture.context
            let readers = try context.host.implementations(of: GroupSession.point, context: context)
            let (live, hidden, asked) = try await fixture.pool.withConnection { connection in
                (
                    try await InspectionReads.records(readers, for: fixture.inspectionID, on: connection),
                    try await InspectionReads.records(readers, for: rehearsal, on: connection),
                    try await InspectionReads.records(readers, for: rehearsal, rehearsal: true, on: connection)
                )
            }
            let day = { (day: Int, hour: Int, minute: Int) in LocalDateTime(date: CalendarDate(year: 2026, month: 12, day: day)!, hour: hour, minute: minute)! }
            #expect(
                live == [
                    GroupSession(
                        campaignID: campaign.id, number: 1, start: day(8, 18, 0), venue: "County Hall, Room 2", online: false, capacity: 1,
                        householdsInvited: invited.count, householdsAccepted: 1, householdsWaiting: 1),
                    GroupSession(
                        campaignID: campaign.id, number: 2, start: day(9, 12, 30), venue: nil, online: true, capacity: 30,
                        householdsInvited: invited.count, householdsAccepted: 1, householdsWaiting: 0)
                ])
            #expect(live.map(\.id) == ["\(campaign.id)-1", "\(campaign.id)-2"])
            #expect(hidden.isEmpty)
            #expect(
                asked == [
                    GroupSession(
                        campaignID: rehearsed.id, number: 1, start: day(15, 18, 0), venue: "Town Hall", online: false, capacity: 12,
                        householdsInvited: 0, householdsAccepted: 0, householdsWaiting: 0)
                ])
        }
    }
}
