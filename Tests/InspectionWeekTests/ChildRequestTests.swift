import Foundation
import TestSupport
import Testing
import WorkforceRegister

@testable import InspectionWeek

@Suite("Requests to hear from sampled children, through their allocated workers only")
struct ChildRequestTests {
    /// Every sampled child with their allocated worker as `week ask-child` resolves them.
    static func targets(_ fixture: WeekFixture) async throws -> [(target: ChildRequests.Target, childID: String)] {
        let register = WorkforceRegister(pool: fixture.pool)
        var targets: [(target: ChildRequests.Target, childID: String)] = []
        for sampled in try await fixture.source(fixture.inspectionID).cases {
            let staffID = try await register.staffID(ofAllocatedWorker: sampled.worker, snapshot: sampled.snapshotID)
            var worker: StaffMember?
            if let staffID { worker = try await fixture.staff(staffID) }
            targets.append((.init(caseKey: sampled.caseKey, worker: worker), sampled.childID))
        }
        return targets
    }

    /// Asks about every sampled child, as `week ask-child --all` does.
    static func askAll(_ fixture: WeekFixture) async throws -> ChildRequests.Outcome {
        let targets = try await Self.targets(fixture).map { $0.target }
        return try await fixture.pool.transaction { try await ChildRequests.ask(targets, inspectionID: fixture.inspectionID, actor: "tester", on: $0) }
    }

    /// Records `answer` for `caseKey`, as `week child-answer` does.
    static func answer(_ answer: ChildAnswer, _ caseKey: String, _ fixture: WeekFixture) async throws -> ChildAnswer.Change {
        try await fixture.pool.transaction { try await answer.record(caseKey: caseKey, inspectionID: fixture.inspectionID, actor: "tester", on: $0) }
    }

    /// The inspection's child conversation of `caseKey`: status, mode, sequence and tracking inspector.
    static func conversation(_ caseKey: String, _ fixture: WeekFixture) async throws -> (
        id: Int, status: String, mode: String, sequence: Int, tracking: String?
    )? {
        try await fixture.pool.query(
            "SELECT id, status, mode, sequence, tracking_inspector FROM week_conversations WHERE inspection_id = $1 AND kind = 'child' AND subject = $2",
            [fixture.inspectionID, caseKey]
        ).single.map { row in
            (
                try row.decode(Int.self, "id"), try row.decode(String.self, "status"), try row.decode(String.self, "mode"),
                try row.decode(Int.self, "sequence"), try row.decode(String?.self, "tracking_inspector")
            )
        }
    }

    @Test(
        "ask-child writes to each sampled child's allocated worker, never the child, by case key; no email or an unknown worker is listed; a re-run asks no one again"
    )
    func askAll() async throws {
        try await WeekFixture.with { fixture in
            let first = try #require(try await Self.targets(fixture).compactMap { $0.target.worker }.first { $0.email != nil })
            _ = try await fixture.pool.query("UPDATE workforce_staff SET email = NULL WHERE id = $1", [first.id])
            let targets = try await Self.targets(fixture)
            let outcome = try await Self.askAll(fixture)
            #expect(outcome.noEmail == targets.filter { $0.target.worker?.id == first.id }.map { $0.target.caseKey })
            #expect(outcome.unknownWorkers == targets.filter { $0.target.worker == nil }.map { $0.target.caseKey })
            let asked = targets.filter { $0.target.worker?.email != nil }
            #expect(outcome.asked == asked.map { $0.target.caseKey } && !asked.isEmpty)
            let queued = try await fixture.queued()
            #expect(queued.map(\.recipient) == asked.map { $0.target.worker?.email ?? "" })
            for (message, child) in zip(queued, asked) {
                #expect(message.kind == "child-request" && message.calendar == nil)
                #expect(message.subject.contains(child.target.caseKey) && message.text.contains(child.target.caseKey))
                let key = child.target.caseKey
                #expect(![message.text, message.html].contains { $0.replacingOccurrences(of: key, with: "").contains(child.childID) })
            }
            let rows = try await fixture.pool.query(
                "SELECT case_key, worker FROM week_child_requests WHERE inspection_id = $1 AND answer IS NULL ORDER BY asked_at, case_key",
                [fixture.inspectionID])
            #expect(
                Set(try rows.map { "\(try $0.decode(String.self, "case_key"))=\(try $0.decode(String.self, "worker"))" })
                    == Set(asked.map { "\($0.target.caseKey)=\($0.target.worker?.id ?? "")" }))

            let again = try await Self.askAll(fixture)
            #expect(again.asked.isEmpty && again.alreadyAsked == outcome.asked)
            #expect(try await fixture.queued().count == queued.count)
        }
    }

    @Test(
        "agreed adds a child conversation (mode from the way, the tracking inspector's); the same answer again changes nothing; another way raises its sequence"
    )
    func agreed() async throws {
        try await WeekFixture.with { fixture in
            let outcome = try await Self.askAll(fixture)
            let key = try #require(outcome.asked.first)
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            _ = try await fixture.pool.query(
                "INSERT INTO week_tracking (inspection_id, case_key, inspector_id) VALUES ($1, $2, $3::bigint)", [fixture.inspectionID, key, inspector])
            #expect(try await Self.answer(.agreed(.online, accessNeeds: "a quiet room"), key, fixture) == .added)
            let added = try #require(try await Self.conversation(key, fixture))
            #expect(added.status == "planned" && added.mode == "online" && added.sequence == 0 && added.tracking == inspector)
            let cases = try await fixture.pool.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1", [added.id])
            #expect(try cases.map { try $0.decode(String.self, "case_key") } == [key])
            #expect(try await Self.answer(.agreed(.online, accessNeeds: "a quiet room"), key, fixture) == .unchanged)
            #expect(try await Self.answer(.agreed(.withTrustedAdult, accessNeeds: nil), key, fixture) == .updated)
            let updated = try #require(try await Self.conversation(key, fixture))
            #expect(updated.mode == "in_person" && updated.sequence == 1 && updated.id == added.id)

            _ = try await fixture.conversations(fixture.inspectionID)
            #expect(try await Self.conversation(key, fixture)?.status == "planned")
            let request = try await fixture.pool.query(
                "SELECT answer, way FROM week_child_requests WHERE inspection_id = $1 AND case_key = $2", [fixture.inspectionID, key])[0]
            #expect(try request.decode(String.self, "answer") == "agreed" && request.decode(String.self, "way") == "with_trusted_adult")
        }
    }

    @Test("declined: the child's conversation is cancelled and unbooked; a child who declined first never gets one")
    func declined() async throws {
        try await WeekFixture.with { fixture in
            let outcome = try await Self.askAll(fixture)
            try #require(outcome.asked.count >= 2)
            let (agreedFirst, neverAgreed) = (outcome.asked[0], outcome.asked[1])
            #expect(try await Self.answer(.declined, neverAgreed, fixture) == ChildAnswer.Change.noConversation)
            #expect(try await Self.conversation(neverAgreed, fixture) == nil)

            _ = try await Self.answer(.agreed(.inPerson, accessNeeds: nil), agreedFirst, fixture)
            let id = try #require(try await Self.conversation(agreedFirst, fixture)?.id)
            try await fixture.book(id, day: 8, "16:00", "16:30", inspector: try await fixture.inspector("Ines Pector", "ines@ofsted.example"), room: "Room 1")
            #expect(try await Self.answer(.declined, agreedFirst, fixture) == .cancelled)
            let cancelled = try #require(try await Self.conversation(agreedFirst, fixture))
            #expect(cancelled.status == "cancelled" && cancelled.sequence == 1)
            #expect(try await fixture.pool.query("SELECT count(*) FROM week_bookings WHERE conversation_id = $1", [id])[0].decode(Int.self, at: 0) == 0)
            let planned = try await fixture.pool.query(
                "SELECT count(*) FROM week_conversations WHERE inspection_id = $1 AND kind = 'child' AND status = 'planned'", [fixture.inspectionID])
            #expect(try planned[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test("a child conversation invites the allocated worker who brings the child and the inspector")
    func childInvitation() async throws {
        try await WeekFixture.with { fixture in
            let targets = try await Self.targets(fixture)
            let outcome = try await Self.askAll(fixture)
            let key = try #require(outcome.asked.first)
            let worker = try #require(targets.first { $0.target.caseKey == key }?.target.worker?.email)
            _ = try await Self.answer(.agreed(.online, accessNeeds: "subtitles"), key, fixture)
            let id = try #require(try await Self.conversation(key, fixture)?.id)
            try await fixture.book(id, day: 9, "16:00", "16:30", inspector: try await fixture.inspector("Ines Pector", "ines@ofsted.example"), room: nil)
            let before = try await fixture.lastMessageID()
            _ = try await fixture.invite()
            let queued = try await fixture.queued(after: before)
            #expect(Set(queued.map(\.recipient)) == [worker, "ines@ofsted.example"])
            let calendar = try #require(try CalendarOracle.parse(calendars: queued.compactMap(\.calendar)).calendars.first)
            #expect(Set(calendar.attendees.map(\.address)) == [worker, "ines@ofsted.example"] && calendar.location == "Online")
            #expect(queued.allSatisfy { !$0.text.contains("subtitles") && !($0.calendar ?? "").contains("subtitles") })
        }
    }

    @Test("an answer for a child not asked about is refused and writes nothing; the audit log holds no case key or access needs")
    func refusalsAndAudit() async throws {
        try await WeekFixture.with { fixture in
            let error = await #expect(throws: WeekRefusal.self) { try await Self.answer(.agreed(.online, accessNeeds: nil), "L9:NOPE", fixture) }
            #expect(
                error?.description
                    == "--case: case L9:NOPE's allocated worker was not asked for inspection \(fixture.inspectionID); run `ilacs-admin week ask-child` first")
            let outcome = try await Self.askAll(fixture)
            let key = try #require(outcome.asked.first)
            _ = try await Self.answer(.agreed(.inPerson, accessNeeds: "wheelchair access"), key, fixture)
            let audit = try await fixture.pool.query("SELECT details::text FROM audit_events WHERE action LIKE 'week.%'").map {
                try $0.decode(String.self, at: 0)
            }
            #expect(audit.count == 2 && audit.allSatisfy { !$0.contains(key) && !$0.contains("wheelchair") })
        }
    }

    @Test(
        "child-answer's options: one of --agreed or --declined; --agreed needs --way; --declined takes neither --way nor --access-needs",
        arguments: [
            (["--agreed"], "--agreed needs --way in-person, online or with-trusted-adult"),
            (["--declined", "--way", "online"], "--declined takes no --way or --access-needs"),
            (["--declined", "--access-needs", "x"], "--declined takes no --way or --access-needs"),
            ([], "give --agreed (with --way) or --declined"),
            (["--agreed", "--declined", "--way", "online"], "give --agreed (with --way) or --declined")
        ])
    func answerOptions(arguments: [String], message: String) {
        #expect(throws: (any Error).self) { try WeekChildAnswerCommand.parse(["--inspection", "1", "--case", "L6:A"] + arguments) }
        do {
            _ = try WeekChildAnswerCommand.parse(["--inspection", "1", "--case", "L6:A"] + arguments)
        } catch {
            #expect(WeekChildAnswerCommand.message(for: error) == message)
        }
    }

    @Test("ask-child takes --case KEY... or --all, not both; a key outside the sample is refused by option, each child is asked once")
    func askOptions() async throws {
        for arguments in [[], ["--all", "--case", "L6:A"]] {
            do {
                _ = try WeekAskChildCommand.parse(["--inspection", "1"] + arguments)
                Issue.record("parsed \(arguments)")
            } catch {
                #expect(WeekAskChildCommand.message(for: error) == "give --case KEY (one or more) or --all, not both")
            }
        }
        try await WeekFixture.with { fixture in
            let sample = try await fixture.source(fixture.inspectionID).cases
            let keys = sample.map(\.caseKey)
            let error = #expect(throws: WeekRefusal.self) {
                try WeekAskChildCommand.chosen([keys[0], "L9:NOPE"], all: false, from: sample, inspection: fixture.inspectionID)
            }
            #expect(
                error?.description
                    == "--case: L9:NOPE is not a sampled case of inspection \(fixture.inspectionID) (`ilacs-sampler show` lists a sample's case keys)")
            let chosen = try WeekAskChildCommand.chosen([keys[1], keys[0], keys[1]], all: false, from: sample, inspection: fixture.inspectionID)
            #expect(chosen.map(\.caseKey) == [keys[0], keys[1]])
            #expect(try WeekAskChildCommand.chosen([], all: true, from: sample, inspection: fixture.inspectionID).count == Set(keys).count)
        }
    }
}
