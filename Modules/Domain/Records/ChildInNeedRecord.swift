/// A child's most recent episode of need (List 6).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct ChildInNeedRecord: AnnexARecord {
    /// List 6.
    public static let list = AnnexAList.childrenInNeed

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "CIN Start Date"; may be blank.
    public var cinStartDate: CalendarDate?
    /// "Primary Need Code".
    public var primaryNeed: PrimaryNeed
    /// "Date Child Was Last Seen"; may be blank.
    public var dateChildLastSeen: CalendarDate?
    /// "CIN Closure Date"; may be blank.
    public var cinClosureDate: CalendarDate?
    /// "Reason for Closure"; may be blank.
    public var reasonForClosure: ReasonForClosure?
    /// "Case status".
    public var caseStatus: CaseStatus
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        disability: YesNoUnknown,
        cinStartDate: CalendarDate?,
        primaryNeed: PrimaryNeed,
        dateChildLastSeen: CalendarDate?,
        cinClosureDate: CalendarDate?,
        reasonForClosure: ReasonForClosure?,
        caseStatus: CaseStatus,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.disability = disability
        self.cinStartDate = cinStartDate
        self.primaryNeed = primaryNeed
        self.dateChildLastSeen = dateChildLastSeen
        self.cinClosureDate = cinClosureDate
        self.reasonForClosure = reasonForClosure
        self.caseStatus = caseStatus
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 6.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(disability),
            cell(cinStartDate),
            cell(primaryNeed),
            cell(dateChildLastSeen),
            cell(cinClosureDate),
            cell(reasonForClosure),
            cell(caseStatus),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
