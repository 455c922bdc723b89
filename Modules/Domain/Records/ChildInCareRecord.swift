/// A child's most recent period of care (List 8).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct ChildInCareRecord: AnnexARecord {
    /// List 8.
    public static let list = AnnexAList.childrenInCare

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)".
    public var uasc: YesNo
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Date Started to be Looked After".
    public var dateStartedLookedAfter: CalendarDate
    /// "Child's Category of Need".
    public var categoryOfNeed: PrimaryNeed
    /// "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)".
    public var secondPeriodInLast12Months: YesNo
    /// "Start date of current legal status".
    public var legalStatusStartDate: CalendarDate
    /// "Child's Legal Status".
    public var legalStatus: LegalStatus
    /// "Date of Latest Statutory Review"; may be blank.
    public var dateOfLatestStatutoryReview: CalendarDate?
    /// "Date of Last Social Work Visit"; may be blank.
    public var dateOfLastSocialWorkVisit: CalendarDate?
    /// "What is the permanence plan for this child?"; may be blank.
    public var permanencePlan: PermanencePlan?
    /// "Date of Last IRO Visit / Contact to the Child"; may be blank.
    public var dateOfLastIROContact: CalendarDate?
    /// "Date of Last Health Assessment"; may be blank.
    public var dateOfLastHealthAssessment: CalendarDate?
    /// "Date of Last Dental Check"; may be blank.
    public var dateOfLastDentalCheck: CalendarDate?
    /// "Number of Placements in the Last 12 months".
    public var placementsInLast12Months: Int
    /// "Date Ceased to be Looked After"; may be blank.
    public var dateCeasedLookedAfter: CalendarDate?
    /// "Reason Ceased to be Looked After"; may be blank.
    public var reasonCeasedLookedAfter: ReasonCeasedLookedAfter?
    /// "Start Date of Most Recent Placement".
    public var placementStartDate: CalendarDate
    /// "Placement Type".
    public var placementType: PlacementType
    /// "Placement Provider".
    public var placementProvider: PlacementProvider
    /// "Placement postcode".
    public var placementPostcode: String
    /// "URN of Placement"; may be blank.
    public var placementURN: String?
    /// "Placement Location".
    public var placementLocation: PlacementLocation
    /// "LA of Placement".
    public var placementLA: String
    /// "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months".
    public var missingEpisodesInLast12Months: Int
    /// "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months".
    public var absentEpisodesInLast12Months: Int
    /// "Was the child offered a Return Interview after their last missing episode (Y/N)?"; may be blank.
    public var returnInterviewOffered: YesNoUnknown?
    /// "Did the child accept a Return Interview after their last missing episode (Y/N)?"; may be blank.
    public var returnInterviewAccepted: YesNoUnknown?
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        uasc: YesNo,
        disability: YesNoUnknown,
        dateStartedLookedAfter: CalendarDate,
        categoryOfNeed: PrimaryNeed,
        secondPeriodInLast12Months: YesNo,
        legalStatusStartDate: CalendarDate,
        legalStatus: LegalStatus,
        dateOfLatestStatutoryReview: CalendarDate?,
        dateOfLastSocialWorkVisit: CalendarDate?,
        permanencePlan: PermanencePlan?,
        dateOfLastIROContact: CalendarDate?,
        dateOfLastHealthAssessment: CalendarDate?,
        dateOfLastDentalCheck: CalendarDate?,
        placementsInLast12Months: Int,
        dateCeasedLookedAfter: CalendarDate?,
        reasonCeasedLookedAfter: ReasonCeasedLookedAfter?,
        placementStartDate: CalendarDate,
        placementType: PlacementType,
        placementProvider: PlacementProvider,
        placementPostcode: String,
        placementURN: String?,
        placementLocation: PlacementLocation,
        placementLA: String,
        missingEpisodesInLast12Months: Int,
        absentEpisodesInLast12Months: Int,
        returnInterviewOffered: YesNoUnknown?,
        returnInterviewAccepted: YesNoUnknown?,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.uasc = uasc
        self.disability = disability
        self.dateStartedLookedAfter = dateStartedLookedAfter
        self.categoryOfNeed = categoryOfNeed
        self.secondPeriodInLast12Months = secondPeriodInLast12Months
        self.legalStatusStartDate = legalStatusStartDate
        self.legalStatus = legalStatus
        self.dateOfLatestStatutoryReview = dateOfLatestStatutoryReview
        self.dateOfLastSocialWorkVisit = dateOfLastSocialWorkVisit
        self.permanencePlan = permanencePlan
        self.dateOfLastIROContact = dateOfLastIROContact
        self.dateOfLastHealthAssessment = dateOfLastHealthAssessment
        self.dateOfLastDentalCheck = dateOfLastDentalCheck
        self.placementsInLast12Months = placementsInLast12Months
        self.dateCeasedLookedAfter = dateCeasedLookedAfter
        self.reasonCeasedLookedAfter = reasonCeasedLookedAfter
        self.placementStartDate = placementStartDate
        self.placementType = placementType
        self.placementProvider = placementProvider
        self.placementPostcode = placementPostcode
        self.placementURN = placementURN
        self.placementLocation = placementLocation
        self.placementLA = placementLA
        self.missingEpisodesInLast12Months = missingEpisodesInLast12Months
        self.absentEpisodesInLast12Months = absentEpisodesInLast12Months
        self.returnInterviewOffered = returnInterviewOffered
        self.returnInterviewAccepted = returnInterviewAccepted
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 8.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(uasc),
            cell(disability),
            cell(dateStartedLookedAfter),
            cell(categoryOfNeed),
            cell(secondPeriodInLast12Months),
            cell(legalStatusStartDate),
            cell(legalStatus),
            cell(dateOfLatestStatutoryReview),
            cell(dateOfLastSocialWorkVisit),
            cell(permanencePlan),
            cell(dateOfLastIROContact),
            cell(dateOfLastHealthAssessment),
            cell(dateOfLastDentalCheck),
            cell(placementsInLast12Months),
            cell(dateCeasedLookedAfter),
            cell(reasonCeasedLookedAfter),
            cell(placementStartDate),
            cell(placementType),
            cell(placementProvider),
            cell(placementPostcode),
            cell(placementURN),
            cell(placementLocation),
            cell(placementLA),
            cell(missingEpisodesInLast12Months),
            cell(absentEpisodesInLast12Months),
            cell(returnInterviewOffered),
            cell(returnInterviewAccepted),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
