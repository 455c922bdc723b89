import Foundation
import Tabular
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ text: String) throws -> String { try file(Array(text.utf8)) }

    func records(_ path: String) throws -> [[String]] {
        let reader = try CSVReader(path: path)
        var all: [[String]] = []
        while let record = try reader.nextRecord() { all.append(record) }
        return all
    }

    @Test("a UTF-8 byte-order mark and CRLF line ends just work")
    func bomAndCRLF() throws {
        let path = try file([0xEF, 0xBB, 0xBF] + Array("Child Unique ID,Gender\r\nA1,a) Male\r\nA2,b) Female\r\n".utf8))
        #expect(try records(path) == [["Child Unique ID", "Gender"], ["A1", "a) Male"], ["A2", "b) Female"]])
    }

    @Test("quoted fields may hold commas, doubled quotes and line breaks")
    func quotedFields() throws {
        let path = try file("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line one\nline two\"\n\"\",,last")
        let reader = try CSVReader(path: path)
        #expect(try reader.nextRecord() == ["a", "b", "c"])
        #expect(try reader.nextRecord() == ["x, y", "say \"hi\"", "line one\nline two"])
        #expect(reader.recordNumber == 2)
        #expect(try reader.nextRecord() == ["", "", "last"])
        #expect(try reader.nextRecord() == nil)
    }

    @Test("blank lines are skipped and a last line without a line end is read")
    func blankLines() throws {
        #expect(try records(try file("h1,h2\n\n1,2\n\r\n3,4")) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
    }

    @Test("a header-only file is one record")
    func headerOnly() throws {
        #expect(try records(try file("Child Unique ID,Gender\n")) == [["Child Unique ID", "Gender"]])
    }

    @Test("an empty file, or one holding only a byte-order mark, is refused")
    func emptyFile() throws {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF]] {
            let path = try file(bytes)
            let error = try #require(throws: TabularError.self) { try CSVReader(path: path) }
            #expect(error.description.hasSuffix("the file is empty; export the list again with its header row"))
        }
    }

    @Test("a 10 MB field is read whole")
    func hugeField() throws {
        let big = String(repeating: "x", count: 10_000_000)
        #expect(try records(try file("a,b\n1,\"\(big)\"\n")) == [["a", "b"], ["1", big]])
    }

    @Test("a Windows-1252 file is detected and decoded")
    func windows1252() throws {
        // "Zoë", then ‘Missing’ with Windows-1252 curly quotes, and a pound sign.
        let bytes: [UInt8] = Array("name,note\nZo".utf8) + [0xEB] + Array(",".utf8) + [0x91] + Array("Missing".utf8) + [0x92, 0x20, 0xA3] + Array("5\n".utf8)
        let reader = try CSVReader(path: try file(bytes))
        #expect(reader.encoding == .windows1252)
        #expect(try reader.nextRecord() == ["name", "note"])
        #expect(try reader.nextRecord() == ["Zoë", "‘Missing’ £5"])
    }

    @Test("bytes that are neither UTF-8 nor Windows-1252 are refused with a clear message")
    func unknownEncoding() throws {
        let path = try file(Array("a,b\n".utf8) + [0x81, 0x8D, 0xC3])
        let error = try #require(throws: TabularError.self) { try CSVReader(path: path) }
        #expect(error.description.contains("neither UTF-8 nor Windows-1252"))
    }

    @Test("invalid UTF-8 after the sampled start names the row")
    func lateInvalidUTF8() throws {
        let rows = String(repeating: "é,ok\n", count: 20_000)
        let path = try file(Array("a,b\n\(rows)".utf8) + [0xFF, 0xFE] + Array(",x\n".utf8))
        let reader = try CSVReader(path: path)
        #expect(reader.encoding == .utf8)
        let error = try #require(throws: TabularError.self) { while try reader.nextRecord() != nil {} }
        #expect(error.record == 20_002)
        #expect(error.description.contains("save it from Excel as \"CSV UTF-8\""))
    }

    @Test("an unclosed quote is refused, naming the row where it starts")
    func unclosedQuote() throws {
        let reader = try CSVReader(path: try file("a,b\n1,2\n3,\"oops\n4,5\n"))
        _ = try reader.nextRecord()
        _ = try reader.nextRecord()
        let error = try #require(throws: TabularError.self) { try reader.nextRecord() }
        #expect(error.record == 3)
        #expect(!error.description.contains("oops"))
    }

    @Test("a missing file is one line naming it")
    func missingFile() throws {
        let error = try #require(throws: TabularError.self) { try CSVReader(path: "/nonexistent/List_8.csv") }
        #expect(error.description == "List_8.csv: cannot open the file; check the path and that it is readable")
    }

    @Test("records read as bytes hold the same fields as strings, Windows-1252 transcoded to UTF-8, the storage reused")
    func recordsAsBytes() throws {
        let text = "n,name,note\n7,\"Zo\u{EB} \"\"Z\"\"\",caf\u{E9}\r\n\n8,,\"a,b\"\n"
        for bytes in [Array(text.utf8), text.unicodeScalars.map { UInt8($0.value) }] {
            let reader = try CSVReader(path: try file(bytes))
            var record = CSVRecord()
            var read: [[String]] = []
            while try reader.nextRecord(into: &record) { read.append(record.strings) }
            #expect(read == [["n", "name", "note"], ["7", "Zo\u{EB} \"Z\"", "caf\u{E9}"], ["8", "", "a,b"]])
            #expect(record.count == 0)
        }
        var record = CSVRecord(["12", "first", "", "last"])
        #expect(record.removeFirstField() == "12")
        #expect(record.strings == ["first", "", "last"])
        #expect(Array(record.bytes[record.range(of: 2)]) == Array("last".utf8))
    }
}
