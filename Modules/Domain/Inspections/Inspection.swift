/// One Ofsted inspection or visit of the authority, with the grades it gave.
public struct Inspection: Sendable, Hashable, Identifiable {
    /// The stable identifier we give the inspection.
    public var id: String
    /// What kind of inspection or visit it is.
    public var type: InspectionType
    /// The first day on site.
    public var startDate: CalendarDate
    /// The last day on site; nil while it is still under way or not yet known.
    public var endDate: CalendarDate?
    /// The grade for each judged area; empty for ungraded visits.
    public var judgements: [JudgementArea: Judgement]

    /// Creates an inspection.
    public init(
        id: String, type: InspectionType, startDate: CalendarDate, endDate: CalendarDate?,
        judgements: [JudgementArea: Judgement]
    ) {
        self.id = id
        self.type = type
        self.startDate = startDate
        self.endDate = endDate
        self.judgements = judgements
    }
}
