/// A closed list of values Ofsted asks for in an Annex A column, such as Placement Type.
///
/// The raw value is the code we store: the DfE code where one exists (`U4`, `N1`, `WBRI`),
/// otherwise a short upper-case mnemonic documented on the type. Conformers list their cases in
/// Ofsted's order and declare `public static let lookup = CodeSetLookup<Self>()`, which builds the
/// parse table once; parsing and rendering then come from the extension below.
public protocol CodeSet: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The human name of the set, e.g. "Placement Type"; unique across code sets.
    static var codeSetName: String { get }
    /// How Ofsted writes this set's values.
    static var style: OfstedStyle { get }
    /// The precomputed spelling table behind ``parse(_:)`` and ``ofstedForm``.
    static var lookup: CodeSetLookup<Self> { get }
    /// Ofsted's ordering letter, e.g. "a" or "zz"; nil when the style has none or Ofsted gave none.
    var letter: String? { get }
    /// Ofsted's label text, e.g. "Foster placement - long term".
    var label: String { get }
    /// Extra accepted spellings of the label (older Ofsted wording, DfE detail text, numeric codes).
    ///
    /// Each alias is accepted alone and after the code; an alias that is another case's label loses
    /// to that label when it stands alone.
    var aliases: [String] { get }
}

extension CodeSet {
    /// Ofsted's running letter for this case (see ``runningLetter``); sets whose Ofsted letters
    /// break the run override it.
    public var letter: String? {
        runningLetter
    }

    /// The letter Ofsted's run gives this case: `a` to `z` in case order, then `zz` for the 27th;
    /// nil when the style has no letters.
    var runningLetter: String? {
        guard Self.style.hasLetter, let index = Self.allCases.firstIndex(of: self) else { return nil }
        let position = Self.allCases.distance(from: Self.allCases.startIndex, to: index)
        // Ofsted's Placement Type list goes from z) straight to zz) rather than to aa).
        guard position >= 26 else {
            return String(UnicodeScalar(UInt8(ascii: "a") + UInt8(position)))
        }
        return String(repeating: "z", count: position - 24)
    }

    /// No extra spellings unless the set lists some.
    public var aliases: [String] { [] }

    /// Reads a value in any real-world spelling: with or without Ofsted's letter (any letter),
    /// `CODE: label`, `CODE - label`, the code alone, the label alone where no other case shares it,
    /// or an alias; case, spacing, apostrophe, quote and dash variants are ignored.
    ///
    /// Returns nil when nothing matches. One normalisation pass and one dictionary lookup.
    public static func parse(_ text: String) -> Self? {
        lookup.value(for: text)
    }

    /// The value as Ofsted writes it in the workbook, per ``style`` (e.g. `d) U4: Foster placement - long term`).
    public var ofstedForm: String {
        Self.lookup.ofstedForm(of: self)
    }

    /// The Ofsted form of every case in Ofsted's order, for error messages and exports.
    public static var allowedForms: [String] {
        lookup.allowedForms
    }

    /// Renders the Ofsted form from the table; the lookup caches the result.
    var renderedOfstedForm: String {
        let body: String
        switch Self.style {
        case .letterCodeLabel, .codeColonLabel: body = "\(rawValue): \(label)"
        case .codeDashLabel: body = "\(rawValue) - \(label)"
        case .letterLabel, .label: body = label
        case .letterCode: body = rawValue
        }
        guard let letter else { return body }
        return "\(letter)) \(body)"
    }
}
