import Domain

/// What an inspector's briefing says about a practitioner at a date, from the register.
///
/// Caseload is not here: it comes from Annex A, which the caller reads
/// (``WorkforceRegister/caseloads(allocatedWorkerNames:snapshot:)`` turns its names into counts).
public struct PractitionerContext: Sendable, Hashable, Codable {
    /// The staff id.
    public var staffID: String
    /// The day the figures describe.
    public var date: CalendarDate
    /// The latest supervision of either kind on or before ``date``; nil when none is recorded.
    public var lastSupervision: CalendarDate?
    /// Group reflective supervisions in the three months up to ``date`` (after `date` minus three
    /// months, up to and including `date`).
    public var groupReflectiveLastQuarter: Int
    /// Training courses in the twelve months up to ``date``, counted the same way.
    public var trainingLastYear: Int

    /// Creates the value.
    public init(staffID: String, date: CalendarDate, lastSupervision: CalendarDate?, groupReflectiveLastQuarter: Int, trainingLastYear: Int) {
        self.staffID = staffID
        self.date = date
        self.lastSupervision = lastSupervision
        self.groupReflectiveLastQuarter = groupReflectiveLastQuarter
        self.trainingLastYear = trainingLastYear
    }
}
