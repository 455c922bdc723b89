/// A referral received in the six months before inspection (List 3).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct ReferralRecord: AnnexARecord {
    /// List 3.
    public static let list = AnnexAList.referrals

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Date of referral".
    public var dateOfReferral: CalendarDate
    /// "Referral Source".
    public var referralSource: ReferralSource
    /// "Referral NFA?".
    public var referralNFA: YesNo
    /// "Number of Referrals in Last 12 Months".
    public var referralsInLast12Months: Int
    /// "Allocated Team".
    public var allocatedTeam: String
    /// "Allocated Worker".
    public var allocatedWorker: String

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        dateOfReferral: CalendarDate,
        referralSource: ReferralSource,
        referralNFA: YesNo,
        referralsInLast12Months: Int,
        allocatedTeam: String,
        allocatedWorker: String
    ) {
        self.child = child
        self.dateOfReferral = dateOfReferral
        self.referralSource = referralSource
        self.referralNFA = referralNFA
        self.referralsInLast12Months = referralsInLast12Months
        self.allocatedTeam = allocatedTeam
        self.allocatedWorker = allocatedWorker
    }

    /// The row in Ofsted's form, one cell per column of List 3.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(dateOfReferral),
            cell(referralSource),
            cell(referralNFA),
            cell(referralsInLast12Months),
            cell(allocatedTeam),
            cell(allocatedWorker)
        ]
    }
}
