/// The scheduler's answer: the bookings, and each conversation it could not place with the rule
/// that blocked it.
public struct WeekPlan: Sendable, Hashable, Codable {
    /// Every booking, kept ones included, in time order (``Booking``'s `<`).
    public var bookings: [Booking]
    /// The conversations left out, by id.
    public var unplaced: [UnplacedConversation]
    /// How many of `bookings` were kept from the bookings passed in (still valid).
    public var keptCount: Int
    /// Whether the number placed is proven to be the most any plan keeping those bookings can
    /// place (always, unless the exact search hit its node limit on a very large conflicting case).
    public var provenOptimal: Bool
}

/// A conversation the plan leaves out, and why.
public struct UnplacedConversation: Sendable, Hashable, Codable {
    /// The conversation's id.
    public var conversationID: String
    /// The first rule, in ``BlockingRule``'s order, that blocks every day, inspector and slot.
    public var rule: BlockingRule

    /// Conversation `conversationID`, left out by `rule`.
    public init(conversationID: String, rule: BlockingRule) {
        self.conversationID = conversationID
        self.rule = rule
    }
}

/// Why a conversation has no place in the plan, checked in this order against the finished plan.
public enum BlockingRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The practitioner or the invited manager is on leave or not working on every day on site.
    case participantUnavailable = "participant unavailable every day"
    /// The tracking inspector is full (their capacity reached, or every slot taken) on every day the
    /// participants are available.
    case requiredInspectorFull = "required inspector full"
    /// Every inspector is full on every day the participants are available.
    case inspectorsFull = "every inspector full"
    /// Where an inspector has room left, no slot has them and every participant free together.
    case noCommonFreeSlot = "no slot where they are all free"
    /// In person, and every slot where they are all free has every room taken.
    case noRoom = "no room at any time they are all free"
}
