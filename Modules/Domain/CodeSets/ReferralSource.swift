/// Who made a contact or referral: List 1 "Contact Source" and List 3 "Referral Source" share it.
///
/// Stored codes are the DfE CIN census referral source codes. `5D` (LA services – early help) was
/// added by the 2024 CIN census after Ofsted's Aug-2019 list, so Ofsted gives it no letter.
/// Several codes share a label ("Individual", "Health services", "LA services"): such a label alone
/// does not parse, but the DfE detail wording of each code does.
public enum ReferralSource: String, CodeSet {
    case individualFamily = "1A"
    case individualAcquaintance = "1B"
    case individualSelf = "1C"
    case individualOther = "1D"
    case schools = "2A"
    case educationServices = "2B"
    case healthGP = "3A"
    case healthVisitor = "3B"
    case healthSchoolNurse = "3C"
    case healthOtherPrimary = "3D"
    case healthAccidentAndEmergency = "3E"
    case healthOther = "3F"
    case housing = "4"
    case laSocialCare = "5A"
    case laOtherInternal = "5B"
    case laExternal = "5C"
    case police = "6"
    case otherLegalAgency = "7"
    case other = "8"
    case anonymous = "9"
    case unknown = "10"
    case laEarlyHelp = "5D"

    /// "Referral Source".
    public static let codeSetName = "Referral Source"
    /// `a) 1A: Individual`.
    public static let style = OfstedStyle.letterCodeLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ReferralSource>()

    /// Ofsted's letter; none for `5D`, which Ofsted's list predates.
    public var letter: String? {
        self == .laEarlyHelp ? nil : runningLetter
    }

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .individualFamily, .individualAcquaintance, .individualSelf, .individualOther: "Individual"
        case .schools: "Schools"
        case .educationServices: "Education services"
        case .healthGP, .healthVisitor, .healthSchoolNurse, .healthOtherPrimary,
            .healthAccidentAndEmergency, .healthOther:
            "Health services"
        case .housing: "Housing"
        case .laSocialCare, .laOtherInternal, .laExternal, .laEarlyHelp: "LA services"
        case .police: "Police"
        case .otherLegalAgency: "Other legal agency"
        case .other: "Other"
        case .anonymous: "Anonymous"
        case .unknown: "Unknown"
        }
    }

    /// The DfE detail wording (Codes_used sheet and CIN census).
    public var aliases: [String] {
        switch self {
        case .individualFamily: ["Individual – family member, relative or carer"]
        case .individualAcquaintance: ["Individual – acquaintance (including neighbours and child minders)"]
        case .individualSelf: ["Individual – self"]
        case .individualOther: ["Individual – other (including strangers)"]
        case .healthGP: ["Health services – general practitioner (GP)"]
        case .healthVisitor: ["Health services – health visitor"]
        case .healthSchoolNurse: ["Health services – school nurse"]
        case .healthOtherPrimary: ["Health services – other primary health services"]
        case .healthAccidentAndEmergency: ["Health services – A&E (accident and emergency department)"]
        case .healthOther: ["Health services – other (for example hospice)"]
        case .housing: ["Housing - local authority housing or housing association"]
        case .laSocialCare: ["LA services – social care for example adults social care services"]
        case .laOtherInternal:
            [
                "LA services – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))"
            ]
        case .laExternal: ["LA services – external, for example, from another local authority’s adults social care services"]
        case .laEarlyHelp: ["LA services – early help", "Early help"]
        case .otherLegalAgency:
            [
                "Other legal agency – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison"
            ]
        case .other: ["Other – including children’s centres, independent agency providers or voluntary organisations"]
        case .schools, .educationServices, .police, .anonymous, .unknown: []
        }
    }
}
