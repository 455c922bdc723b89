import Foundation
import TestSupport
import Testing
import WorkforceRegister

@testable import InspectionWeek

@Suite("The week's calendar invitations through the outbox, read back with Python icalendar")
struct WeekInvitationTests {
    /// Two practitioners' conversations whose practitioners have an email address, booked with
    /// inspector `inspector`: one in Room 2 on Tuesday, one online on Wednesday.
    static func booked(_ fixture: WeekFixture, inspector: String) async throws -> [(id: Int, address: String, keys: [String])] {
        _ = try await fixture.conversations(fixture.inspectionID)
        var chosen: [(id: Int, address: String, keys: [String])] = []
        for id in try await fixture.conversationIDs() where chosen.count < 2 {
            let row = try await fixture.pool.query("SELECT subject FROM week_conversations WHERE id = $1", [id])[0]
            guard let address = try await fixture.staff(try row.decode(String.self, "subject")).email else { continue }
            let keys = try await fixture.pool.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1 ORDER BY case_key", [id])
                .map { try $0.decode(String.self, "case_key") }
            chosen.append((id, address, keys))
        }
        try #require(chosen.count == 2)
        try await fixture.book(chosen[0].id, day: 8, "10:00", "11:00", inspector: inspector, room: "Room 2")
        try await fixture.book(chosen[1].id, day: 9, "14:30", "15:15", inspector: inspector, room: nil)
        return chosen
    }

    @Test("each booked conversation gets one REQUEST per attendee: stable UID, SEQUENCE, Europe/London times, location; a re-run queues nothing")
    func invitations() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let chosen = try await Self.booked(fixture, inspector: inspector)
            let outcome = try await fixture.invite()
            #expect(outcome.requests == 2 && outcome.cancellations == 0 && outcome.queued == 4)
            let queued = try await fixture.queued()
            #expect(queued.count == 4)
            let parsed = try CalendarOracle.parse(calendars: queued.map { $0.calendar ?? "" }).calendars
            for (message, calendar) in zip(queued, parsed) {
                let (index, conversation) = try #require(chosen.enumerated().first { calendar.uid == "week-conversation-\($0.element.id)@week.ilacs-ready" })
                #expect(message.kind == "invitation" && !message.rehearsal)
                #expect(calendar.method == "REQUEST" && calendar.status == "CONFIRMED" && calendar.sequence == 0 && calendar.events == 1)
                #expect(calendar.organizer.address == "fostering@example.org")
                #expect(Set(calendar.attendees.map(\.address)) == [conversation.address, "ines@ofsted.example"])
                #expect([conversation.address, "ines@ofsted.example"].contains(message.recipient))
                let expected =
                    index == 0
                    ? ("2026-12-08T10:00:00", "2026-12-08T11:00:00", "Room 2") : ("2026-12-09T14:30:00", "2026-12-09T15:15:00", "Online")
                #expect(calendar.dtstart == .init(tzid: "Europe/London", wall: expected.0, offset: 0))
                #expect(calendar.dtend == .init(tzid: "Europe/London", wall: expected.1, offset: 0))
                #expect(calendar.location == expected.2)
                for key in conversation.keys { #expect(message.text.contains(key) && (calendar.description ?? "").contains(key)) }
            }
            let again = try await fixture.invite()
            #expect(again == WeekInvitations.Outcome(requests: 0, cancellations: 0, queued: 0, notInvited: []))
            #expect(try await fixture.queued().count == 4)
        }
    }

    @Test("a move raises SEQUENCE: a new REQUEST under the same UID, and a CANCEL to the inspector dropped from it")
    func move() async throws {
        try await WeekFixture.with { fixture in
            let first = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let second = try await fixture.inspector("Otto Ther", "otto@ofsted.example")
            let chosen = try await Self.booked(fixture, inspector: first)
            _ = try await fixture.invite()
            let before = try await fixture.lastMessageID()
            try await fixture.book(chosen[0].id, day: 10, "09:00", "09:45", inspector: second, room: "Room 5")
            _ = try await fixture.pool.query("UPDATE week_conversations SET sequence = sequence + 1 WHERE id = $1", [chosen[0].id])
            let outcome = try await fixture.invite()
            #expect(outcome.requests == 1 && outcome.queued == 3)
            let queued = try await fixture.queued(after: before)
            let parsed = try CalendarOracle.parse(calendars: queued.map { $0.calendar ?? "" }).calendars
            #expect(Set(parsed.map(\.uid)) == ["week-conversation-\(chosen[0].id)@week.ilacs-ready"])
            #expect(parsed.allSatisfy { $0.sequence == 1 })
            let requests = zip(queued, parsed).filter { $0.1.method == "REQUEST" }
            #expect(Set(requests.map { $0.0.recipient }) == [chosen[0].address, "otto@ofsted.example"])
            #expect(requests.allSatisfy { $0.1.dtstart.wall == "2026-12-10T09:00:00" && $0.1.location == "Room 5" })
            let cancels = zip(queued, parsed).filter { $0.1.method == "CANCEL" }
            #expect(cancels.map { $0.0.recipient } == ["ines@ofsted.example"])
            #expect(cancels.allSatisfy { $0.1.status == "CANCELLED" && $0.1.dtstart.wall == "2026-12-08T10:00:00" && $0.0.kind == "cancellation" })
        }
    }

    @Test("a cancelled conversation invited before gets METHOD:CANCEL with the raised SEQUENCE, to everyone it invited, once")
    func cancel() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let chosen = try await Self.booked(fixture, inspector: inspector)
            _ = try await fixture.invite()
            let before = try await fixture.lastMessageID()
            _ = try await fixture.pool.query("UPDATE week_conversations SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", [chosen[1].id])
            _ = try await fixture.pool.query("DELETE FROM week_bookings WHERE conversation_id = $1", [chosen[1].id])
            let outcome = try await fixture.invite()
            #expect(outcome.cancellations == 1 && outcome.requests == 0 && outcome.queued == 2)
            let queued = try await fixture.queued(after: before)
            #expect(Set(queued.map(\.recipient)) == [chosen[1].address, "ines@ofsted.example"])
            #expect(queued.allSatisfy { $0.subject.hasPrefix("Cancelled: ") })
            for calendar in try CalendarOracle.parse(calendars: queued.map { $0.calendar ?? "" }).calendars {
                #expect(calendar.method == "CANCEL" && calendar.status == "CANCELLED" && calendar.sequence == 1)
                #expect(calendar.uid == "week-conversation-\(chosen[1].id)@week.ilacs-ready" && calendar.dtstart.wall == "2026-12-09T14:30:00")
            }
            #expect(try await fixture.invite().queued == 0)
        }
    }

    @Test("a practitioner without an email address stays scheduled and is listed as not invited; the inspector is invited")
    func noEmail() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let chosen = try await Self.booked(fixture, inspector: inspector)
            _ = try await fixture.pool.query(
                "UPDATE workforce_staff SET email = NULL WHERE id = (SELECT subject FROM week_conversations WHERE id = $1)", [chosen[0].id])
            let outcome = try await fixture.invite()
            #expect(outcome.notInvited == [.init(conversation: chosen[0].id, role: .practitioner)])
            let queued = try await fixture.queued()
            #expect(!queued.contains { $0.recipient == chosen[0].address })
            let calendar = try #require(
                try CalendarOracle.parse(calendars: queued.compactMap(\.calendar)).calendars.first {
                    $0.uid == "week-conversation-\(chosen[0].id)@week.ilacs-ready"
                })
            #expect(calendar.attendees.map(\.address) == ["ines@ofsted.example"])
            let booked = try await fixture.pool.query("SELECT count(*) FROM week_bookings WHERE conversation_id = $1", [chosen[0].id])[0]
            #expect(try booked.decode(Int.self, at: 0) == 1)
        }
    }

    @Test("a rehearsal's invitations are routed to the rehearsal maildir with REHEARSAL subjects")
    func rehearsal() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            _ = try await Self.booked(fixture, inspector: inspector)
            _ = try await fixture.pool.query("UPDATE inspections SET rehearsal = true WHERE id = $1", [fixture.inspectionID])
            _ = try await fixture.invite()
            let queued = try await fixture.queued()
            #expect(queued.count == 4)
            #expect(queued.allSatisfy { $0.rehearsal && $0.subject.hasPrefix("REHEARSAL: Inspection: ") })
        }
    }

    @Test("the invitation audit event carries counts only")
    func audit() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            _ = try await Self.booked(fixture, inspector: inspector)
            _ = try await fixture.invite()
            let details = try await fixture.pool.query("SELECT details::text FROM audit_events WHERE action = 'week.invite'")[0].decode(String.self, at: 0)
            let decoded = try JSONDecoder().decode([String: String].self, from: Data(details.utf8))
            #expect(decoded == ["requests": "2", "cancellations": "0", "queued": "4", "not_invited": "0"])
        }
    }

    @Test("an unknown inspection is a one-line refusal; nothing is queued or recorded")
    func unknownInspection() async throws {
        try await WeekFixture.with { fixture in
            let staff = [String: StaffMember]()
            let error = await #expect(throws: WeekRefusal.self) {
                try await WeekInvitations.send(inspection: 999_999, staff: staff, mail: WeekFixture.mail, actor: "tester", pool: fixture.pool)
            }
            #expect(error?.description == "--inspection: no inspection 999999; `ilacs-admin inspection list` lists them")
            let queued = try await fixture.queued()
            #expect(queued.isEmpty)
        }
    }

    @Test("a practitioner's conversation with the manager invited goes to the practitioner, the manager and the inspector")
    func manager() async throws {
        try await WeekFixture.with { fixture in
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let chosen = try await Self.booked(fixture, inspector: inspector)
            let manager = try #require(
                try await fixture.pool.query(
                    "SELECT id, email FROM workforce_staff WHERE email IS NOT NULL AND email <> ALL($1::text[]) ORDER BY id LIMIT 1",
                    [chosen.map { $0.address }]
                ).single)
            _ = try await fixture.pool.query("UPDATE week_conversations SET manager = $2 WHERE id = $1", [chosen[0].id, try manager.decode(String.self, "id")])
            _ = try await fixture.invite()
            let queued = try await fixture.queued()
            let managerAddress = try manager.decode(String.self, "email")
            let calendars = try CalendarOracle.parse(calendars: queued.compactMap(\.calendar)).calendars
            let invitation = try #require(calendars.first { $0.uid == "week-conversation-\(chosen[0].id)@week.ilacs-ready" })
            #expect(Set(invitation.attendees.map(\.address)) == [chosen[0].address, managerAddress, "ines@ofsted.example"])
            #expect(queued.filter { $0.recipient == managerAddress }.map(\.dedupeKey) == ["week-conversation-\(chosen[0].id).seq-0.manager"])
        }
    }
}
