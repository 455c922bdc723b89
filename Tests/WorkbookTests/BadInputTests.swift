import Foundation
import Testing
import Workbook

/// Files that are not good workbooks fail with one line that names the file, never a crash and
/// never a cell's content.
@Suite struct BadInputTests {
    func expectOneLine(_ error: WorkbookError, file: String, code: WorkbookError.Code) {
        #expect(error.code == code)
        #expect(error.description.hasPrefix(file + ": ") || error.description.hasPrefix(file + ", "))
        #expect(!error.description.contains("\n"))
        #expect(!error.message.isEmpty)
    }

    func template() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: try #require(SharedFiles.annexATemplate)))
    }

    @Test("a truncated workbook is not a workbook")
    func truncated() throws {
        let folder = try TemporaryFolder()
        let bytes = try template()
        let path = folder.path("truncated.xlsx")
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: path) }
        expectOneLine(error, file: "truncated.xlsx", code: .notAWorkbook)
        #expect(error.message.contains("truncated or corrupt"))
    }

    @Test("random bytes are not a workbook")
    func randomBytes() throws {
        let folder = try TemporaryFolder()
        var generator = SystemRandomNumberGenerator()
        let path = folder.path("noise.xlsx")
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: path) }
        expectOneLine(error, file: "noise.xlsx", code: .notAWorkbook)
    }

    @Test("an empty file is not a workbook")
    func emptyFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("empty.xlsx")
        try Data().write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: path) }
        expectOneLine(error, file: "empty.xlsx", code: .notAWorkbook)
        #expect(error.message.contains("empty"))
    }

    @Test("an old .xls or password-protected file is recognised as such")
    func compoundFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
            .write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: path) }
        expectOneLine(error, file: "old.xls", code: .notAWorkbook)
        #expect(error.message.contains(".xls"))
    }

    @Test("a ZIP archive without a workbook in it is not a workbook")
    func zipWithoutWorkbook() throws {
        let folder = try TemporaryFolder()
        let path = try folder.zip("letter.docx", parts: [("word/document.xml", "<document/>")])
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: path) }
        expectOneLine(error, file: "letter.docx", code: .notAWorkbook)
    }

    @Test("a file that does not exist cannot be read")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: WorkbookError.self) { try XLSXReader(path: folder.path("nowhere.xlsx")) }
        expectOneLine(error, file: "nowhere.xlsx", code: .fileUnreadable)
    }

    @Test("asking for a sheet the workbook does not have names the file and the sheet")
    func missingSheet() throws {
        let reader = try XLSXReader(path: try #require(SharedFiles.annexATemplate))
        let error = try #require(throws: WorkbookError.self) { try reader.rows(ofSheet: "List_12") { _, _ in } }
        expectOneLine(error, file: "ofsted-annex-a-template-2019.xlsx", code: .sheetNotFound)
        #expect(error.message.contains("'List_12'"))
    }

    @Test("damaged sheet XML names the sheet and the row, and does not quote any cell")
    func damagedSheetXML() throws {
        let folder = try TemporaryFolder()
        let sheetData = #"""
            <row r="1"><c r="A1" t="inlineStr"><is><t>Jane Doe</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>Smith &amp Sons</t></is></c></row>
            """#
        let path = try folder.zip(
            "damaged.xlsx",
            parts: HandBuiltWorkbookTests.parts(
                sheetData: sheetData, sharedStrings: "", styles: ""))
        let reader = try XLSXReader(path: path)
        var rowsSeen = 0
        let error = try #require(throws: WorkbookError.self) {
            try reader.rows(ofSheet: "Data") { _, _ in rowsSeen += 1 }
        }
        expectOneLine(error, file: "damaged.xlsx", code: .damagedWorkbook)
        #expect(error.sheet == "Data")
        #expect(error.row == 2)
        #expect(rowsSeen == 1)
        for text in ["Jane", "Doe", "Smith", "Sons"] {
            #expect(!error.description.contains(text))
            #expect(!(error.detail ?? "").contains(text))
        }
    }

    @Test("a cell pointing past the shared-string table names its row and column")
    func badSharedStringIndex() throws {
        let folder = try TemporaryFolder()
        let path = try folder.zip(
            "index.xlsx",
            parts: HandBuiltWorkbookTests.parts(
                sheetData: #"<row r="4"><c r="A4" t="s"><v>0</v></c><c r="C4" t="s"><v>9</v></c></row>"#,
                sharedStrings: "<si><t>only one</t></si>", styles: ""))
        let error = try #require(throws: WorkbookError.self) {
            try XLSXReader(path: path).rows(ofSheet: "Data") { _, _ in }
        }
        expectOneLine(error, file: "index.xlsx", code: .damagedWorkbook)
        #expect(error.description.hasPrefix("index.xlsx, sheet 'Data', row 4, column C: "))
    }

    @Test("a workbook whose sheet part is missing says so when the sheet is read")
    func missingSheetPart() throws {
        let folder = try TemporaryFolder()
        let parts = HandBuiltWorkbookTests.parts(sheetData: "", sharedStrings: "", styles: "")
            .filter { $0.name != "xl/worksheets/data.xml" }
        let path = try folder.zip("hollow.xlsx", parts: parts)
        let reader = try XLSXReader(path: path)
        let error = try #require(throws: WorkbookError.self) { try reader.rows(ofSheet: "Data") { _, _ in } }
        expectOneLine(error, file: "hollow.xlsx", code: .damagedWorkbook)
    }

    @Test("a sheet with a document type declaration is refused, so no entity is ever expanded")
    func externalEntity() throws {
        let folder = try TemporaryFolder()
        let secret = folder.path("secret.txt")
        try "top secret".write(toFile: secret, atomically: true, encoding: .utf8)
        var parts = HandBuiltWorkbookTests.parts(sheetData: "", sharedStrings: "", styles: "")
        let index = try #require(parts.firstIndex { $0.name == "xl/worksheets/data.xml" })
        parts[index].text = #"""
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM "file://\#(secret)">]>
            <worksheet xmlns="\#(HandBuiltWorkbookTests.main)"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>before &leak; after</t></is></c></row></sheetData></worksheet>
            """#
        let path = try folder.zip("entity.xlsx", parts: parts)
        let error = try #require(throws: WorkbookError.self) {
            try XLSXReader(path: path).rows(ofSheet: "Data") { _, _ in }
        }
        expectOneLine(error, file: "entity.xlsx", code: .damagedWorkbook)
        #expect(error.sheet == "Data")
    }

    @Test(
        "bytes overwritten anywhere in a workbook give a WorkbookError or good rows, never a crash",
        arguments: [0.1, 0.3, 0.5, 0.7, 0.9, 0.97])
    func corruptedBytes(at fraction: Double) throws {
        let folder = try TemporaryFolder()
        var bytes = try template()
        let start = Int(Double(bytes.count) * fraction)
        bytes.replaceSubrange(start..<(start + 64), with: Data(repeating: 0x5A, count: 64))
        let path = folder.path("scrambled.xlsx")
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            let reader = try XLSXReader(path: path)
            for sheet in reader.sheetNames {
                try reader.rows(ofSheet: sheet) { _, _ in }
            }
        } catch let error as WorkbookError {
            expectOneLine(error, file: "scrambled.xlsx", code: error.code)
        }
    }
}
