/// A statutory (section 17 or 47) assessment in the six months before inspection (List 4).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct AssessmentRecord: AnnexARecord {
    /// List 4.
    public static let list = AnnexAList.assessments

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Continuous Assessment Start Date".
    public var assessmentStartDate: CalendarDate
    /// "Child Seen During Continuous Assessment".
    public var childSeenDuringAssessment: YesNoUnknown
    /// "Continuous Assessment Date of Authorisation"; may be blank.
    public var assessmentAuthorisationDate: CalendarDate?
    /// "Was the child assessed as requiring LA children’s social care support"; may be blank.
    public var requiresSocialCareSupport: YesNo?
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        disability: YesNoUnknown,
        assessmentStartDate: CalendarDate,
        childSeenDuringAssessment: YesNoUnknown,
        assessmentAuthorisationDate: CalendarDate?,
        requiresSocialCareSupport: YesNo?,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.disability = disability
        self.assessmentStartDate = assessmentStartDate
        self.childSeenDuringAssessment = childSeenDuringAssessment
        self.assessmentAuthorisationDate = assessmentAuthorisationDate
        self.requiresSocialCareSupport = requiresSocialCareSupport
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 4.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(disability),
            cell(assessmentStartDate),
            cell(childSeenDuringAssessment),
            cell(assessmentAuthorisationDate),
            cell(requiresSocialCareSupport),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
