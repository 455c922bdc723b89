import Foundation
import Testing
import Workbook
import ZIPFoundation

@Suite struct RoundTripTests {
    /// Rows as a caller would write them; what is read back is the same rows, each ending at its
    /// last non-empty cell.
    static let sheets: [(name: String, rows: [[String]])] = [
        (
            "List_8",
            [
                ["Child Unique ID", "Date of Birth", "Date Ceased to be Looked After ", "Number of Episodes ‘Missing’"],
                ["C0001", "01/02/2015", "", "3"],
                ["C0002", "", "", ""],
                ["", "", "", "gap before me"]
            ]
        ),
        (
            "Unicode & symbols",
            [
                ["Zoë Ångström", "日本語", "👩‍👧 family", "Ελληνικά"],
                ["&<>\"'", "a & b < c > d", "\"quoted\"", "it's"],
                ["=SUM(A1:A2)", "+44 20 7946 0000", "-5", "@handle"],
                ["  leading and trailing  ", "tab\there", "line\nbreak", "windows\r\nline"],
                ["_x0041_ stays literal", "0123", "1.50", "TRUE"]
            ]
        ),
        (
            "Big cell",
            [
                [String(repeating: "abcdefghij", count: 4_000)],
                ["after the big cell", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "AA"]
            ]
        )
    ]

    static func withoutTrailingEmptyCells(_ row: [String]) -> [String] {
        var row = row
        while row.last?.isEmpty == true { row.removeLast() }
        return row
    }

    @Test("a workbook written with three sheets reads back with the same names and rows")
    func threeSheets() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("round-trip.xlsx")
        let writer = try XLSXWriter(path: path)
        for (name, rows) in Self.sheets {
            try writer.addSheet(named: name) { sheet in
                for (index, row) in rows.enumerated() { try sheet.appendRow(row, bold: index == 0) }
            }
        }
        try writer.finish()

        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == Self.sheets.map(\.name))
        for (name, rows) in Self.sheets {
            let read = try reader.allRows(name)
            #expect(read.map(\.number) == Array(1...rows.count), "sheet \(name)")
            #expect(read.map(\.cells) == rows.map(Self.withoutTrailingEmptyCells), "sheet \(name)")
        }
        let bigCell = try reader.allRows("Big cell")[0].cells[0]
        #expect(bigCell.count == 40_000)
    }

    @Test("characters XML cannot hold are dropped and everything else is kept")
    func illegalCharacters() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("controls.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: "Sheet1") { sheet in
            try sheet.appendRow(["a\u{0}b\u{1}c\u{1B}d\u{FFFE}e\u{FFFF}f", "\u{7}"])
        }
        try writer.finish()
        #expect(try XLSXReader(path: path).allRows("Sheet1").map(\.cells) == [["abcdef"]])
    }

    @Test("a bold row is written with the bold style and other rows without a style")
    func boldHeader() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("bold.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: "Sheet1") { sheet in
            try sheet.appendRow(["Heading"], bold: true)
            try sheet.appendRow(["value"])
        }
        try writer.finish()
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        var xml = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(#"<c r="A1" s="1" t="inlineStr">"#))
        #expect(text.contains(#"<c r="A2" t="inlineStr">"#))
    }

    @Test("a sheet whose rows fail is left out and the rest of the workbook is written")
    func failingSheet() throws {
        struct SourceFailed: Error {}
        let folder = try TemporaryFolder()
        let path = folder.path("partial.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: "Good") { try $0.appendRow(["kept"]) }
        #expect(throws: SourceFailed.self) {
            try writer.addSheet(named: "Bad") { sheet in
                try sheet.appendRow(["lost"])
                throw SourceFailed()
            }
        }
        try writer.finish()
        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == ["Good"])
        #expect(try reader.allRows("Good").map(\.cells) == [["kept"]])
    }

    @Test("finishing replaces an existing file; a writer dropped unfinished leaves nothing behind")
    func replacingAndAbandoning() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("export.xlsx")
        try Data("old contents".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let abandoned = try XLSXWriter(path: path)
            try abandoned.addSheet(named: "Sheet1") { try $0.appendRow(["never finished"]) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["export.xlsx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old contents".utf8))

        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: "Sheet1") { try $0.appendRow(["new"]) }
        try writer.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["export.xlsx"])
        #expect(try XLSXReader(path: path).allRows("Sheet1").map(\.cells) == [["new"]])
    }

    @Test(
        "sheet names Excel would refuse are refused",
        arguments: [
            "", String(repeating: "x", count: 32), "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b",
            "'quoted", "quoted'", "History", "tab\tname", "list_1"
        ])
    func invalidSheetNames(name: String) throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWriter(path: folder.path("names.xlsx"))
        try writer.addSheet(named: "List_1") { try $0.appendRow(["x"]) }
        let error = try #require(throws: WorkbookError.self) {
            try writer.addSheet(named: name) { try $0.appendRow(["x"]) }
        }
        #expect(error.code == .invalidSheetName)
        #expect(error.description.hasPrefix("names.xlsx, sheet '"))
    }

    @Test("a workbook without sheets cannot be finished")
    func noSheets() throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWriter(path: folder.path("empty.xlsx"))
        let error = try #require(throws: WorkbookError.self) { try writer.finish() }
        #expect(error.code == .writeFailed)
    }

    @Test("a 31-character sheet name is accepted")
    func longestSheetName() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("long.xlsx")
        let name = String(repeating: "n", count: 31)
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: name) { try $0.appendRow(["x"]) }
        try writer.finish()
        #expect(try XLSXReader(path: path).sheetNames == [name])
    }

    @Test("100,000 rows of 10 columns stream through the writer and the reader")
    func hundredThousandRows() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.xlsx")
        let rowCount = 100_000
        func row(_ number: Int) -> [String] {
            ["C\(number)", "F", "WBRI", "01/02/2015", "\(number % 18)", "U4", "PR1", "AB1 2CD", "Team \(number % 7)", "Worker & Co"]
        }
        let clock = ContinuousClock()
        let writing = try clock.measure {
            let writer = try XLSXWriter(path: path)
            try writer.addSheet(named: "List_8") { sheet in
                for number in 1...rowCount { try sheet.appendRow(row(number)) }
            }
            try writer.finish()
        }
        var mismatches = 0
        var count = 0
        let reading = try clock.measure {
            try XLSXReader(path: path).rows(ofSheet: "List_8") { rowNumber, cells in
                count += 1
                if rowNumber != count || cells != row(rowNumber) { mismatches += 1 }
            }
        }
        #expect(count == rowCount)
        #expect(mismatches == 0)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        print("100,000 rows × 10 columns: wrote in \(writing), read in \(reading), file \(size / 1024) KiB")
    }
}
