import Foundation
import Testing
import Workbook

@testable import AnnexA

/// Each kind of bad input gets a clear error and nothing is imported; a few just work.
@Suite("Annex A bad input")
struct BadInputTests {
    func expectRefused(_ fixture: AnnexAFixture, _ path: String, _ check: (ImportProblem) -> Bool) async throws {
        let failure = try await #require(throws: ImportFailure.self) { try await fixture.importLists(path) }
        let error = try #require(failure.errors.first)
        #expect(check(error), "\(error.line)")
        #expect(!error.line.contains("\n"))
        #expect(try await fixture.count("annex_a_snapshots") == 0)
    }

    @Test("a list without its heading row is refused in one line that repeats none of its first row's cells")
    func noHeadingRow() async throws {
        try await AnnexAFixture.with { fixture in
            let records = try fixture.records(of: 8)
            let folder = try fixture.folder(replacing: 8, with: AnnexAFixture.csv(Array(records.dropFirst())))
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let failure = try await #require(throws: ImportFailure.self) { try await fixture.importLists(folder) }
            let ofList8 = failure.problems.filter { $0.list == 8 }
            #expect(ofList8.count == 1)
            let problem = try #require(ofList8.first)
            #expect(problem.reason == "the first row holds none of List 8's headings; add Ofsted's heading row above the data")
            let firstRow = records[1].filter { $0.count > 1 }
            for problem in failure.problems {
                for text in [problem.line, problem.column ?? "", problem.value ?? ""] {
                    #expect(!firstRow.contains { text.contains($0) }, "a cell of the first row was repeated back")
                }
            }
            #expect(try await fixture.count("annex_a_snapshots") == 0)
        }
    }

    @Test("a truncated XLSX workbook is refused with a clear error")
    func truncatedWorkbook() async throws {
        try await AnnexAFixture.with { fixture in
            let summary = try await fixture.importedSnapshot()
            let workbook = AnnexAFixture.temporaryFolder() + ".xlsx"
            _ = try await AnnexAExporter(pool: fixture.pool).export(snapshot: summary.snapshotID, to: workbook, actor: "t")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: workbook))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: workbook))
            defer { try? FileManager.default.removeItem(atPath: workbook) }
            try await fixture.pool.query("DELETE FROM annex_a_snapshots")
            try await expectRefused(fixture, workbook) { $0.reason.contains("not a valid") || $0.reason.contains(".xlsx") }
        }
    }

    @Test("random bytes named .xlsx are refused with a clear error")
    func corruptWorkbook() async throws {
        try await AnnexAFixture.with { fixture in
            let workbook = AnnexAFixture.temporaryFolder() + ".xlsx"
            try Data((0..<5000).map { _ in UInt8.random(in: 0...255) }).write(to: URL(fileURLWithPath: workbook))
            defer { try? FileManager.default.removeItem(atPath: workbook) }
            try await expectRefused(fixture, workbook) { $0.source.hasSuffix(".xlsx") }
        }
    }

    @Test("a workbook with no recognisable list sheet is refused")
    func workbookWithoutLists() async throws {
        try await AnnexAFixture.with { fixture in
            let workbook = AnnexAFixture.temporaryFolder() + ".xlsx"
            let writer = try XLSXWriter(path: workbook)
            for sheet in ["Front_Sheet", "Guidance"] {
                try writer.addSheet(named: sheet) { try $0.appendRow(["Annex A - Child level data"]) }
            }
            try writer.finish()
            defer { try? FileManager.default.removeItem(atPath: workbook) }
            try await expectRefused(fixture, workbook) { $0.reason.contains("no recognisable list sheet") }
        }
    }

    @Test("a CSV in Windows-1252 is decoded and imports")
    func windows1252() async throws {
        try await AnnexAFixture.with { fixture in
            let text = String(decoding: AnnexAFixture.csv(try fixture.records(of: 8)), as: UTF8.self)
            // Re-encode as Windows-1252: curly apostrophes and quotes become single bytes.
            let bytes = text.unicodeScalars.map { scalar -> UInt8 in
                switch scalar.value {
                case 0x2018: 0x91
                case 0x2019: 0x92
                case 0x201C: 0x93
                case 0x201D: 0x94
                default: UInt8(scalar.value)
                }
            }
            let summary = try await fixture.importedSnapshot(try fixture.folder(replacing: 8, with: bytes))
            #expect(summary.rowsByList[8] == (try fixture.records(of: 8).count - 1))
        }
    }

    @Test("a UTF-8 byte-order mark, CRLF line ends and quoted fields with line breaks just work")
    func bomCRLFAndNewlines() async throws {
        try await AnnexAFixture.with { fixture in
            var records = try fixture.records(of: 3)
            records[1][9] = "Assessment\nTeam North" // Allocated Team with a line break inside quotes
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + AnnexAFixture.csv(records, lineEnd: "\r\n")
            let summary = try await fixture.importedSnapshot(try fixture.folder(replacing: 3, with: bytes))
            #expect(summary.rowsByList[3] == records.count - 1)
            let team = try await fixture.pool.query("SELECT allocated_team FROM annex_a_list_3 WHERE row_number = 2")[0].decode(String.self, at: 0)
            #expect(team == "Assessment\nTeam North")
        }
    }

    @Test("a 10 MB single field is refused, naming row and column")
    func hugeField() async throws {
        try await AnnexAFixture.with { fixture in
            var records = try fixture.records(of: 6)
            records[1][12] = String(repeating: "x", count: 10_000_000)
            try await expectRefused(fixture, try fixture.folder(replacing: 6, with: AnnexAFixture.csv(records))) {
                $0.row == 2 && $0.column == "Allocated Team" && $0.reason.contains("longer than")
            }
        }
    }

    @Test("an empty file is refused")
    func emptyFile() async throws {
        try await AnnexAFixture.with { fixture in
            try await expectRefused(fixture, try fixture.folder(replacing: 2, with: [])) {
                $0.list == 2 && $0.reason.contains("empty")
            }
        }
    }

    @Test("a header-only file is valid: the list has zero rows")
    func headerOnly() async throws {
        try await AnnexAFixture.with { fixture in
            let header = try fixture.records(of: 10)[0]
            let summary = try await fixture.importedSnapshot(try fixture.folder(replacing: 10, with: AnnexAFixture.csv([header])))
            #expect(summary.rowsByList[10] == 0)
        }
    }

    @Test("duplicate headers are refused, naming the column")
    func duplicateHeaders() async throws {
        try await AnnexAFixture.with { fixture in
            let records = try fixture.records(of: 1).map { $0 + [$0[1]] }
            try await expectRefused(fixture, try fixture.folder(replacing: 1, with: AnnexAFixture.csv(records))) {
                $0.column == "Gender" && $0.reason.contains("appears twice")
            }
        }
    }

    @Test("a missing required column is refused, naming the list and the column")
    func missingColumn() async throws {
        try await AnnexAFixture.with { fixture in
            let records = try fixture.records(of: 5).map { Array($0.dropLast()) }
            try await expectRefused(fixture, try fixture.folder(replacing: 5, with: AnnexAFixture.csv(records))) {
                $0.list == 5 && $0.column == "Allocated Worker" && $0.reason.contains("missing")
            }
        }
    }
}
