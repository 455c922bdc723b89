/// A person's ethnicity as Ofsted asks for it in every list: the DfE's ethnicity codes.
///
/// Ofsted prints both `REFU` and `NOBT` under the letter `s)`; ``letter`` keeps that quirk.
/// Labels are the DfE descriptions from the workbook's Codes_used sheet, so `White British` parses too.
public enum Ethnicity: String, CodeSet {
    case wbri = "WBRI"
    case wiri = "WIRI"
    case wirt = "WIRT"
    case woth = "WOTH"
    case wrom = "WROM"
    case mwbc = "MWBC"
    case mwba = "MWBA"
    case mwas = "MWAS"
    case moth = "MOTH"
    case aind = "AIND"
    case apkn = "APKN"
    case aban = "ABAN"
    case aoth = "AOTH"
    case bcrb = "BCRB"
    case bafr = "BAFR"
    case both = "BOTH"
    case chne = "CHNE"
    case ooth = "OOTH"
    case refu = "REFU"
    case nobt = "NOBT"

    /// "Ethnicity".
    public static let codeSetName = "Ethnicity"
    /// `a) WBRI`.
    public static let style = OfstedStyle.letterCode
    /// Built once on first use.
    public static let lookup = CodeSetLookup<Ethnicity>()

    /// Ofsted's letter; `NOBT` repeats `REFU`'s `s` as in the workbook.
    public var letter: String? {
        self == .nobt ? "s" : runningLetter
    }

    /// The DfE description.
    public var label: String {
        switch self {
        case .wbri: "White British"
        case .wiri: "White Irish"
        case .wirt: "Traveller of Irish heritage"
        case .woth: "Any other White background"
        case .wrom: "Gypsy/Roma"
        case .mwbc: "White and Black Caribbean"
        case .mwba: "White and Black African"
        case .mwas: "White and Asian"
        case .moth: "Any other Mixed background"
        case .aind: "Indian"
        case .apkn: "Pakistani"
        case .aban: "Bangladeshi"
        case .aoth: "Any other Asian background"
        case .bcrb: "Caribbean"
        case .bafr: "African"
        case .both: "Any other Black background"
        case .chne: "Chinese"
        case .ooth: "Any other ethnic group"
        case .refu: "Refused"
        case .nobt: "Information not yet obtained"
        }
    }

    /// Wordings from the DfE workforce census.
    public var aliases: [String] {
        switch self {
        case .bcrb: ["Black Caribbean"]
        case .bafr: ["Black African"]
        case .refu: ["Declared not stated or Refused"]
        case .nobt: ["Not yet obtained"]
        default: []
        }
    }
}
