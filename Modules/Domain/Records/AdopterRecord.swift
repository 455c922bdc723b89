/// A prospective adopter in contact with the adoption agency in the 12 months before inspection (List 11).
///
/// Properties follow Ofsted's column order; `ofstedCells` renders the row for export.
public struct AdopterRecord: AnnexARecord {
    /// List 11.
    public static let list = AnnexAList.adopters

    /// "Individual adopter identifier".
    public var adopterID: String
    /// "Family identifier"; may be blank (one family's adopters share it).
    public var familyID: String?
    /// "Gender".
    public var gender: AdopterGender
    /// "Ethnicity".
    public var ethnicity: Ethnicity
    /// "Disability".
    public var disability: YesNo
    /// "Is the (prospective) adopter fostering for adoption?".
    public var fosteringForAdoption: PlainYesNo
    /// "Date enquiry received".
    public var dateEnquiryReceived: CalendarDate
    /// "Date Stage 1 started"; may be blank.
    public var dateStage1Started: CalendarDate?
    /// "Date Stage 1 ended"; may be blank.
    public var dateStage1Ended: CalendarDate?
    /// "Date Stage 2 started"; may be blank.
    public var dateStage2Started: CalendarDate?
    /// "Date Stage 2 ended"; may be blank.
    public var dateStage2Ended: CalendarDate?
    /// "Date application submitted"; may be blank.
    public var dateApplicationSubmitted: CalendarDate?
    /// "Date application approved"; may be blank.
    public var dateApplicationApproved: CalendarDate?
    /// "Date adopter matched with child(ren)"; may be blank.
    public var dateOfMatching: CalendarDate?
    /// "Date child/children placed with adopter(s)"; may be blank.
    public var datePlacedForAdoption: CalendarDate?
    /// "No. of children placed"; may be blank.
    public var childrenPlaced: Int?
    /// "Date of Adoption Order"; may be blank.
    public var dateOfAdoptionOrder: CalendarDate?
    /// "Date of leaving adoption process"; may be blank.
    public var dateOfLeavingProcess: CalendarDate?
    /// "Reason for leaving adoption process"; may be blank.
    public var reasonForLeavingProcess: ReasonLeftAdoptionProcess?

    /// Creates the row from its typed values.
    public init(
        adopterID: String,
        familyID: String?,
        gender: AdopterGender,
        ethnicity: Ethnicity,
        disability: YesNo,
        fosteringForAdoption: PlainYesNo,
        dateEnquiryReceived: CalendarDate,
        dateStage1Started: CalendarDate?,
        dateStage1Ended: CalendarDate?,
        dateStage2Started: CalendarDate?,
        dateStage2Ended: CalendarDate?,
        dateApplicationSubmitted: CalendarDate?,
        dateApplicationApproved: CalendarDate?,
        dateOfMatching: CalendarDate?,
        datePlacedForAdoption: CalendarDate?,
        childrenPlaced: Int?,
        dateOfAdoptionOrder: CalendarDate?,
        dateOfLeavingProcess: CalendarDate?,
        reasonForLeavingProcess: ReasonLeftAdoptionProcess?
    ) {
        self.adopterID = adopterID
        self.familyID = familyID
        self.gender = gender
        self.ethnicity = ethnicity
        self.disability = disability
        self.fosteringForAdoption = fosteringForAdoption
        self.dateEnquiryReceived = dateEnquiryReceived
        self.dateStage1Started = dateStage1Started
        self.dateStage1Ended = dateStage1Ended
        self.dateStage2Started = dateStage2Started
        self.dateStage2Ended = dateStage2Ended
        self.dateApplicationSubmitted = dateApplicationSubmitted
        self.dateApplicationApproved = dateApplicationApproved
        self.dateOfMatching = dateOfMatching
        self.datePlacedForAdoption = datePlacedForAdoption
        self.childrenPlaced = childrenPlaced
        self.dateOfAdoptionOrder = dateOfAdoptionOrder
        self.dateOfLeavingProcess = dateOfLeavingProcess
        self.reasonForLeavingProcess = reasonForLeavingProcess
    }

    /// The row in Ofsted's form, one cell per column of List 11.
    public var ofstedCells: [String] {
        [
            cell(adopterID),
            cell(familyID),
            cell(gender),
            cell(ethnicity),
            cell(disability),
            cell(fosteringForAdoption),
            cell(dateEnquiryReceived),
            cell(dateStage1Started),
            cell(dateStage1Ended),
            cell(dateStage2Started),
            cell(dateStage2Ended),
            cell(dateApplicationSubmitted),
            cell(dateApplicationApproved),
            cell(dateOfMatching),
            cell(datePlacedForAdoption),
            cell(childrenPlaced),
            cell(dateOfAdoptionOrder),
            cell(dateOfLeavingProcess),
            cell(reasonForLeavingProcess)
        ]
    }
}
