import Calendar
import Domain
import Foundation
import Mail
import Messaging
import Postgres
import TestSupport
import Testing

/// Meeting invitations through the outbox: stored with the row, delivered over SMTP to a real
/// aiosmtpd and into the maildir, and read back with Python's `email` and `icalendar` packages.
@Suite("Calendar invitations through the outbox", .serialized)
struct CalendarMailTests {
    /// Revision `sequence` of one conversation's invitation (a cancellation when `cancel`).
    static func invitation(sequence: Int, cancel: Bool = false) -> CalendarInvitation {
        let day = CalendarDate(year: 2027, month: 3, day: 29)!
        return CalendarInvitation(
            method: cancel ? .cancel : .request, key: "conversation-7", domain: "council.example.gov.uk", sequence: sequence,
            stamp: Date(timeIntervalSince1970: 1_800_000_000), start: LocalDateTime(date: day, hour: 9 + sequence, minute: 30)!,
            end: LocalDateTime(date: day, hour: 10 + sequence, minute: 15)!, summary: "Conversation with the inspector, Zoë; room 2",
            location: "Town Hall, room 2", description: "Case keys: CK-1, CK-2.\nBring nothing else.",
            organizer: .organizer("inspection@council.example.gov.uk", name: "Inspection coordinator"),
            attendees: [.attendee("practitioner@example.org", name: "Siobhán Ní Bhriain"), .attendee("inspector@example.org", role: .chair)])
    }

    /// The message of revision `sequence`, its dedupe key naming the revision.
    static func message(sequence: Int, cancel: Bool = false) -> OutgoingMessage {
        let calendar = invitation(sequence: sequence, cancel: cancel)
        return OutgoingMessage(
            kind: "conversation", dedupeKey: "conversation-7.seq-\(sequence)", recipient: "practitioner@example.org", suppressionKey: nil,
            group: "week-1", subject: cancel ? "Cancelled: conversation" : "Conversation with the inspector", text: "See the invitation.",
            html: "<p>See the invitation.</p>", calendar: MailCalendarPart(method: calendar.method.rawValue, content: calendar.rendered()))
    }

    /// Queues the first invitation, an update and the cancellation, then the update again.
    /// - Returns: how many each call added.
    static func queueRevisions(_ fixture: MessagingFixture) async throws -> [Int] {
        var added: [Int] = []
        for message in [message(sequence: 0), message(sequence: 1), message(sequence: 2, cancel: true), message(sequence: 1)] {
            added.append(try await fixture.pool.transaction { try await Outbox.queue([message], owner: "Week", on: $0) })
        }
        return added
    }

    /// Checks one delivered message of revision `sequence`: the MIME tree, the calendar part's
    /// type and method, and the invitation in both the alternative and the attachment.
    static func expectInvitation(_ parsed: CalendarOracle.Message, sequence: Int, cancel: Bool) {
        let method = cancel ? "CANCEL" : "REQUEST"
        #expect(
            parsed.parts == [
                .init(type: "multipart/mixed"), .init(type: "multipart/alternative"), .init(type: "text/plain", charset: "utf-8"),
                .init(type: "text/html", charset: "utf-8"), .init(type: "text/calendar", method: method, charset: "utf-8"),
                .init(type: "application/ics", disposition: "attachment", filename: "invite.ics")
            ])
        #expect(parsed.calendars.count == 2)
        for calendar in parsed.calendars {
            #expect(calendar.method == method && calendar.uid == "conversation-7@council.example.gov.uk" && calendar.sequence == sequence)
            #expect(calendar.status == (cancel ? "CANCELLED" : "CONFIRMED"))
            #expect(calendar.dtstart == .init(tzid: "Europe/London", wall: "2027-03-29T" + String(format: "%02d", 9 + sequence) + ":30:00", offset: 3_600))
            #expect(calendar.attendees.map(\.address) == ["practitioner@example.org", "inspector@example.org"])
            #expect(calendar.attendees.first?.cn == "Siobhán Ní Bhriain")
            #expect(calendar.summary == "Conversation with the inspector, Zoë; room 2")
        }
    }

    @Test("an invitation, its update and its cancellation reach aiosmtpd as iMIP mail that email and icalendar read; a repeat adds nothing")
    func overSMTP() async throws {
        try await SMTPSink.with { sink in
            try await MessagingFixture.with { fixture in
                #expect(try await Self.queueRevisions(fixture) == [1, 1, 1, 0])
                let stored = try await fixture.pool.query(
                    "SELECT calendar_method, calendar_body FROM messaging_outbox WHERE owner = 'Week' ORDER BY id")
                #expect(try stored.map { try $0.decode(String.self, "calendar_method") } == ["REQUEST", "REQUEST", "CANCEL"])
                #expect(try stored[2].decode(String.self, "calendar_body") == Self.invitation(sequence: 2, cancel: true).rendered())
                let transport = SMTPTransport(configuration: sink.configuration(), envelopeFrom: "bounces@council.example.gov.uk")
                let tally = try await Mailer(pool: fixture.pool, transport: transport, settings: try fixture.settings, logger: .init(label: "test")).drain()
                #expect(tally.sent == 3)
                let raw = try sink.received().compactMap { $0["raw"] as? String }
                try #require(raw.count == 3)
                let parsed = try CalendarOracle.parse(messages: raw).messages
                for (sequence, message) in parsed.enumerated() {
                    Self.expectInvitation(message, sequence: sequence, cancel: sequence == 2)
                }
            }
        }
    }

    @Test("the maildir transport writes the same invitation mail")
    func intoMaildir() async throws {
        try await MessagingFixture.with { fixture in
            #expect(try await Self.queueRevisions(fixture) == [1, 1, 1, 0])
            let settings = try fixture.settings
            let transport = try MaildirTransport(directory: settings.maildir)
            #expect(try await Mailer(pool: fixture.pool, transport: transport, settings: settings, logger: .init(label: "test")).drain().sent == 3)
            let folder = "\(settings.maildir)/new"
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            let raw = try files.map { try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8) }
            let parsed = try CalendarOracle.parse(messages: raw).messages
            try #require(parsed.count == 3)
            for message in parsed {
                let sequence = message.calendars.first?.sequence ?? -1
                Self.expectInvitation(message, sequence: sequence, cancel: sequence == 2)
            }
            #expect(Set(parsed.compactMap { $0.calendars.first?.sequence }) == [0, 1, 2])
        }
    }

    @Test("a calendar part with another method is refused, and nothing of the batch is queued")
    func unknownMethod() async throws {
        try await MessagingFixture.with { fixture in
            var bad = Self.message(sequence: 1)
            bad.calendar?.method = "PUBLISH"
            let batch = [Self.message(sequence: 0), bad]
            await #expect(throws: MessagingError.self) {
                try await fixture.pool.transaction { connection in try await Outbox.queue(batch, owner: "Week", on: connection) }
            }
            let left = try await fixture.pool.query("SELECT count(*) AS n FROM messaging_outbox")[0].decode(Int.self, "n")
            #expect(left == 0)
        }
    }
}
