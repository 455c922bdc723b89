import Domain

/// One group session the foster carers are invited to, where inspectors may meet them: when,
/// where, and how many households were invited and said they are coming. Contributed by the
/// CarerEngagement plugin through ``point``; it carries no carer's name, email or address.
public struct GroupSession: Sendable, Equatable {
    /// The invitation campaign it belongs to.
    public var campaignID: Int
    /// Its number within the campaign, from 1.
    public var number: Int
    /// When it starts, local time.
    public var start: LocalDateTime
    /// The venue of a meeting in person; nil for an online one.
    public var venue: String?
    /// Whether it is held online.
    public var online: Bool
    /// The most households that can come.
    public var capacity: Int
    /// Households the campaign invited (every session of a campaign is offered to all of them).
    public var householdsInvited: Int
    /// Households that said they are coming to this session.
    public var householdsAccepted: Int
    /// Households waiting for a place at this session.
    public var householdsWaiting: Int

    /// Creates a session.
    public init(
        campaignID: Int, number: Int, start: LocalDateTime, venue: String?, online: Bool, capacity: Int, householdsInvited: Int,
        householdsAccepted: Int, householdsWaiting: Int
    ) {
        self.campaignID = campaignID
        self.number = number
        self.start = start
        self.venue = venue
        self.online = online
        self.capacity = capacity
        self.householdsInvited = householdsInvited
        self.householdsAccepted = householdsAccepted
        self.householdsWaiting = householdsWaiting
    }

    /// A stable id for the session, `campaign-NUMBER` (`12-2`).
    public var id: String { "\(campaignID)-\(number)" }

    /// Where the sessions plug in: every enabled reader is used. Named `inspection.group-sessions`.
    public static let point = ExtensionPoint<any InspectionReader<GroupSession>>(name: "inspection.group-sessions")
}
