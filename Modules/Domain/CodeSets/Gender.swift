/// A child's gender as Ofsted asks for it in Lists 1 to 10.
///
/// Stored codes (mnemonics; the DfE's CIN census numbers `1`, `2`, `0`, `9` are accepted as
/// aliases): `M` male, `F` female, `U` not stated/recorded (or unborn), `N` neither.
/// List 9 prints `c) Not stated/recorded` without "(or unborn)": both parse to `U`.
public enum Gender: String, CodeSet {
    case male = "M"
    case female = "F"
    case notStated = "U"
    case neither = "N"

    /// "Gender".
    public static let codeSetName = "Gender"
    /// `a) Male`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<Gender>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        case .notStated: "Not stated/recorded (or unborn)"
        case .neither: "Neither"
        }
    }

    /// CIN census numbers and wordings, and List 9's shorter label.
    public var aliases: [String] {
        switch self {
        case .male: ["1"]
        case .female: ["2"]
        case .notStated: ["0", "Not stated/recorded", "Not recorded or unborn", "Not stated", "Not recorded", "Unborn", "Unknown"]
        case .neither: ["9", "Indeterminate"]
        }
    }
}
