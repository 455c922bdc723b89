import Domain

/// One conversation placed: the day, the slot, the inspector, and the room or online.
public struct Booking: Sendable, Hashable, Codable, Comparable {
    /// Where a conversation happens.
    public enum Place: Sendable, Hashable, Codable {
        /// In the named room.
        case room(String)
        /// Online: no room.
        case online
    }

    /// The conversation's id.
    public var conversationID: String
    /// The day.
    public var day: CalendarDate
    /// The slot, one of the day shape's.
    public var slot: TimeRange
    /// The inspector who holds it.
    public var inspectorID: String
    /// The room, or online.
    public var place: Place

    /// A booking; see the properties for each argument.
    public init(conversationID: String, day: CalendarDate, slot: TimeRange, inspectorID: String, place: Place) {
        self.conversationID = conversationID
        self.day = day
        self.slot = slot
        self.inspectorID = inspectorID
        self.place = place
    }

    /// Time order: day, slot, inspector, then conversation.
    public static func < (lhs: Booking, rhs: Booking) -> Bool {
        (lhs.day, lhs.slot, lhs.inspectorID, lhs.conversationID) < (rhs.day, rhs.slot, rhs.inspectorID, rhs.conversationID)
    }
}
