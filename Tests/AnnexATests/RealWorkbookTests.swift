import Domain
import Foundation
import TestSupport
import Testing
import Workbook

@testable import AnnexA

/// Workbooks as real systems save them: fractional ages from a formula (with Excel's cached
/// value), blanks, free text in coded columns, sheets named `List 1`. No child with a Child
/// Unique ID may drop out of the snapshot.
@Suite("Annex A real workbooks")
struct RealWorkbookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Damages made to the generated lists: (list, data row index from 1, column heading, new cell).
    static func damages(_ fixture: AnnexAFixture) throws -> [(list: Int, row: Int, heading: String, cell: String)] {
        var damages: [(Int, Int, String, String)] = []
        let list8 = try fixture.records(of: 8)
        let age = try #require(list8[0].firstIndex(of: "Age of Child (Years)"))
        for row in 1...5 {
            // An age an Excel formula computes from the date of birth, saved with its cached value.
            let years = try #require(Int(list8[row][age]))
            damages.append((8, row, "Age of Child (Years)", "=FORMULA|YEARFRAC(D\(row + 1),DATE(2026,11,20))|\(years).1383561643835616"))
        }
        // A stale age on a row with a date of birth (an unborn child's plan has none).
        let list7 = try fixture.records(of: 7)
        let stale = try #require(list7.indices.dropFirst().first { !list7[$0][3].isEmpty })
        damages += [
            (8, 6, "Ethnicity", ""),
            (8, 7, "Placement Location", ""),
            (8, 8, "Placement postcode", ""),
            (8, 9, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "CS Assessment Updated"),
            (8, 10, "Allocated Team", ""),
            (6, 1, "Primary Need Code", "N0: Not a need"),
            (7, stale, "Age of Child (Years)", "99"),
            (3, 2, "Child Unique ID", "")
        ]
        return damages
    }

    /// Writes `fixture`'s lists, damaged, as a workbook with sheets `List 1` … `List 11` and a
    /// guidance sheet, saved as Excel would; returns its path and, per list, the rows with an
    /// identifier the independent Python count found.
    static func damagedWorkbook(_ fixture: AnnexAFixture) throws -> (path: String, identified: [Int: Int]) {
        let damages = try damages(fixture)
        let draft = AnnexAFixture.temporaryFolder() + "-draft.xlsx"
        defer { try? FileManager.default.removeItem(atPath: draft) }
        let writer = try XLSXWriter(path: draft)
        try writer.addSheet(named: "Guidance") { try $0.appendRow(["Annex A - Child level data"]) }
        for list in 1...11 {
            var records = try fixture.records(of: list)
            for damage in damages where damage.list == list {
                let column = try #require(records[0].firstIndex(of: damage.heading), "List \(list) has no column \(damage.heading)")
                records[damage.row][column] = damage.cell
            }
            try writer.addSheet(named: "List \(list)") { sheet in
                for (index, record) in records.enumerated() { try sheet.appendRow(record, bold: index == 0) }
            }
        }
        try writer.finish()
        let path = AnnexAFixture.temporaryFolder() + ".xlsx"
        let counts = try python(["\(root)/scripts/annex_a/excel_save.py", draft, path])
        return (path, try identifiedRows(counts))
    }

    /// Runs the test environment's `python3` with `arguments`, returning its standard output.
    static func python(_ arguments: [String]) throws -> Data {
        let run = try PythonRun.run(arguments)
        guard run.status == 0 else {
            throw TestFailure("python3 \(arguments.joined(separator: " ")) failed (run `make setup`): \(String(decoding: run.errors, as: UTF8.self))")
        }
        return run.output
    }

    /// `{"List 8": 40, …}` as list number to count.
    static func identifiedRows(_ json: Data) throws -> [Int: Int] {
        let bySheet = try JSONDecoder().decode([String: Int].self, from: json)
        return Dictionary(uniqueKeysWithValues: bySheet.compactMap { name, count in ListName.list(in: name).map { ($0.number, count) } })
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test("a damaged workbook keeps every row with a Child Unique ID, its odd values kept as given and listed by list, column and kind")
    func damagedWorkbookKeepsEveryChild() async throws {
        try await AnnexAFixture.with { fixture in
            let (workbook, identified) = try Self.damagedWorkbook(fixture)
            defer { try? FileManager.default.removeItem(atPath: workbook) }
            #expect(identified.count == 11)

            let strict = try await #require(throws: ImportFailure.self) { try await fixture.importLists(workbook, strict: true) }
            #expect(strict.groups.contains { $0.list == 8 && $0.kind == "fractional age" && $0.count == 5 })
            #expect(try await fixture.count("annex_a_snapshots") == 0)

            let (outcome, problems) = try await fixture.importLists(workbook)
            guard case .imported(let summary) = outcome else { throw TestFailure("expected a snapshot, got \(outcome)") }
            for list in 1...11 {
                #expect(summary.rowsByList[list] == identified[list], "List \(list): every row with a Child Unique ID is in the snapshot")
            }
            #expect(summary.rejectedRows == 1)
            #expect(summary.hasProblems)
            #expect(summary.valuesKeptAsGiven == 12)
            let groups = Set(summary.problemGroups.map { "\($0.place): \($0.count) \($0.effect.rawValue)" })
            #expect(
                groups == [
                    "List 3, column 'Child Unique ID': blank: 1 row left out",
                    "List 6, column 'Primary Need Code': not in the code list: 1 value unknown",
                    "List 7, column 'Age of Child (Years)': age disagrees with date of birth: 1 value repaired",
                    "List 8, column 'Age of Child (Years)': fractional age: 5 value repaired",
                    "List 8, column 'Allocated Team': blank: 1 value unknown",
                    "List 8, column 'Ethnicity': blank: 1 value unknown",
                    "List 8, column 'Placement Location': blank: 1 value unknown",
                    "List 8, column 'Placement postcode': blank: 1 value unknown",
                    "List 8, column 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)': not in the code list: 1 value unknown"
                ])
            for problem in problems {
                #expect(!problem.line.contains("CS Assessment Updated") && !problem.line.contains("6.138"), "\(problem.line)")
            }

            // A fractional age is stored as its whole years and kept as given; free text in a Yes/No column is unknown.
            let list8 = try await fixture.pool.query(
                "SELECT row_number, age, raw_values->>'age' AS given, uasc, raw_values->>'uasc' AS given_uasc FROM annex_a_list_8 ORDER BY row_number LIMIT 9")
            let firstAge = try #require(Int(try fixture.records(of: 8)[1][4]))
            #expect(try list8[0].decode(Int?.self, "age") == firstAge)
            #expect(try list8[0].decode(String?.self, "given") == "\(firstAge).1383561643835616")
            #expect(try list8[8].decode(String?.self, "uasc") == nil)
            #expect(try list8[8].decode(String?.self, "given_uasc") == "CS Assessment Updated")

            let findings = try await fixture.pool.query(
                "SELECT kind, list, row_number, column_key, message FROM annex_a_quality_issues WHERE kind IN ('unknown_value', 'repaired_value') ORDER BY list, row_number"
            )
            #expect(findings.count == 12)
            #expect(try findings.allSatisfy { !(try $0.decode(String.self, "message")).contains("CS Assessment") })
            #expect(
                try findings.contains {
                    try $0.decode(Int.self, "list") == 8 && $0.decode(Int.self, "row_number") == 7 && $0.decode(String?.self, "column_key") == "ethnicity"
                })

            // The export writes the values as they came in, and importing it gives the same snapshot.
            let exported = AnnexAFixture.temporaryFolder() + ".xlsx"
            defer { try? FileManager.default.removeItem(atPath: exported) }
            _ = try await AnnexAExporter(pool: fixture.pool).export(snapshot: summary.snapshotID, to: exported, actor: "tester")
            let (again, _) = try await fixture.importLists(exported)
            #expect(again == .identical(snapshotID: summary.snapshotID))
        }
    }

    /// liiatools 0.2.0's sample Annex A workbook (sheets `List 1` … `List 11`, the 2019 layout),
    /// fetched with pip into the test scratch folder once. Fails, never skips, when it cannot be had.
    static func liiatoolsSample() throws -> String {
        let scratch = ProcessInfo.processInfo.environment["ILACS_TEST_SCRATCH"] ?? FileManager.default.temporaryDirectory.path
        let folder = "\(scratch)/liiatools-0.2.0"
        let path = "\(folder)/liiatools/spec/annex_a/samples/Annex_A.xlsx"
        if !FileManager.default.fileExists(atPath: path) {
            _ = try python(["-m", "pip", "download", "liiatools==0.2.0", "--no-deps", "--quiet", "-d", folder])
            _ = try python(["-m", "zipfile", "-e", "\(folder)/liiatools-0.2.0-py3-none-any.whl", folder])
        }
        guard FileManager.default.fileExists(atPath: path) else { throw TestFailure("liiatools 0.2.0 has no \(path)") }
        return path
    }

    @Test("liiatools' sample workbook imports with every identified row kept and its findings listed")
    func liiatoolsSampleWorkbook() async throws {
        let sample = try Self.liiatoolsSample()
        let copy = AnnexAFixture.temporaryFolder() + ".xlsx"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let identified = try Self.identifiedRows(try Self.python(["\(Self.root)/scripts/annex_a/excel_save.py", sample, copy]))
        try await AnnexAFixture.with { fixture in
            // The sample's ages were worked out around March 2021.
            let (outcome, _) = try await fixture.importLists(sample, asOf: CalendarDate(year: 2021, month: 3, day: 31)!)
            guard case .imported(let summary) = outcome else { throw TestFailure("expected a snapshot, got \(outcome)") }
            #expect(identified.values.reduce(0, +) > 0)
            for list in 1...11 {
                #expect((summary.rowsByList[list] ?? 0) == (identified[list] ?? 0), "List \(list): every identified row is kept")
            }
            #expect(summary.rejectedRows == 0)
            #expect(!summary.problemGroups.isEmpty)
            let findings = try await fixture.count("annex_a_quality_issues WHERE kind IN ('unknown_value', 'repaired_value')")
            #expect(findings == summary.valuesKeptAsGiven)
            // The findings, for the record (list, column, kind and count; never a value).
            print(summary.problemGroups.map(\.line).joined(separator: "\n"))
        }
    }
}
