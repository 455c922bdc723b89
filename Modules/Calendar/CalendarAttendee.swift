/// A person on an invitation: the organiser, or an attendee with a role and a reply status.
public struct CalendarAttendee: Sendable, Equatable {
    /// An attendee's part in the meeting (RFC 5545 ROLE).
    public enum Role: String, Sendable, Codable {
        /// Chairs the meeting.
        case chair = "CHAIR"
        /// Expected to attend.
        case required = "REQ-PARTICIPANT"
        /// Welcome, not needed.
        case optional = "OPT-PARTICIPANT"
        /// Told, not invited.
        case informed = "NON-PARTICIPANT"
    }

    /// An attendee's reply so far (RFC 5545 PARTSTAT).
    public enum Reply: String, Sendable, Codable {
        /// Not answered yet.
        case needsAction = "NEEDS-ACTION"
        /// Coming.
        case accepted = "ACCEPTED"
        /// Not coming.
        case declined = "DECLINED"
        /// Perhaps.
        case tentative = "TENTATIVE"
    }

    /// The mail address (no `mailto:`).
    public var address: String
    /// The name calendars show (CN), any Unicode.
    public var name: String?
    /// The attendee's role; nil for the organiser.
    public var role: Role?
    /// The reply so far; nil for the organiser.
    public var reply: Reply?
    /// Whether a reply is asked for (RSVP); ignored for the organiser.
    public var replyWanted: Bool

    /// The organiser of an invitation.
    public static func organizer(_ address: String, name: String? = nil) -> CalendarAttendee {
        CalendarAttendee(address: address, name: name, role: nil, reply: nil, replyWanted: false)
    }

    /// An attendee: by default required, not answered yet, asked to reply.
    public static func attendee(
        _ address: String, name: String? = nil, role: Role = .required, reply: Reply = .needsAction, replyWanted: Bool = true
    ) -> CalendarAttendee {
        CalendarAttendee(address: address, name: name, role: role, reply: reply, replyWanted: replyWanted)
    }

    /// One `@`, no spaces, no characters that would end a calendar value or parameter.
    var hasPlainAddress: Bool {
        address.split(separator: "@", omittingEmptySubsequences: false).count == 2
            && address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !";:,\"\\<>".unicodeScalars.contains($0) }
    }
}
