import Foundation
import Tabular
import TestSupport
import Testing

/// The reader against Python's `csv` module on the same file: random records, plain and quoted,
/// across several of the reader's buffer refills.
@Suite("CSV reader against Python's csv")
struct CSVReaderOracleTests {
    static let pieces = ["", "A12", "LA7-000123", "é", "a b", " x ", "1,2", "say \"hi\"", "line\nbreak", "cr\rhere", "日本", "😀", "03/04/2025"]

    @Test("records read as strings and as bytes equal Python's csv.reader, blank lines aside")
    func equalsPython() throws {
        var generator = SplitMix(seed: 18)
        var text = ""
        // About 2.5 MB: the reader refills its 1 MiB buffer in the middle of records.
        for record in 0..<80_000 {
            let fields = (0...Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            let written = fields.map { field in
                let special = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                let quoted = special || Int.random(in: 0..<10, using: &generator) == 0
                return quoted ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }
            // A lone empty field would be a blank line, which the reader skips and Python does not.
            text += (written == [""] ? "\"\"" : written.joined(separator: ",")) + (record % 3 == 0 ? "\r\n" : "\n")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-oracle-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let output = try PythonOracle.run(
            "import csv, json, sys\nwith open(json.load(sys.stdin), newline='', encoding='utf-8') as f:\n    json.dump([row for row in csv.reader(f)], sys.stdout)",
            input: try JSONEncoder().encode(path), advice: "python3 must run the test's oracle")
        let expected = try JSONDecoder().decode([[String]].self, from: output)

        let strings = try CSVReader(path: path)
        var asStrings: [[String]] = []
        while let record = try strings.nextRecord() { asStrings.append(record) }
        let bytes = try CSVReader(path: path)
        var record = CSVRecord()
        var asBytes: [[String]] = []
        while try bytes.nextRecord(into: &record) { asBytes.append(record.strings) }

        #expect(expected.count == 80_000)
        for (name, read) in [("as strings", asStrings), ("as bytes", asBytes)] {
            #expect(read.count == expected.count, "\(name): \(read.count) records")
            if let first = read.indices.first(where: { $0 < expected.count && read[$0] != expected[$0] }) {
                Issue.record("\(name), record \(first + 1): \(read[first]) instead of Python's \(expected[first])")
            }
        }
    }
}
