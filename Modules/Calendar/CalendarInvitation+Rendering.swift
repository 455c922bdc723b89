import Domain
import Foundation

extension CalendarInvitation {
    /// The product identifier written as PRODID.
    public static let productID = "-//ILACS Ready//Week on site//EN"

    /// The iCalendar object: CRLF line ends, lines folded at 75 octets, UTF-8. Check
    /// ``problem`` first: an invitation with a problem is written as given.
    public func rendered() -> String {
        let lines = Self.calendarStart(method: method.rawValue) + eventLines(withAttendees: true) + ["END:VCALENDAR"]
        return lines.map(ContentLine.folded).joined()
    }

    /// The calendar's opening lines up to and including the Europe/London VTIMEZONE, unfolded.
    static func calendarStart(method: String) -> [String] {
        ["BEGIN:VCALENDAR", "PRODID:\(productID)", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:\(method)"] + LondonTimeZone.lines
    }

    /// The VEVENT's content lines, unfolded; the attendees only `withAttendees` (a published
    /// calendar names none).
    func eventLines(withAttendees: Bool) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(ContentLine.text(uid))",
            "SEQUENCE:\(sequence)",
            "DTSTAMP:\(Self.utc(stamp))",
            "DTSTART;TZID=\(LondonTimeZone.identifier):\(Self.local(start))",
            "DTEND;TZID=\(LondonTimeZone.identifier):\(Self.local(end))",
            "SUMMARY:\(ContentLine.text(summary))"
        ]
        if let location { lines.append("LOCATION:\(ContentLine.text(location))") }
        if let description { lines.append("DESCRIPTION:\(ContentLine.text(description))") }
        lines.append("ORGANIZER\(Self.name(organizer)):mailto:\(organizer.address)")
        for attendee in attendees where withAttendees {
            let role = attendee.role ?? .required
            let reply = attendee.reply ?? .needsAction
            lines.append(
                "ATTENDEE\(Self.name(attendee));ROLE=\(role.rawValue);PARTSTAT=\(reply.rawValue);RSVP=\(attendee.replyWanted ? "TRUE" : "FALSE")"
                    + ":mailto:\(attendee.address)")
        }
        return lines + ["STATUS:\(method == .cancel ? "CANCELLED" : "CONFIRMED")", "TRANSP:OPAQUE", "END:VEVENT"]
    }

    /// `;CN="name"`, or nothing without a name.
    private static func name(_ person: CalendarAttendee) -> String {
        guard let name = person.name, !name.isEmpty else { return "" }
        return ";CN=" + ContentLine.quotedParameter(name)
    }

    /// `20261207T093000`: a wall-clock DATE-TIME (the TZID parameter names the zone).
    private static func local(_ time: LocalDateTime) -> String {
        digits(time.date.year, 4) + digits(time.date.month, 2) + digits(time.date.day, 2) + "T" + digits(time.hour, 2) + digits(time.minute, 2) + "00"
    }

    /// `20261204T112400Z`: a UTC DATE-TIME.
    private static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return digits(parts.year!, 4) + digits(parts.month!, 2) + digits(parts.day!, 2) + "T" + digits(parts.hour!, 2) + digits(parts.minute!, 2)
            + digits(parts.second!, 2) + "Z"
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
