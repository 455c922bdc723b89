import Calendar
import Domain
import Foundation
import TestSupport
import Testing

/// Invitations written by the Calendar module, read back by an independent parser (Python's
/// `icalendar`, through `scripts/oracles/icalendar_invitations.py`).
@Suite("Calendar invitations, read by Python's icalendar")
struct InvitationOracleTests {
    static let names = [
        "Jane Smith", "Zoë Ó Briain", "Siobhán Ní Bhriain", "Ayşe Yılmaz", "李小龍", "Smith, Jane; AP", "Dr. A:B \\ C", "O'Neill 👩🏽‍⚕️",
        "Łukasz Żółć"
    ]
    static let phrases = [
        "Conversation about the children you work with", "Supervision; workload, training", "Room 3, Town Hall: 2nd floor",
        "Café « Le Sud » — ☕", "Back\\slash and, comma; semi", "Ünïcödé everywhere 🎉"
    ]

    /// `count` invitations over winter and summer (GMT and BST) dates, every fourth a cancellation.
    static func generated(_ count: Int, seed: UInt64) -> [CalendarInvitation] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { index in
            let date = CalendarDate(year: 2026 + index % 2, month: [1, 3, 4, 7, 10, 11, 12][index % 7], day: Int.random(in: 1...28, using: &random))!
            let hour = Int.random(in: 8...16, using: &random)
            let start = LocalDateTime(date: date, hour: hour, minute: [0, 15, 30, 45][index % 4])!
            let end = LocalDateTime(date: date, hour: hour + 1, minute: start.minute)!
            let lines = Int.random(in: 0...12, using: &random)
            let description = (0..<lines).map { _ in phrases.randomElement(using: &random)! }.joined(separator: index % 3 == 0 ? "\n" : " ")
            let attendees = (0..<Int.random(in: 1...4, using: &random)).map { number in
                CalendarAttendee.attendee(
                    "person\(index).\(number)@example.org", name: number == 3 ? nil : names.randomElement(using: &random)!,
                    role: [.required, .optional, .chair, .informed][number], reply: [.needsAction, .accepted, .tentative, .declined][(index + number) % 4],
                    replyWanted: number % 2 == 0)
            }
            return CalendarInvitation(
                method: index % 4 == 3 ? .cancel : .request, key: "conversation-\(index)_\(seed)", domain: "ilacs.example.gov.uk",
                sequence: index % 5, stamp: Date(timeIntervalSince1970: 1_796_000_000 + Double(index) * 3_601), start: start, end: end,
                summary: phrases.randomElement(using: &random)! + " · \(names.randomElement(using: &random)!)",
                location: index % 6 == 5 ? nil : phrases.randomElement(using: &random)!,
                description: lines == 0 ? nil : description,
                organizer: .organizer("inspection@ilacs.example.gov.uk", name: index % 2 == 0 ? "Inspection coordinator" : nil), attendees: attendees)
        }
    }

    /// `time` as `YYYY-MM-DDTHH:MM:SS`.
    static func wall(_ time: LocalDateTime) -> String {
        time.description.replacingOccurrences(of: " ", with: "T") + ":00"
    }

    /// London's offset from UTC at wall time `time`, from Foundation's time-zone database (not from the VTIMEZONE written).
    static func londonOffset(_ time: LocalDateTime) -> Int {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        let date = calendar.date(
            from: DateComponents(year: time.date.year, month: time.date.month, day: time.date.day, hour: time.hour, minute: time.minute))!
        return TimeZone(identifier: "Europe/London")!.secondsFromGMT(for: date)
    }

    @Test("every field of 120 generated invitations reads back as written: UID, SEQUENCE, METHOD, times in Europe/London, STATUS, people")
    func generatedInvitationsReadBack() throws {
        let invitations = Self.generated(120, seed: 13)
        #expect(invitations.allSatisfy { $0.problem == nil })
        let parsed = try CalendarOracle.parse(calendars: invitations.map { $0.rendered() }).calendars
        try #require(parsed.count == invitations.count)
        let stampFormat = ISO8601DateFormatter()
        stampFormat.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        for (invitation, calendar) in zip(invitations, parsed) {
            #expect(calendar.crlfOnly && calendar.longestLine <= 75, "\(invitation.key): lines")
            #expect(calendar.method == invitation.method.rawValue)
            #expect(calendar.prodid == CalendarInvitation.productID && calendar.version == "2.0" && calendar.calscale == "GREGORIAN")
            #expect(calendar.timezones == ["Europe/London"] && calendar.events == 1)
            #expect(calendar.uid == "\(invitation.key)@ilacs.example.gov.uk")
            #expect(calendar.sequence == invitation.sequence)
            #expect(calendar.dtstamp == stampFormat.string(from: invitation.stamp) + "+0000")
            for (moment, time) in [(calendar.dtstart, invitation.start), (calendar.dtend, invitation.end)] {
                #expect(moment == .init(tzid: "Europe/London", wall: Self.wall(time), offset: Self.londonOffset(time)), "\(invitation.key)")
            }
            #expect(calendar.status == (invitation.method == .cancel ? "CANCELLED" : "CONFIRMED"))
            #expect(calendar.summary == invitation.summary)
            #expect(calendar.location == invitation.location)
            #expect(calendar.description == invitation.description)
            #expect(calendar.organizer == .init(address: invitation.organizer.address, cn: invitation.organizer.name))
            #expect(
                calendar.attendees
                    == invitation.attendees.map {
                        .init(
                            address: $0.address, cn: $0.name?.replacingOccurrences(of: "\"", with: "'"), role: $0.role?.rawValue,
                            partstat: $0.reply?.rawValue, rsvp: $0.replyWanted ? "TRUE" : "FALSE")
                    })
        }
        // Both halves of the year are covered, so both of the VTIMEZONE's rules were read.
        #expect(Set(parsed.map { $0.dtstart.offset }) == [0, 3_600])
    }

    @Test("a description of 2,000 multi-byte characters folds into lines of at most 75 octets that unfold to the text")
    func longTextFolds() throws {
        let text = String(repeating: "é😀,; ", count: 400)
        var invitation = Self.generated(1, seed: 1)[0]
        invitation.description = text
        let rendered = invitation.rendered()
        for line in rendered.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
        #expect(try CalendarOracle.parse(calendars: [rendered]).calendars[0].description == text)
    }

    @Test("text values escape backslash, semicolon, comma and line breaks")
    func textEscaping() {
        var invitation = Self.generated(1, seed: 2)[0]
        invitation.summary = "a\\b;c,d\r\ne\nf"
        #expect(invitation.rendered().contains("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\r\n"))
    }

    @Test(
        "an invitation that cannot be written says why",
        arguments: [
            ("conversation 1", 0, 10, "person@example.org", "the invitation key must be letters, digits, '.', '-' or '_'"),
            ("c1", -1, 10, "person@example.org", "the invitation sequence must not be negative"),
            ("c1", 0, 9, "person@example.org", "the invitation must end after it starts"),
            ("c1", 0, 10, "person@example.org\r\nX", "an attendee's address is not a plain mailbox")
        ])
    func problems(key: String, sequence: Int, endHour: Int, address: String, expected: String) {
        let day = CalendarDate(year: 2026, month: 12, day: 7)!
        let invitation = CalendarInvitation(
            method: .request, key: key, domain: "example.org", sequence: sequence, stamp: Date(timeIntervalSince1970: 0),
            start: LocalDateTime(date: day, hour: 9, minute: 0)!, end: LocalDateTime(date: day, hour: endHour, minute: 0)!, summary: "s",
            organizer: .organizer("org@example.org"), attendees: [.attendee(address)])
        #expect(invitation.problem == expected)
    }
}
