import Domain
import Testing

/// Literal text copied from shared/domain/annex-a.md, so the column tables are checked against the
/// source rather than against themselves.
enum AnnexAReference {
    /// Each list's headings in Ofsted's order: the Aug-2019 template's, and for List 9 the 2024
    /// layout with the Aug-2019 headings of the columns both templates have.
    static let headings: [AnnexAList: [String]] = [
        .contacts: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Date of Contact",
            "Contact Source"
        ],
        .earlyHelp: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Assessment start date",
            "Assessment completion date",
            "Organisation completing assessment"
        ],
        .referrals: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Date of referral",
            "Referral Source",
            "Referral NFA?",
            "Number of Referrals in Last 12 Months",
            "Allocated Team",
            "Allocated Worker"
        ],
        .assessments: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment",
            "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children’s social care support",
            "Allocated Team",
            "Allocated Worker"
        ],
        .section47: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months",
            "Number of ICPCs in the last 12 months",
            "Allocated Team",
            "Allocated Worker"
        ],
        .childrenInNeed: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "CIN Start Date",
            "Primary Need Code",
            "Date Child Was Last Seen",
            "CIN Closure Date",
            "Reason for Closure",
            "Case status",
            "Allocated Team",
            "Allocated Worker"
        ],
        .childProtection: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "Child Protection Plan Start Date",
            "Initial Category of Abuse",
            "Latest Category of Abuse",
            "Date of the Last Statutory Visit",
            "Was the Child Seen Alone?",
            "Date of latest review conference",
            "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans",
            "Allocated Team",
            "Allocated Worker"
        ],
        .childrenInCare: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
            "Does the Child have a Disability",
            "Date Started to be Looked After",
            "Child's Category of Need",
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            "Start date of current legal status",
            "Child's Legal Status",
            "Date of Latest Statutory Review",
            "Date of Last Social Work Visit",
            "What is the permanence plan for this child?",
            "Date of Last IRO Visit / Contact to the Child",
            "Date of Last Health Assessment",
            "Date of Last Dental Check",
            "Number of Placements in the Last 12 months",
            "Date Ceased to be Looked After ",
            "Reason Ceased to be Looked After",
            "Start Date of Most Recent Placement",
            "Placement Type",
            "Placement Provider",
            "Placement postcode",
            "URN of Placement",
            "Placement Location",
            "LA of Placement",
            "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
            "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
            "Did the child accept a Return Interview after their last missing episode (Y/N)?",
            "Allocated Team",
            "Allocated Worker"
        ],
        .careLeavers: [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
            "Does the Child have a Disability",
            "Allocated Team",
            "Allocated Worker",
            "Allocated Personal Advisor",
            "Eligibility Category",
            "Latest Pathway Plan Review Date",
            "LA In Touch ",
            "Latest Date of Contact",
            "Type of Accommodation",
            "Suitability of Accommodation",
            "Activity Status"
        ],
        .adoption: [
            "Child Unique ID",
            "Family identifier",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "Date the Child Entered Care",
            "Date of Decision that Child Should be Placed for Adoption",
            "Date of Placement Order",
            "Date of Matching Child and Prospective Adopters",
            "Date Placed for Adoption",
            "Date of Adoption Order ",
            "Date of Decision that Child Should No Longer be Placed for Adoption",
            "Reason Why Child No Longer Placed for Adoption",
            "Date the child was placed for fostering in FFA or concurrent planning placement"
        ],
        .adopters: [
            "Individual adopter identifier",
            "Family identifier",
            "Gender",
            "Ethnicity",
            "Disability",
            "Is the (prospective) adopter fostering for adoption?",
            "Date enquiry received",
            "Date Stage 1 started",
            "Date Stage 1 ended",
            "Date Stage 2 started",
            "Date Stage 2 ended",
            "Date application submitted",
            "Date application approved",
            "Date adopter matched with child(ren)",
            "Date child/children placed with adopter(s)",
            "No. of children placed",
            "Date of Adoption Order",
            "Date of leaving adoption process",
            "Reason for leaving adoption process"
        ]
    ]

    /// The "Allowed values per Ofsted Guidance" cell of every coded column.
    static let allowedValues: [AllowedValuesCell] = [
        AllowedValuesCell(
            list: .contacts, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .contacts, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .contacts, heading: "Contact Source",
            text:
                "a) 1A: Individual; b) 1B: Individual; c) 1C: Individual; d) 1D: Individual; e) 2A: Schools; f) 2B: Education services; g) 3A: Health services; h) 3B: Health services; i) 3C: Health services; j) 3D: Health services; k) 3E: Health services; l) 3F: Health services; m) 4: Housing; n) 5A: LA services; o) 5B: LA services; p) 5C: LA services; q) 6: Police; r) 7: Other legal agency; s) 8: Other; t) 9: Anonymous; u) 10: Unknown"
        ),
        AllowedValuesCell(
            list: .earlyHelp, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .earlyHelp, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .referrals, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .referrals, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .referrals, heading: "Referral Source",
            text:
                "a) 1A: Individual; b) 1B: Individual; c) 1C: Individual; d) 1D: Individual; e) 2A: Schools; f) 2B: Education services; g) 3A: Health services; h) 3B: Health services; i) 3C: Health services; j) 3D: Health services; k) 3E: Health services; l) 3F: Health services; m) 4: Housing; n) 5A: LA services; o) 5B: LA services; p) 5C: LA services; q) 6: Police; r) 7: Other legal agency; s) 8: Other; t) 9: Anonymous; u) 10: Unknown"
        ),
        AllowedValuesCell(
            list: .referrals, heading: "Referral NFA?",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .assessments, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .assessments, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .assessments, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .assessments, heading: "Child Seen During Continuous Assessment",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .assessments, heading: "Was the child assessed as requiring LA children’s social care support",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .section47, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .section47, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .section47, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .section47, heading: "Was an Initial Child Protection Conference deemed unnecessary?",
            text:
                "a) Yes if the section 47 enquiry was commenced, but an initial child protection conference was not deemed necessary;; b) No if the section 47 enquiry was commenced, and an initial child protection conference was deemed necessary."
        ),
        AllowedValuesCell(
            list: .section47, heading: "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Primary Need Code",
            text:
                "N1 - Abuse or neglect; N2 - Child’s disability; N3 - Parental disability or illness; N4 - Family in acute stress; N5 - Family dysfunction; N6 - Socially unacceptable behaviour; N7 - Low income; N8 - Absent parenting; N9 - Cases other than children in need; N0 - Not stated"
        ),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Reason for Closure",
            text:
                "RC1 - Adopted; RC2 - Died; RC3 - Child arrangements order; RC4 - Special guardianship order; RC5 - Transferred to services of another local authority; RC6 - Transferred to adult social care services; RC7 - Services ceased for any other reason, including child no longer in need; RC8 - Case closed after assessment, no further action"
        ),
        AllowedValuesCell(
            list: .childrenInNeed, heading: "Case status",
            text: "a) Looked after child; b) Child Protection plan; c) Child in need plan; d) Open assessment; e) Closed episode"),
        AllowedValuesCell(
            list: .childProtection, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .childProtection, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .childProtection, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .childProtection, heading: "Initial Category of Abuse",
            text: "a) Neglect; b) Physical abuse; c) Sexual abuse; d) Emotional abuse; e) Multiple/not recommended"),
        AllowedValuesCell(
            list: .childProtection, heading: "Latest Category of Abuse",
            text: "a) Neglect; b) Physical abuse; c) Sexual abuse; d) Emotional abuse; e) Multiple/not recommended"),
        AllowedValuesCell(
            list: .childProtection, heading: "Was the Child Seen Alone?",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .childProtection, heading: "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Child's Category of Need",
            text:
                "N1 - Abuse or neglect; N2 - Child’s disability; N3 - Parental illness or disability; N4 - Family in acute stress; N5 - Family dysfunction; N6 - Socially unacceptable behaviour; N7 - Low income; N8 - Absent parenting"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Child's Legal Status",
            text:
                "C1: ICO; C2: FCO; D1: Freeing order; E1: Placement order; V2: Single period under S20; L1: Police protection LA accommodation; L2: EPO; L3: Child assessment order LA accommodation; J1: Remanded to LA or youth detention; J2: LA accommodation under PACE; J3: Youth rehabilitation order; V3: Short term breaks, episodes recorded; V4: Short term breaks, agreements recorded"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "What is the permanence plan for this child?",
            text:
                "a) Return to family; b) Adoption; c) SGO/CAO; d) Supported living in the community; e) Long-term residential placement; f) Long-term fostering; g) other"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Reason Ceased to be Looked After",
            text:
                "a) E11: Adopted - application unopposed; b) E12: Adopted - consent dispensed; c) E2: Died; d) E3: Care taken by another LA; e) E4A: Returned home to live with parents or relatives - part of planning; f) E4B: Returned home to live with parents or relatives - not part of planning; g) E13: Parents, relatives or other with no parental responsibility; h) E41: Residence order granted; i) E45: Special Guardianship Orders - former carer relative/friend; j) E46: Special Guardianship Orders - former carer other; k) E47: Special Guardianship Orders - relative/friend; l) E48: Special Guardianship Orders - other; m) E5: Moved into independent living - supported; n) E6: Moved into independent living - no support; o) E7: Transferred to residential care funded by adult social services; p) E9: Sentenced to custody; q) E14: Accommodation on remand ended; r) E15: Age assessment determined child was 18 or over; s) E16: Child moved abroad; t) E8: Care ceased for any other reason; u) X1:CodeError"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Placement Type",
            text:
                "a) U1: Foster placement - relatives - long term; b) U2: Foster placement - relative - FFA; c) U3: Foster placement - relative - not FFA; d) U4: Foster placement - long term; e) U5: Foster placement - FFA; f) U6: Foster placement - not FFA; g) A3: Placed for adoption - consent - current foster; h) A4: Placed for adoption - consent - not foster; i) A5: Placed for adoption - order - foster; j) A6: Placed for adoption - order - not foster; k) P1: Placed with parents; l) P2: Independent living; m) P3: Residential employment; n) H5: Residential accommodation; o) K1: Secure Children’s Homes; p) K2: Children’s Homes; q) R1: Residential Care Home; r) R2: NHS/Health Trust; s) R3: Family Centre or Mother and Baby Unit; t) R5: Young Offender Institution; u) S1: Residential school; v) Z1: Other placements; w) T0: Temporary placement; x) T1: Temporary placement - hospital; y) T2: Temporary placement - holiday; z) T3: Temporary placement - carer holiday; zz) T4: Temporary placement - seven days or less"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Placement Provider",
            text:
                "a) PR0: Parents/Parental responsibility; b) PR1: Own provision; c) PR2: Other LA provision; d) PR3: Other public provision; e) PR4: Private provision; f) PR5: Voluntary/third sector"
        ),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Placement Location",
            text: "a) In; b) Out"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Was the child offered a Return Interview after their last missing episode (Y/N)?",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .childrenInCare, heading: "Did the child accept a Return Interview after their last missing episode (Y/N)?",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .careLeavers, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded; d) Neither"),
        AllowedValuesCell(
            list: .careLeavers, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .careLeavers, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .careLeavers, heading: "Eligibility Category",
            text: "a) Relevant child; b) Former relevant child; c) Qualifying care leaver"),
        AllowedValuesCell(
            list: .careLeavers, heading: "LA In Touch ",
            text: "a) Yes; b) No; c) Died; d) Refu; e) NREQ; f) Rhom"),
        AllowedValuesCell(
            list: .careLeavers, heading: "Type of Accommodation",
            text:
                "B: Parents/relatives; C: Community home / residential care; D: Semi-independent, transitional accommodation and self-contained accommodation; E: Supported lodgings; G: Abroad; H: Deported; K: Ordinary lodgings, without formal support; R: Residence not known; S: No fixed abode / homeless; T: Foyers and similar supported accommodation; U: Independent living; V: Emergency accommodation; W: Bed and breakfast; X: In custody; Y: Other accommodation; Z: With former foster carers"
        ),
        AllowedValuesCell(
            list: .careLeavers, heading: "Suitability of Accommodation",
            text: "a) Suitable; b) Unsuitable"),
        AllowedValuesCell(
            list: .careLeavers, heading: "Activity Status",
            text:
                "F1: Full time in higher education; P1: Part time in higher education; F2: Full time in education other than higher; P2: Part time in education other than higher; F3: Full time in training or employment; P3: Part time in training or employment; G4: Not in education, employment or training - illness or disability; G5: Not in education, employment or training - other; G6: Not in education, employment or training - pregnancy or parenting"
        ),
        AllowedValuesCell(
            list: .adoption, heading: "Gender",
            text: "a) Male; b) Female; c) Not stated/recorded (or unborn); d) Neither"),
        AllowedValuesCell(
            list: .adoption, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .adoption, heading: "Does the Child have a Disability",
            text: "a) Yes; b) No; c) Unknown"),
        AllowedValuesCell(
            list: .adoption, heading: "Reason Why Child No Longer Placed for Adoption",
            text:
                "RD1 - The child’s needs changed subsequent to the decision; RD2 - The Court did not make a placement order; RD3 - Prospective adopters could not be found; RD4 - Any other reason"
        ),
        AllowedValuesCell(
            list: .adopters, heading: "Gender",
            text: "a) Male; b) Female; c) Neither; d) Not stated/recorded"),
        AllowedValuesCell(
            list: .adopters, heading: "Ethnicity",
            text:
                "a) WBRI; b) WIRI; c) WIRT; d) WOTH; e) WROM; f) MWBC; g) MWBA; h) MWAS; i) MOTH; j) AIND; k) APKN; l) ABAN; m) AOTH; n) BCRB; o) BAFR; p) BOTH; q) CHNE; r) OOTH; s) REFU; s) NOBT"
        ),
        AllowedValuesCell(
            list: .adopters, heading: "Disability",
            text: "a) Yes; b) No"),
        AllowedValuesCell(
            list: .adopters, heading: "Is the (prospective) adopter fostering for adoption?",
            text: "Yes; No"),
        AllowedValuesCell(
            list: .adopters, heading: "Reason for leaving adoption process",
            text: "1 - Adopter withdrew from process; 2 - Process put on hold; 3 - Application refused")
    ]
}

/// One "Allowed values" cell of annex-a.md.
struct AllowedValuesCell: Sendable, CustomTestStringConvertible {
    let list: AnnexAList
    let heading: String
    let text: String

    /// The cell's values, split on `; ` as annex-a.md separates them.
    var values: [String] {
        text.split(separator: "; ").map(String.init)
    }

    var testDescription: String { "List \(list.number) \(heading)" }
}
