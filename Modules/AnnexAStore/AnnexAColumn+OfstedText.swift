import Domain

extension AnnexAColumn {
    /// A stored value in Ofsted's written form: `a) CODE: label` for codes, DD/MM/YYYY dates,
    /// the empty string for NULL. What the data pack export and the inspectors' pages show.
    public func ofstedText(_ stored: String?) -> String {
        guard let stored else { return "" }
        switch kind {
        case .code(let codeSet): return codeSet.ofstedForm(ofCode: stored) ?? stored
        case .date: return CalendarDate.parse(stored)?.ddmmyyyy ?? stored
        case .integer, .text: return stored
        }
    }

    /// The cell as the export and the inspectors' pages show it: as given when the import kept
    /// it so (a value problem, see ``AnnexATables/rawValues``), else ``ofstedText(_:)``.
    public func shownText(_ stored: String?, given: [String: String]) -> String {
        given[key] ?? ofstedText(stored)
    }
}
