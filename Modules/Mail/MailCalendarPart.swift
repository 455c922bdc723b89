/// An iCalendar object sent with a message as an iMIP invitation (RFC 6047): a `text/calendar`
/// alternative beside the text and HTML, plus the same object as an `invite.ics` attachment
/// for clients that only look at attachments.
public struct MailCalendarPart: Sendable, Equatable, Codable {
    /// The iTIP method: `REQUEST` or `CANCEL`; it must equal the object's METHOD property.
    public var method: String
    /// The iCalendar object, CRLF line ends, UTF-8.
    public var content: String

    /// The part for `content` under `method`.
    public init(method: String, content: String) {
        self.method = method
        self.content = content
    }

    /// Whether `method` is one the outbox sends: `REQUEST` or `CANCEL`.
    public var hasKnownMethod: Bool { ["REQUEST", "CANCEL"].contains(method) }
}
