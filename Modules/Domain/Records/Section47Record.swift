/// A section 47 enquiry and any initial child protection conference it led to (List 5).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct Section47Record: AnnexARecord {
    /// List 5.
    public static let list = AnnexAList.section47

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Strategy discussion initiating Section 47 Enquiry Start Date".
    public var strategyDiscussionDate: CalendarDate
    /// "Was an Initial Child Protection Conference deemed unnecessary?"; may be blank.
    public var icpcDeemedUnnecessary: YesNo?
    /// "Date of Initial Child Protection Conference"; may be blank.
    public var icpcDate: CalendarDate?
    /// "Did the Initial Child Protection Conference Result in a Child Protection Plan"; may be blank.
    public var icpcResultedInPlan: YesNo?
    /// "Number of Section 47 Enquiries in the last 12 months".
    public var section47EnquiriesInLast12Months: Int
    /// "Number of ICPCs in the last 12 months".
    public var icpcsInLast12Months: Int
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        disability: YesNoUnknown,
        strategyDiscussionDate: CalendarDate,
        icpcDeemedUnnecessary: YesNo?,
        icpcDate: CalendarDate?,
        icpcResultedInPlan: YesNo?,
        section47EnquiriesInLast12Months: Int,
        icpcsInLast12Months: Int,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.disability = disability
        self.strategyDiscussionDate = strategyDiscussionDate
        self.icpcDeemedUnnecessary = icpcDeemedUnnecessary
        self.icpcDate = icpcDate
        self.icpcResultedInPlan = icpcResultedInPlan
        self.section47EnquiriesInLast12Months = section47EnquiriesInLast12Months
        self.icpcsInLast12Months = icpcsInLast12Months
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 5.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(disability),
            cell(strategyDiscussionDate),
            cell(icpcDeemedUnnecessary),
            cell(icpcDate),
            cell(icpcResultedInPlan),
            cell(section47EnquiriesInLast12Months),
            cell(icpcsInLast12Months),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
