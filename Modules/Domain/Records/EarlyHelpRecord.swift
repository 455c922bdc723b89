/// An early help assessment or intervention coordinated by the authority (List 2).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct EarlyHelpRecord: AnnexARecord {
    /// List 2.
    public static let list = AnnexAList.earlyHelp

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Assessment start date".
    public var assessmentStartDate: CalendarDate
    /// "Assessment completion date"; may be blank.
    public var assessmentCompletionDate: CalendarDate?
    /// "Organisation completing assessment".
    public var organisationCompletingAssessment: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        assessmentStartDate: CalendarDate,
        assessmentCompletionDate: CalendarDate?,
        organisationCompletingAssessment: String
    ) {
        self.child = child
        self.assessmentStartDate = assessmentStartDate
        self.assessmentCompletionDate = assessmentCompletionDate
        self.organisationCompletingAssessment = organisationCompletingAssessment
    }

    /// The row in Ofsted's form, one cell per column of List 2.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(assessmentStartDate),
            cell(assessmentCompletionDate),
            cell(organisationCompletingAssessment)
        ]
    }
}
