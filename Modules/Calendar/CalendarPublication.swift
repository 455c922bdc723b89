/// Several events published as one calendar (`METHOD:PUBLISH`, RFC 5546): a schedule exported
/// for import into a calendar, not an invitation anyone answers.
///
/// Each event is a ``CalendarInvitation`` whose UID, SEQUENCE and times mean what they mean
/// there; its `method` only sets the event's STATUS (a cancellation is CANCELLED).
public struct CalendarPublication: Sendable, Equatable {
    /// The events, in the order written.
    public var events: [CalendarInvitation]

    /// A calendar of `events`.
    public init(events: [CalendarInvitation]) {
        self.events = events
    }

    /// Why the calendar cannot be written, if it cannot: the first event's ``CalendarInvitation/problem``.
    public var problem: String? {
        events.lazy.compactMap(\.problem).first
    }

    /// The iCalendar object: one VCALENDAR with METHOD:PUBLISH, the Europe/London VTIMEZONE and
    /// a VEVENT per event; CRLF line ends, lines folded at 75 octets, UTF-8.
    public func rendered() -> String {
        CalendarInvitation.calendar(method: "PUBLISH", events: events)
    }
}
