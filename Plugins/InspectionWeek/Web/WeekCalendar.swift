import Calendar
import Foundation

/// An inspector's bookings as a published calendar (`METHOD:PUBLISH`) for `/week.ics`: one event
/// per booking, its UID stable per conversation and its SEQUENCE the conversation's, so a later
/// download updates the entries an earlier one added. Children appear only as a count.
enum WeekCalendar {
    /// The domain of the events' UIDs (`week-conversation-12@week.ilacs-ready`).
    static let domain = "week.ilacs-ready"

    /// The feed of `bookings`, organised by `organizer` (the inspector's own address), stamped
    /// `now`; each event's description links to its briefing under `base` (the sampler's address).
    static func feed(_ bookings: [InspectorWeek.Booked], organizer: String, base: String, now: Date) -> CalendarFeed {
        CalendarFeed(
            events: bookings.map { booked in
                CalendarInvitation(
                    method: .request, key: WeekMail.key(conversation: booked.conversationID), domain: domain, sequence: booked.sequence, stamp: now,
                    start: booked.slot.starts, end: booked.slot.ends, summary: booked.title, location: booked.slot.place,
                    description: "Children covered: \(booked.children). Briefing: \(base)/week/conversations/\(booked.conversationID)",
                    organizer: .organizer(organizer), attendees: [])
            })
    }
}
