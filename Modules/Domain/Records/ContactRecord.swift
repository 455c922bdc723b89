/// A contact about a child received in the six months before inspection (List 1).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct ContactRecord: AnnexARecord {
    /// List 1.
    public static let list = AnnexAList.contacts

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Date of Contact".
    public var dateOfContact: CalendarDate
    /// "Contact Source".
    public var contactSource: ReferralSource

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        dateOfContact: CalendarDate,
        contactSource: ReferralSource
    ) {
        self.child = child
        self.dateOfContact = dateOfContact
        self.contactSource = contactSource
    }

    /// The row in Ofsted's form, one cell per column of List 1.
    public var ofstedCells: [String] {
        child.ofstedCells + [
            cell(dateOfContact),
            cell(contactSource)
        ]
    }
}
