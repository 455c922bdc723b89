/// A child's most recent child protection plan (List 7).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct ChildProtectionRecord: AnnexARecord {
    /// List 7.
    public static let list = AnnexAList.childProtection

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Child Protection Plan Start Date".
    public var planStartDate: CalendarDate
    /// "Initial Category of Abuse".
    public var initialCategoryOfAbuse: CategoryOfAbuse
    /// "Latest Category of Abuse".
    public var latestCategoryOfAbuse: CategoryOfAbuse
    /// "Date of the Last Statutory Visit"; may be blank.
    public var dateOfLastStatutoryVisit: CalendarDate?
    /// "Was the Child Seen Alone?"; may be blank.
    public var seenAlone: YesNoUnknown?
    /// "Date of latest review conference"; may be blank.
    public var dateOfLatestReviewConference: CalendarDate?
    /// "Child Protection Plan End Date"; may be blank.
    public var planEndDate: CalendarDate?
    /// "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)".
    public var emergencyProtectionInLast6Months: YesNo
    /// "Number of Previous Child Protection Plans".
    public var previousPlans: Int
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        disability: YesNoUnknown,
        planStartDate: CalendarDate,
        initialCategoryOfAbuse: CategoryOfAbuse,
        latestCategoryOfAbuse: CategoryOfAbuse,
        dateOfLastStatutoryVisit: CalendarDate?,
        seenAlone: YesNoUnknown?,
        dateOfLatestReviewConference: CalendarDate?,
        planEndDate: CalendarDate?,
        emergencyProtectionInLast6Months: YesNo,
        previousPlans: Int,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.disability = disability
        self.planStartDate = planStartDate
        self.initialCategoryOfAbuse = initialCategoryOfAbuse
        self.latestCategoryOfAbuse = latestCategoryOfAbuse
        self.dateOfLastStatutoryVisit = dateOfLastStatutoryVisit
        self.seenAlone = seenAlone
        self.dateOfLatestReviewConference = dateOfLatestReviewConference
        self.planEndDate = planEndDate
        self.emergencyProtectionInLast6Months = emergencyProtectionInLast6Months
        self.previousPlans = previousPlans
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 7.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(disability),
            cell(planStartDate),
            cell(initialCategoryOfAbuse),
            cell(latestCategoryOfAbuse),
            cell(dateOfLastStatutoryVisit),
            cell(seenAlone),
            cell(dateOfLatestReviewConference),
            cell(planEndDate),
            cell(emergencyProtectionInLast6Months),
            cell(previousPlans),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
