import Domain
import Foundation

/// One meeting invitation (or its cancellation) as an RFC 5545 iCalendar object for iMIP mail
/// (RFC 6047): a VCALENDAR with METHOD, the Europe/London VTIMEZONE and one VEVENT.
///
/// The caller owns identity and versioning: `key` is stable for one conversation (the UID is
/// `key@domain`, so every update and the cancellation replace the same calendar entry), and
/// `sequence` must rise on every change, the cancellation included. Times are wall-clock times
/// in Europe/London; `stamp` is the moment the invitation was made, written in UTC.
public struct CalendarInvitation: Sendable, Equatable {
    /// What the invitation asks of the attendee's calendar.
    public enum Method: String, Sendable, Codable {
        /// Add or update the event (`METHOD:REQUEST`, `STATUS:CONFIRMED`).
        case request = "REQUEST"
        /// Remove the event (`METHOD:CANCEL`, `STATUS:CANCELLED`).
        case cancel = "CANCEL"
    }

    /// Request or cancel.
    public var method: Method
    /// The caller's stable key for the event: letters, digits, `.`, `-` and `_`.
    public var key: String
    /// The domain after the `@` of the UID (the organiser's mail domain, say).
    public var domain: String
    /// The revision: 0 for the first invitation, raised on every change.
    public var sequence: Int
    /// When this revision was made (DTSTAMP, UTC).
    public var stamp: Date
    /// When it starts, Europe/London wall time.
    public var start: LocalDateTime
    /// When it ends, Europe/London wall time; after `start`.
    public var end: LocalDateTime
    /// The title.
    public var summary: String
    /// Where: a room, or "Online" with a link in the description.
    public var location: String?
    /// Free text; any length, any characters.
    public var description: String?
    /// Who organises it.
    public var organizer: CalendarAttendee
    /// Who is invited.
    public var attendees: [CalendarAttendee]

    /// Describes an invitation; see the properties for what each value must be.
    public init(
        method: Method, key: String, domain: String, sequence: Int, stamp: Date, start: LocalDateTime, end: LocalDateTime,
        summary: String, location: String? = nil, description: String? = nil, organizer: CalendarAttendee, attendees: [CalendarAttendee]
    ) {
        self.method = method
        self.key = key
        self.domain = domain
        self.sequence = sequence
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.organizer = organizer
        self.attendees = attendees
    }

    /// The event's UID: `key@domain`.
    public var uid: String { "\(key)@\(domain)" }

    /// Why the invitation cannot be written, if it cannot: a key with characters other than
    /// letters, digits, `.`, `-` and `_`, an empty domain, a negative sequence, an end not after
    /// the start, or an address that is not a plain mailbox. Nil when it can.
    public var problem: String? {
        let plain = { (text: String) in
            !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-_".unicodeScalars.contains($0)) }
        }
        if !plain(key) { return "the invitation key must be letters, digits, '.', '-' or '_'" }
        if !plain(domain) { return "the invitation domain must be letters, digits, '.', '-' or '_'" }
        if sequence < 0 { return "the invitation sequence must not be negative" }
        if end <= start { return "the invitation must end after it starts" }
        if let bad = ([organizer] + attendees).first(where: { !$0.hasPlainAddress }) {
            return bad.role == nil ? "the organiser's address is not a plain mailbox" : "an attendee's address is not a plain mailbox"
        }
        return nil
    }
}
