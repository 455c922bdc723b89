/// What follows the lead inspector's notification call: inspectors on site from the following
/// Monday, for one week (short inspection) or two (standard), and Annex A lists drawn up no
/// earlier than the Wednesday of the week before the inspection.
public struct NotificationTimeline: Sendable, Equatable {
    /// When the call came.
    public var call: LocalDateTime
    /// A short or a standard inspection.
    public var type: InspectionType
    /// The first day on site: the Monday after the call.
    public var onSiteStart: CalendarDate
    /// The last day on site: the Friday of the first week (short) or of the second (standard).
    public var onSiteEnd: CalendarDate
    /// The earliest as-of date Ofsted accepts for the Annex A lists: the Wednesday of the week
    /// before the inspection.
    public var freshnessLimit: CalendarDate

    /// The inspection types a notification call announces.
    public static let notifiedTypes: [InspectionType] = [.short, .standard]

    /// The timeline of a call; nil for a type other than short or standard.
    public init?(call: LocalDateTime, type: InspectionType) {
        guard Self.notifiedTypes.contains(type) else { return nil }
        self.call = call
        self.type = type
        onSiteStart = call.date.followingMonday
        onSiteEnd = onSiteStart.adding(days: type == .standard ? 11 : 4)
        freshnessLimit = onSiteStart.adding(days: -5)
    }
}
