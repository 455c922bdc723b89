/// A published calendar (RFC 5546 `METHOD:PUBLISH`): several events for someone to add to their
/// own calendar, as a download rather than a mail, such as an inspector's week.
///
/// Each event is written as its ``CalendarInvitation`` would be, with the same UID and SEQUENCE
/// (so a later download updates the entries it added) and its ORGANIZER, but without
/// ATTENDEEs, which a published event does not carry. An event whose method is
/// ``CalendarInvitation/Method/cancel`` is written `STATUS:CANCELLED`.
public struct CalendarFeed: Sendable, Equatable {
    /// The events, in the order written.
    public var events: [CalendarInvitation]

    /// A feed of `events`; check each event's ``CalendarInvitation/problem`` first.
    public init(events: [CalendarInvitation]) {
        self.events = events
    }

    /// The iCalendar object: CRLF line ends, lines folded at 75 octets, UTF-8.
    public func rendered() -> String {
        let lines = CalendarInvitation.calendarStart(method: "PUBLISH") + events.flatMap { $0.eventLines(withAttendees: false) } + ["END:VCALENDAR"]
        return lines.map(ContentLine.folded).joined()
    }
}
