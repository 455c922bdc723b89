/// A young person receiving leaving care services (List 9), in the 2024 layout.
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct CareLeaverRecord: AnnexARecord {
    /// List 9.
    public static let list = AnnexAList.careLeavers

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"; may be blank (2024 template only: nil when the return uses the Aug-2019 template).
    public var uasc: YesNo?
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String
    /// "Allocated Personal Advisor"; may be blank (2024 template only: nil when the return uses the Aug-2019 template).
    public var personalAdvisor: String?
    /// "Eligibility Category".
    public var eligibilityCategory: EligibilityCategory
    /// "Latest Pathway Plan Review Date"; may be blank (2024 template only).
    public var latestPathwayPlanReviewDate: CalendarDate?
    /// "LA In Touch".
    public var inTouch: InTouch
    /// "Latest Date of Contact"; may be blank (2024 template only).
    public var latestDateOfContact: CalendarDate?
    /// "Type of Accommodation"; may be blank.
    public var accommodationType: AccommodationType?
    /// "Suitability of Accommodation"; may be blank.
    public var accommodationSuitability: AccommodationSuitability?
    /// "Activity Status"; may be blank.
    public var activityStatus: ActivityStatus?

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        uasc: YesNo?,
        disability: YesNoUnknown,
        allocatedTeam: String,
        allocatedWorker: String,
        personalAdvisor: String?,
        eligibilityCategory: EligibilityCategory,
        latestPathwayPlanReviewDate: CalendarDate?,
        inTouch: InTouch,
        latestDateOfContact: CalendarDate?,
        accommodationType: AccommodationType?,
        accommodationSuitability: AccommodationSuitability?,
        activityStatus: ActivityStatus?
    ) {
        self.child = child
        self.uasc = uasc
        self.disability = disability
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
        self.personalAdvisor = personalAdvisor
        self.eligibilityCategory = eligibilityCategory
        self.latestPathwayPlanReviewDate = latestPathwayPlanReviewDate
        self.inTouch = inTouch
        self.latestDateOfContact = latestDateOfContact
        self.accommodationType = accommodationType
        self.accommodationSuitability = accommodationSuitability
        self.activityStatus = activityStatus
    }

    /// The row in Ofsted's form, one cell per column of List 9.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(uasc),
            cell(disability),
            cell(allocatedTeam),
            cell(allocatedWorker),
            cell(personalAdvisor),
            cell(eligibilityCategory),
            cell(latestPathwayPlanReviewDate),
            cell(inTouch),
            cell(latestDateOfContact),
            cell(accommodationType),
            cell(accommodationSuitability),
            cell(activityStatus)
        ]
    }
}
