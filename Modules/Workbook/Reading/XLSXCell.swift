/// One cell as an .xlsx file stores it: its text, and whether Excel shows it as a date.
///
/// Most callers want ``XLSXReader/rows(ofSheet:_:)``, which hands over ``displayText``; this
/// type is for those that need the stored serial number of a date or time.
public struct XLSXCell: Sendable, Hashable {
    /// The cell's text as stored, whatever its format:
    /// - text cells (shared, inline or a formula's text result): the text, `_xHHHH_` escapes decoded;
    /// - numbers: Excel's own text for the value (`42`, `0.1`, `1E-3`), not reformatted;
    /// - dates and times: the serial number (`45292` is 01/01/2024);
    /// - booleans: `TRUE` or `FALSE`; errors: the error (`#N/A`); an empty cell: `""`.
    public var text: String
    /// True when the cell is a number with a date or time number format, so ``text`` is a
    /// serial number. A date typed as text (`01/01/2024` stored as text) is not a date here.
    public var isDate: Bool
    /// Which day serial 0 is: 1 January 1904 in workbooks from old Mac Excel, else 0 January 1900.
    var usesDate1904: Bool

    /// A cell with `text`; `isDate` marks `text` as a 1900-system serial number.
    public init(text: String, isDate: Bool = false) {
        self.init(text: text, isDate: isDate, usesDate1904: false)
    }

    init(text: String, isDate: Bool, usesDate1904: Bool) {
        self.text = text
        self.isDate = isDate
        self.usesDate1904 = usesDate1904
    }

    /// ``text``, except that a date is written `DD/MM/YYYY` as Excel shows it in the UK, with
    /// ` HH:MM:SS` after it when it has a time of day (a time alone is just `HH:MM:SS`).
    /// A date serial outside Excel's range stays as the number.
    public var displayText: String {
        guard isDate else { return text }
        return ExcelDate.text(serial: text, usesDate1904: usesDate1904) ?? text
    }
}
