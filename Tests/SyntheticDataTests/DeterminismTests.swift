import Domain
import SyntheticData
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same seed and as-of date give byte-identical files")
    func sameSeedSameBytes() throws {
        let asOf = CalendarDate(year: 2025, month: 6, day: 18)!
        let first = GeneratedRun.temporaryDirectory()
        let second = GeneratedRun.temporaryDirectory()
        let summary = try AnnexAGenerator(size: .small, seed: 7, asOf: asOf).write(to: first)
        _ = try AnnexAGenerator(size: .small, seed: 7, asOf: asOf).write(to: second)
        #expect(summary.files.count == 18)
        for file in summary.files {
            #expect(
                GeneratedRun.bytes(of: first + "/" + file.name) == GeneratedRun.bytes(of: second + "/" + file.name),
                "\(file.name) differs between two runs")
        }
    }

    @Test("a different seed gives different files")
    func differentSeedDifferentBytes() throws {
        let asOf = CalendarDate(year: 2025, month: 6, day: 18)!
        let first = GeneratedRun.temporaryDirectory()
        let second = GeneratedRun.temporaryDirectory()
        _ = try AnnexAGenerator(size: .small, seed: 7, asOf: asOf).write(to: first)
        _ = try AnnexAGenerator(size: .small, seed: 8, asOf: asOf).write(to: second)
        for name in ["List_1.csv", "List_8.csv", "workforce.csv", "fostering_households.csv"] {
            #expect(GeneratedRun.bytes(of: first + "/" + name) != GeneratedRun.bytes(of: second + "/" + name))
        }
    }

    @Test("the summary counts the rows each file holds")
    func summaryMatchesFiles() {
        let run = GeneratedRun.small
        #expect(run.summary.authorities == 1)
        for file in run.summary.files {
            #expect(run.table(file.name).rows.count == file.rows, "\(file.name)")
        }
        #expect(run.summary.annexARows == AnnexAList.allCases.reduce(0) { $0 + run.summary.rows(in: $1) })
        #expect((2_000...4_000).contains(run.summary.totalRows))
    }
}
