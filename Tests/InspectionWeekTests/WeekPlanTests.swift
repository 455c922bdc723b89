import Domain
import Testing
import WeekScheduling
import WorkforceRegister

@testable import InspectionWeek

@Suite("week plan: the week's bookings in PostgreSQL")
struct WeekPlanTests {
    /// Checks every hard rule of the stored week and returns the bookings checked.
    @discardableResult
    static func expectHardRules(_ fixture: WeekFixture, settings: WeekSettings = WeekFixture.settings) async throws -> [Booking] {
        let bookings = try await fixture.bookings()
        let conversations = Dictionary(uniqueKeysWithValues: try await fixture.planned().map { (String($0.id), $0) })
        let tracking = try await fixture.tracking()
        let slots = try settings.dayShape.slots()
        var inspectorsBusy: Set<[String]> = []
        var peopleBusy: Set<[String]> = []
        var roomsBusy: Set<[String]> = []
        for booking in bookings {
            let when = [booking.day.iso, booking.slot.label]
            #expect(WeekFixture.days.contains(booking.day) && slots.contains(booking.slot))
            #expect(inspectorsBusy.insert(when + [booking.inspectorID]).inserted, "inspector \(booking.inspectorID) booked twice at \(when)")
            if case .room(let room) = booking.place { #expect(roomsBusy.insert(when + [room]).inserted, "room \(room) taken twice at \(when)") }
            let stored = try #require(conversations[booking.conversationID])
            for person in [stored.practitioner, stored.manager].compactMap({ $0 }) {
                #expect(peopleBusy.insert(when + [person]).inserted, "a participant of \(booking.conversationID) is booked twice at \(when)")
                #expect(try await fixture.register.isAvailable(person, on: booking.day), "conversation \(booking.conversationID) on an unavailable day")
            }
            for key in stored.caseKeys where stored.kind != "carers" {
                #expect(tracking[key] == booking.inspectorID, "conversation \(booking.conversationID) is not held by its child's tracker")
            }
        }
        return bookings
    }

    @Test("every booking on a day the practitioner and manager work, nobody double-booked, each child's tracker holds their conversations")
    func hardRules() async throws {
        try await WeekFixture.with { fixture in
            let inspectors = try await fixture.prepare(inspectors: 3)
            var settings = WeekFixture.settings
            settings.withManagers = true
            let outcome = try await fixture.plan(settings)
            let bookings = try await Self.expectHardRules(fixture, settings: settings)
            let planned = try await fixture.planned()
            #expect(bookings.count >= 5 && bookings.count == outcome.plan.bookings.count && bookings.count + outcome.plan.unplaced.count == planned.count)
            #expect(outcome.plan.provenOptimal && outcome.plan.keptCount == 0)
            #expect(Set(bookings.compactMap { Int($0.conversationID) }).isSubset(of: Set(outcome.changed)))
            #expect(planned.contains { $0.manager != nil })
            // A practitioner's children share one tracker; trackers are spread by count.
            let tracking = try await fixture.tracking()
            for conversation in planned where conversation.kind == "practitioner" {
                #expect(Set(conversation.caseKeys.compactMap { tracking[$0] }).count == 1)
            }
            let loads = inspectors.map { id in tracking.values.count { $0 == String(id) } }
            let largest = planned.map(\.caseKeys.count).max() ?? 0
            #expect((loads.max() ?? 0) - (loads.min() ?? 0) <= largest)
            let audit = try await fixture.pool.query("SELECT count(*) FROM audit_events WHERE action = 'week.plan'")[0].decode(Int.self, at: 0)
            #expect(audit == 1)
        }
    }

    @Test("the same week planned again from scratch gives the same bookings; planned again as it is, keeps them all")
    func deterministic() async throws {
        try await WeekFixture.with { fixture in
            try await fixture.prepare(inspectors: 2)
            _ = try await fixture.plan()
            let first = try await fixture.bookings()
            let again = try await fixture.plan()
            #expect(try await fixture.bookings() == first)
            #expect(again.plan.keptCount == first.count && again.changed.isEmpty)
            _ = try await fixture.pool.query("DELETE FROM week_bookings")
            _ = try await fixture.pool.query("DELETE FROM week_tracking")
            _ = try await fixture.plan()
            #expect(try await fixture.bookings() == first)
        }
    }

    @Test("re-planning after a move, a cancellation and an added conversation keeps every valid booking")
    func replanKeepsBookings() async throws {
        try await WeekFixture.with { fixture in
            try await fixture.prepare(inspectors: 2)
            _ = try await fixture.plan()
            var bookings = try await fixture.bookings()
            let moved = try #require(bookings.first)
            let cancelled = try #require(bookings.last)
            // The first slot the conversation can move to, by the hard rules.
            let slots = try WeekFixture.settings.dayShape.slots()
            var target: Booking?
            search: for day in WeekFixture.days.reversed() {
                for slot in slots.reversed() where (day, slot.start) != (moved.day, moved.slot.start) {
                    if let booking = try? await fixture.move(MoveCheck(conversationID: Int(moved.conversationID)!, day: day, at: slot.start)) {
                        target = booking
                        break search
                    }
                }
            }
            let booking = try #require(target)
            #expect(try await fixture.sequence(Int(moved.conversationID)!) == 2)
            try await fixture.pool.transaction { try await WeekChanges.cancel(Int(cancelled.conversationID)!, actor: "tester", on: $0) }
            let practitioners = Set(try await fixture.planned().compactMap(\.practitioner))
            var extra: StaffMember?
            for member in try await fixture.register.allStaff() where !practitioners.contains(member.id) && extra == nil {
                if try await fixture.availableAllWeek(member.id) { extra = member }
            }
            let staffID = try #require(extra?.id)
            let added = try await fixture.pool.transaction {
                try await WeekChanges.add(
                    inspectionID: fixture.inspectionID, staffID: staffID, caseKeys: [], register: fixture.register, actor: "tester", on: $0)
            }
            bookings = try await fixture.bookings()
            #expect(bookings.contains(booking) && !bookings.contains { $0.conversationID == cancelled.conversationID })

            let outcome = try await fixture.plan()
            let after = try await Self.expectHardRules(fixture)
            #expect(Set(bookings).isSubset(of: Set(after)))
            #expect(outcome.plan.keptCount == bookings.count)
            #expect(after.contains { $0.conversationID == String(added) })
            #expect(outcome.changed.contains(added))
            let status = try await fixture.pool.query("SELECT status FROM week_conversations WHERE id = $1", [Int(cancelled.conversationID)!])
            #expect(try status[0].decode(String.self, "status") == "cancelled")

            // Rebuilding the conversations from the sample leaves the added one alone.
            let (_, counts) = try await fixture.conversations(fixture.inspectionID)
            #expect(counts.cancelled == 0)
            #expect(try await fixture.planned().contains { $0.id == added })
        }
    }

    @Test("a move that breaks a hard rule is refused naming the option, and changes nothing")
    func moveRefused() async throws {
        try await WeekFixture.with { fixture in
            let inspectors = try await fixture.prepare(inspectors: 2)
            var oneDay = WeekFixture.settings
            oneDay.days = 1
            _ = try await fixture.plan(oneDay)
            let bookings = try await fixture.bookings()
            let first = try #require(bookings.first)
            let id = Int(first.conversationID)!
            let sameSlot = try #require(bookings.first { $0.conversationID != first.conversationID && $0.inspectorID == first.inspectorID })
            let other = inspectors.map(String.init).first { $0 != first.inspectorID }!
            let cases: [(MoveCheck, String)] = [
                (MoveCheck(conversationID: id, day: CalendarDate(year: 2026, month: 12, day: 12)!, at: 9 * 60), "--day: 2026-12-12 is not a day on site"),
                (MoveCheck(conversationID: id, day: first.day, at: 9 * 60 + 15), "--at: no slot starts then"),
                (MoveCheck(conversationID: id, day: first.day, at: first.slot.start, inspector: "999999"), "--inspector: inspector 999999 is not on"),
                (MoveCheck(conversationID: id, day: first.day, at: first.slot.start, inspector: other), "--inspector: the conversation's children are tracked"),
                (
                    MoveCheck(conversationID: id, day: sameSlot.day, at: sameSlot.slot.start),
                    "--at: inspector \(first.inspectorID) already holds conversation \(sameSlot.conversationID)"
                ),
                (MoveCheck(conversationID: id, day: first.day, at: first.slot.start, room: "Room 9"), "--room: not one of the plan's rooms")
            ]
            for (check, message) in cases {
                let error = await #expect(throws: WeekRefusal.self) { try await fixture.move(check) }
                #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
            }
            #expect(try await fixture.bookings() == bookings)
            #expect(try await fixture.sequence(id) == 1)
        }
    }

    @Test("a declined child is never booked; an agreed child's conversation goes to their tracker, online as asked")
    func children() async throws {
        try await WeekFixture.with { fixture in
            try await fixture.prepare(inspectors: 2)
            let available = try await fixture.availablePractitioners()
            let practitioner = try #require(available.first)
            let agreed = practitioner.caseKeys[0]
            let declined = try #require(available.dropFirst().first?.caseKeys.first)
            for (key, answer, way) in [(agreed, "agreed", "online" as String?), (declined, "declined", nil)] {
                _ = try await fixture.pool.query(
                    """
                    INSERT INTO week_child_requests (inspection_id, case_key, worker, answer, way, answered_at) VALUES ($1, $2, $3, $4, $5, now())
                    """, [fixture.inspectionID, key, practitioner.subject, answer, way])
            }
            _ = try await fixture.plan()
            let planned = try await fixture.planned()
            let child = try #require(planned.first { $0.kind == "child" })
            #expect(child.subject == agreed && child.practitioner == practitioner.subject && child.mode == "online")
            #expect(!planned.contains { $0.kind == "child" && $0.subject == declined })
            let bookings = try await Self.expectHardRules(fixture)
            let booking = try #require(bookings.first { $0.conversationID == String(child.id) })
            #expect(booking.place == .online)
            #expect(booking.inspectorID == bookings.first { $0.conversationID == String(practitioner.id) }?.inspectorID)
            // Rebuilding the conversations from the sample leaves the child's conversation alone.
            _ = try await fixture.conversations(fixture.inspectionID)
            #expect(try await fixture.planned().contains { $0.id == child.id })

            // The child changes their mind: their conversation is cancelled, its booking gone.
            _ = try await fixture.pool.query("UPDATE week_child_requests SET answer = 'declined', way = NULL WHERE case_key = $1", [agreed])
            _ = try await fixture.plan()
            #expect(!(try await fixture.bookings()).contains { $0.conversationID == String(child.id) })
            #expect(!(try await fixture.planned()).contains { $0.kind == "child" })
        }
    }

    @Test("overlapping leave counts once; a practitioner away all week is listed unplaced with the rule; no email is listed as not invited")
    func leaveAndUnplaced() async throws {
        try await WeekFixture.with { fixture in
            try await fixture.prepare(inspectors: 2)
            let practitioners = try await fixture.availablePractitioners()
            try #require(practitioners.count >= 2)
            let (away, overlapping) = (practitioners[0], practitioners[1])
            for (staff, from, to) in [
                (away.subject, "2026-12-01", "2026-12-31"), (overlapping.subject, "2026-12-07", "2026-12-08"), (overlapping.subject, "2026-12-08", "2026-12-09")
            ] {
                _ = try await fixture.pool.query(
                    "INSERT INTO workforce_leave (staff_id, from_date, to_date) VALUES ($1, $2::date, $3::date)", [staff, from, to])
            }
            _ = try await fixture.pool.query("UPDATE workforce_staff SET email = NULL WHERE id = $1", [overlapping.subject])
            let outcome = try await fixture.plan()
            #expect(outcome.plan.unplaced.contains(UnplacedConversation(conversationID: String(away.id), rule: .participantUnavailable)))
            #expect(!outcome.plan.unplaced.contains { $0.conversationID == String(overlapping.id) })
            #expect(outcome.notInvited.contains(overlapping.id))
            let booking = try #require(try await Self.expectHardRules(fixture).first { $0.conversationID == String(overlapping.id) })
            #expect(booking.day >= CalendarDate(year: 2026, month: 12, day: 10)!)
            #expect(
                WeekPlanCommand.report(outcome, inspection: fixture.inspectionID).contains(
                    "Unplaced: conversation \(away.id): participant unavailable every day"))
            let notInvited = try #require(WeekPlanCommand.report(outcome, inspection: fixture.inspectionID).last)
            #expect(notInvited.hasPrefix("Not invited (no email): conversations ") && notInvited.contains("\(overlapping.id)"))
        }
    }

    @Test("bad input is a one-line refusal naming the option, and nothing is written")
    func badInput() async throws {
        try await WeekFixture.with { fixture in
            _ = try await fixture.addInspectors(2)
            let unsampled = fixture.unsampledID
            var noRooms = WeekFixture.settings
            noRooms.rooms = []
            var backwards = WeekFixture.settings
            (backwards.start, backwards.end) = (17 * 60, 9 * 60)
            backwards.breaks = []
            let cases: [(WeekSettings, Int, String)] = [
                (WeekFixture.settings, fixture.inspectionID, "--inspection: inspection \(fixture.inspectionID) has no conversations"),
                (WeekFixture.settings, unsampled, "--inspection: inspection \(unsampled) has no inspectors; give them access with `ilacs-admin inspectors add`")
            ]
            for (settings, inspection, message) in cases {
                let error = await #expect(throws: WeekRefusal.self) { try await fixture.plan(settings, inspection: inspection) }
                #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
            }
            _ = try await fixture.conversations(fixture.inspectionID)
            let conversation = try #require(try await fixture.planned().first { $0.kind == "practitioner" })
            let revoked = try await fixture.addInspectors(1)[0]
            _ = try await fixture.pool.query("UPDATE people SET revoked_at = now() WHERE id = $1", [revoked])
            _ = try await fixture.pool.query(
                "INSERT INTO week_tracking (inspection_id, case_key, inspector_id) VALUES ($1, $2, $3)",
                [fixture.inspectionID, conversation.caseKeys[0], revoked])
            let tracked: [(WeekSettings, String)] = [
                (noRooms, "--rooms: the room list has no rooms, but conversation "),
                (backwards, "--end: the day on site ends (09:00) before it starts (17:00)"),
                (WeekFixture.settings, "tracking inspector: conversation \(conversation.id) requires inspector \(revoked), who is not on the team")
            ]
            for (settings, message) in tracked {
                let error = await #expect(throws: WeekRefusal.self) { try await fixture.plan(settings) }
                #expect(error?.description == message || error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
                #expect(error?.description.contains("\n") == false)
            }
            _ = try await fixture.pool.query("UPDATE inspections SET started_on = NULL WHERE id = $1", [fixture.inspectionID])
            let error = await #expect(throws: WeekRefusal.self) { try await fixture.plan() }
            #expect(error?.description.hasPrefix("--from: inspection \(fixture.inspectionID) has no start date") == true)
            for table in ["week_bookings", "week_settings"] { #expect(try await fixture.count(table) == 0) }
            #expect(try await fixture.count("week_tracking") == 1)
        }
    }

    @Test("week show: one line per booking with case keys and staff ids only, filtered by inspector, practitioner or day")
    func show() async throws {
        try await WeekFixture.with { fixture in
            let inspectors = try await fixture.prepare(inspectors: 2)
            _ = try await fixture.plan()
            let lines = try await fixture.pool.withConnection { try await WeekShowCommand.lines(fixture.inspectionID, on: $0) }
            #expect(lines.count == (try await fixture.bookings()).count)
            let show = try WeekShowCommand.parse(["--inspection", String(fixture.inspectionID), "--inspector", String(inspectors[0])])
            #expect(lines.filter(show.matches).allSatisfy { $0.inspector == String(inspectors[0]) })
            #expect(!lines.filter(show.matches).isEmpty)
            let table = WeekShowCommand.table(lines, names: false)
            let names = try await fixture.register.allStaff().map(\.name)
            #expect(!names.contains { table.contains($0) })
            #expect(lines.allSatisfy { line in line.caseKeys.allSatisfy { table.contains($0) } })
        }
    }

    @Test("ending a rehearsal removes its week's rows")
    func rehearsal() async throws {
        try await WeekFixture.with { fixture in
            try await fixture.prepare(inspectors: 2)
            _ = try await fixture.plan()
            let before = try await fixture.count("week_conversations")
            _ = try await fixture.pool.query("UPDATE inspections SET rehearsal = true WHERE id = $1", [fixture.inspectionID])
            let removed = try await fixture.pool.transaction { try await WeekRehearsalRecords.records.discard(inspectionID: fixture.inspectionID, on: $0) }
            #expect(removed > before)
            for table in ["week_bookings", "week_conversation_cases", "week_conversations", "week_tracking", "week_settings"] {
                #expect(try await fixture.count(table) == 0, "\(table)")
            }
        }
    }
}
