import Testing

@testable import Workbook

/// Excel's serial numbers and number formats, as code tables.
@Suite struct FormatTests {
    @Test(
        "date serials read as Excel shows them in the UK",
        arguments: [
            ("1", "01/01/1900"),
            ("59", "28/02/1900"),
            ("60", "29/02/1900"),
            ("61", "01/03/1900"),
            ("41640", "01/01/2014"),
            ("45292", "01/01/2024"),
            ("45351", "29/02/2024"),
            ("45292.5", "01/01/2024 12:00:00"),
            ("45292.99999999", "02/01/2024"),
            ("0.75", "18:00:00"),
            ("2958465", "31/12/9999"),
            ("2958466", "2958466"),
            ("-1", "-1"),
            ("not a number", "not a number")
        ])
    func serials(serial: String, shown: String) {
        #expect(XLSXCell(text: serial, isDate: true).displayText == shown)
        #expect(XLSXCell(text: serial).displayText == serial)
    }

    @Test(
        "format codes with day, month, year, hour or second tokens are dates or times",
        arguments: [
            ("dd/mm/yyyy", true),
            ("d-mmm-yy", true),
            ("[$-809]dd mmmm yyyy;@", true),
            ("h:mm AM/PM", true),
            ("[h]:mm:ss", true),
            ("[mm]", true),
            ("yyyy\\-mm\\-dd", true),
            ("General", false),
            ("0.00", false),
            ("#,##0 \"days\"", false),
            ("[Red]0.00;[Blue]-0.00", false),
            ("0.00E+00", false),
            ("_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", false),
            ("@", false)
        ])
    func formatCodes(code: String, isDate: Bool) {
        #expect(NumberFormat.codeHasDateOrTimeTokens(code) == isDate)
    }

    @Test("built-in format ids 14–22 and 45–47 are dates or times; a workbook's own code wins")
    func builtInIDs() {
        #expect((14...22).allSatisfy { NumberFormat.isDateOrTime(id: $0, code: nil) })
        #expect((45...47).allSatisfy { NumberFormat.isDateOrTime(id: $0, code: nil) })
        #expect(![0, 1, 2, 9, 10, 11, 12, 13, 37, 44, 48, 49].contains { NumberFormat.isDateOrTime(id: $0, code: nil) })
        #expect(!NumberFormat.isDateOrTime(id: 14, code: "0.00"))
    }

    @Test(
        "column letters and indexes convert both ways",
        arguments: [
            ("A", 0), ("Z", 25), ("AA", 26), ("AZ", 51), ("BA", 52), ("XFD", 16_383)
        ])
    func columns(letters: String, index: Int) {
        #expect(CellReference.letters(ofColumn: index) == letters)
        #expect(CellReference.columnIndex(of: letters + "12") == index)
    }

    @Test("references past XFD or without letters are refused", arguments: ["XFE1", "AAAA1", "12", ""])
    func badReferences(reference: String) {
        #expect(CellReference.columnIndex(of: reference) == nil)
    }
}
