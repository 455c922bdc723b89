/// A graded (standard or short) inspection of some authority, as the national record gives it:
/// what the measured window is computed from.
public struct GradedInspectionRecord: Sendable, Hashable {
    /// Which authority: any stable key (Ofsted's URN in the national record).
    public var authority: String
    /// The first day on site.
    public var start: CalendarDate
    /// The overall effectiveness grade; nil when not given (after April 2026) or not known.
    public var overall: Judgement?

    /// Creates a record.
    public init(authority: String, start: CalendarDate, overall: Judgement?) {
        self.authority = authority
        self.start = start
        self.overall = overall
    }
}
