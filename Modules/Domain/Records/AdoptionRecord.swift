/// A child with an adoption decision, placement, order or reversal in the 12 months before inspection (List 10).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct AdoptionRecord: AnnexARecord {
    /// List 10.
    public static let list = AnnexAList.adoption

    /// The child's identifier and characteristics (the list's opening columns).
    public var child: ChildCharacteristics
    /// "Family identifier"; may be blank (groups siblings placed together).
    public var familyID: String?
    /// "Does the Child have a Disability".
    public var disability: YesNoUnknown
    /// "Date the Child Entered Care".
    public var dateEnteredCare: CalendarDate
    /// "Date of Decision that Child Should be Placed for Adoption".
    public var dateOfDecisionToPlace: CalendarDate
    /// "Date of Placement Order"; may be blank.
    public var dateOfPlacementOrder: CalendarDate?
    /// "Date of Matching Child and Prospective Adopters"; may be blank.
    public var dateOfMatching: CalendarDate?
    /// "Date Placed for Adoption"; may be blank.
    public var datePlacedForAdoption: CalendarDate?
    /// "Date of Adoption Order"; may be blank.
    public var dateOfAdoptionOrder: CalendarDate?
    /// "Date of Decision that Child Should No Longer be Placed for Adoption"; may be blank.
    public var dateOfDecisionNoLongerToPlace: CalendarDate?
    /// "Reason Why Child No Longer Placed for Adoption"; may be blank.
    public var reasonNoLongerPlaced: ReasonNoLongerPlacedForAdoption?
    /// "Date the child was placed for fostering in FFA or concurrent planning placement"; may be blank.
    public var datePlacedForFosteringForAdoption: CalendarDate?

    /// Creates the row from its typed values.
    public init(
        child: ChildCharacteristics,
        familyID: String?,
        disability: YesNoUnknown,
        dateEnteredCare: CalendarDate,
        dateOfDecisionToPlace: CalendarDate,
        dateOfPlacementOrder: CalendarDate?,
        dateOfMatching: CalendarDate?,
        datePlacedForAdoption: CalendarDate?,
        dateOfAdoptionOrder: CalendarDate?,
        dateOfDecisionNoLongerToPlace: CalendarDate?,
        reasonNoLongerPlaced: ReasonNoLongerPlacedForAdoption?,
        datePlacedForFosteringForAdoption: CalendarDate?
    ) {
        self.child = child
        self.familyID = familyID
        self.disability = disability
        self.dateEnteredCare = dateEnteredCare
        self.dateOfDecisionToPlace = dateOfDecisionToPlace
        self.dateOfPlacementOrder = dateOfPlacementOrder
        self.dateOfMatching = dateOfMatching
        self.datePlacedForAdoption = datePlacedForAdoption
        self.dateOfAdoptionOrder = dateOfAdoptionOrder
        self.dateOfDecisionNoLongerToPlace = dateOfDecisionNoLongerToPlace
        self.reasonNoLongerPlaced = reasonNoLongerPlaced
        self.datePlacedForFosteringForAdoption = datePlacedForFosteringForAdoption
    }

    /// The row in Ofsted's form, one cell per column of List 10.
    public var ofstedCells: [String] {
        // List 10 puts the family identifier between the child's ID and gender.
        var cells = child.ofstedCells
        cells.insert(cell(familyID), at: 1)
        return cells + [
            cell(disability),
            cell(dateEnteredCare),
            cell(dateOfDecisionToPlace),
            cell(dateOfPlacementOrder),
            cell(dateOfMatching),
            cell(datePlacedForAdoption),
            cell(dateOfAdoptionOrder),
            cell(dateOfDecisionNoLongerToPlace),
            cell(reasonNoLongerPlaced),
            cell(datePlacedForFosteringForAdoption)
        ]
    }
}
