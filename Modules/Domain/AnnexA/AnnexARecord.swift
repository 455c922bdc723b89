/// A typed row of one Annex A list.
///
/// Codes are code-set values, dates ``CalendarDate``s, blanks nil; ``ofstedCells`` turns the row
/// back into the strings Ofsted expects, one per column of ``list``.
public protocol AnnexARecord: Sendable, Hashable {
    /// The list this record is a row of.
    static var list: AnnexAList { get }
    /// The row as Ofsted writes it, one cell per `Self.list.columns` (codes in Ofsted form, dates
    /// DD/MM/YYYY, blanks ""). For List 9 all 17 columns.
    var ofstedCells: [String] { get }
}
