import Domain
import WeekScheduling

/// Books the foster carers' group sessions at the time and place their campaign gave the carers:
/// the scheduler never moves them. Each session, in start order, gets an inspector free for its
/// length (a slot's) that day: the one who had it, if still free, else the one with the fewest
/// conversations that day, ties by inspector id order. A session is booked outside the day's
/// slots when it is held outside them (an evening meeting); the inspector's daily capacity
/// counts only the conversations the scheduler places.
enum FixedTimePlacement {
    /// A fixed session that could not be booked, and why.
    struct Unplaced: Sendable, Equatable {
        /// The conversation's id.
        var conversationID: Int
        /// Why, in words (`the session is not on a day on site`).
        var reason: String
    }

    /// The sessions booked, and those left out.
    struct Outcome: Sendable, Equatable {
        var bookings: [Booking] = []
        var unplaced: [Unplaced] = []
    }

    /// Books `sessions` (each with a `fixedStart`) on `days` for `inspectors` (ids, in order),
    /// `minutes` long, around the scheduler's `bookings`; `previous` are the bookings stored before.
    static func place(
        _ sessions: [StoredConversation], days: [CalendarDate], inspectors: [String], minutes: Int, around bookings: [Booking], previous: [Booking]
    ) -> Outcome {
        var outcome = Outcome()
        var taken = bookings
        for session in sessions.sorted(by: { ($0.fixedStart!, $0.id) < ($1.fixedStart!, $1.id) }) {
            let start = session.fixedStart!
            guard days.contains(start.date) else {
                outcome.unplaced.append(Unplaced(conversationID: session.id, reason: "the session (\(start)) is not on a day on site"))
                continue
            }
            let slot = TimeRange(start: start.hour * 60 + start.minute, end: min(start.hour * 60 + start.minute + minutes, 24 * 60))
            let sameDay = taken.filter { $0.day == start.date }
            let free = inspectors.filter { inspector in !sameDay.contains { $0.inspectorID == inspector && $0.slot.overlaps(slot) } }
            let had = previous.first { $0.conversationID == String(session.id) }?.inspectorID
            let load = { (inspector: String) in sameDay.filter { $0.inspectorID == inspector }.count }
            guard let inspector = free.first(where: { $0 == had }) ?? free.min(by: { load($0) < load($1) }) else {
                outcome.unplaced.append(Unplaced(conversationID: session.id, reason: "every inspector is busy at the session's time (\(start))"))
                continue
            }
            let booking = Booking(
                conversationID: String(session.id), day: start.date, slot: slot, inspectorID: inspector,
                place: session.fixedPlace.map { .room($0) } ?? .online)
            outcome.bookings.append(booking)
            taken.append(booking)
        }
        return outcome
    }
}
