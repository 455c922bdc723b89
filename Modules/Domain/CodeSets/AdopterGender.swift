/// An adopter's gender as Ofsted asks for it in List 11, whose order differs from the children's lists.
///
/// Stored codes match ``Gender``'s: `M` male, `F` female, `N` neither, `U` not stated/recorded.
public enum AdopterGender: String, CodeSet {
    case male = "M"
    case female = "F"
    case neither = "N"
    case notStated = "U"

    /// "Adopter Gender".
    public static let codeSetName = "Adopter Gender"
    /// `a) Male`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<AdopterGender>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        case .neither: "Neither"
        case .notStated: "Not stated/recorded"
        }
    }

    /// Spellings carried over from the children's gender list.
    public var aliases: [String] {
        switch self {
        case .male, .female: []
        case .neither: ["Indeterminate"]
        case .notStated: ["Not stated/recorded (or unborn)", "Not stated", "Not recorded", "Unknown"]
        }
    }
}
