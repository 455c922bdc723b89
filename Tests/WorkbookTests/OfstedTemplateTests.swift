import Testing
import Workbook

/// Ofsted's own Annex A workbook (Aug 2019 update), as local authorities receive it.
@Suite struct OfstedTemplateTests {
    let reader: XLSXReader

    init() throws {
        let path = try #require(SharedFiles.annexATemplate, "shared/reference/ofsted-annex-a-template-2019.xlsx not found")
        reader = try XLSXReader(path: path)
    }

    @Test("the template's sheets are listed in tab order")
    func sheetNames() {
        #expect(
            reader.sheetNames == [
                "Front_Sheet", "FAQ_and_changes", "Guidance", "Codes_used",
                "List_1", "List_2", "List_3", "List_4", "List_5", "List_6", "List_7", "List_8", "List_9", "List_10", "List_11"
            ])
    }

    @Test("each list sheet has its title in row 1 and its headings in row 2", arguments: 1...11)
    func listLayout(list: Int) throws {
        let rows = try reader.allRows("List_\(list)")
        #expect(rows[0].number == 1)
        #expect(rows[0].cells.count == 1)
        #expect(rows[0].cells[0].hasPrefix("List \(list): "))
        #expect(rows[1].number == 2)
        #expect(rows[1].cells[0] == (list == 11 ? "Individual adopter identifier" : "Child Unique ID"))
    }

    /// (sheet, 1-based column, exact heading from shared/domain/annex-a.md)
    static let headings: [(String, Int, String)] = [
        ("List_8", 1, "Child Unique ID"),
        ("List_8", 12, "Child's Legal Status"),
        ("List_8", 20, "Date Ceased to be Looked After "),
        ("List_8", 23, "Placement Type"),
        ("List_8", 29, "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months"),
        ("List_8", 34, "Allocated Worker"),
        ("List_9", 6, "Does the Child have a Disability")
    ]

    @Test("headings are read exactly, trailing spaces and curly quotes included", arguments: headings)
    func exactHeadings(sheet: String, column: Int, heading: String) throws {
        let headerRow = try #require(reader.allRows(sheet).first { $0.cells.contains("Child Unique ID") })
        #expect(headerRow.cells.count >= column)
        #expect(headerRow.cells[column - 1] == heading)
    }

    @Test("List 8 has its 34 headings in row 2")
    func list8Width() throws {
        let rows = try reader.allRows("List_8")
        #expect(rows.count == 2)
        #expect(rows[1].cells.count == 34)
        #expect(!rows[1].cells.contains(""))
    }

    @Test("date-formatted cells in the sample rows of List 3 arrive as DD/MM/YYYY")
    func sampleDates() throws {
        let rows = try reader.allRows("List_3")
        #expect(rows[2].number == 3)
        #expect(rows[2].cells == ["1", "F", "WBRI", "01/01/2014", "1", "15/03/2015", "School", "yes", "1", "AT", "AW"])
        var stored: [XLSXCell] = []
        try reader.cells(ofSheet: "List_3") { rowNumber, cells in
            if rowNumber == 3 { stored = cells }
        }
        #expect(stored[3] == XLSXCell(text: "41640", isDate: true))
        #expect(stored[4] == XLSXCell(text: "1"))
    }

    @Test("sheet names are matched ignoring case when there is no exact match")
    func caseInsensitiveSheetName() throws {
        #expect(try reader.allRows("list_8").count == 2)
    }

    @Test("several tasks can read sheets of one reader at the same time")
    func concurrentReading() async throws {
        let reader = self.reader
        let counts = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for sheet in reader.sheetNames {
                group.addTask {
                    var count = 0
                    try reader.rows(ofSheet: sheet) { _, _ in count += 1 }
                    return (sheet, count)
                }
            }
            return try await group.reduce(into: [String: Int]()) { $0[$1.0] = $1.1 }
        }
        #expect(counts.count == 15)
        #expect(counts["List_3"] == 7)
        #expect(counts["Guidance"] == 167)
    }
}
