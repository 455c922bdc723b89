import Configuration
import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import Tabular
import TestSupport

@testable import AnnexA

/// Generated Annex A data and a migrated database for one test.
struct AnnexAFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    let database: TestDatabase
    let pool: PostgresPool
    /// A folder of valid, small generated lists.
    let folder: String

    /// Runs `body` with fresh generated data and a fresh migrated database, then cleans up.
    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (AnnexAFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin()]) { migrated in
            let folder = temporaryFolder()
            defer {
                try? FileManager.default.removeItem(atPath: folder)
                try? FileManager.default.removeItem(atPath: copies(of: folder))
            }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: asOf).write(to: folder)
            return try await body(AnnexAFixture(database: migrated.database, pool: migrated.pool, folder: folder))
        }
    }

    /// The folder holding the copies made by ``folder(replacing:)``, removed with the fixture.
    static func copies(of folder: String) -> String { folder + "-copies" }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("annex-a-\(UUID().uuidString)").path
    }

    /// Imports `path` with the given options.
    func importLists(_ path: String? = nil, strict: Bool = false, asOf: CalendarDate = Self.asOf) async throws -> (AnnexAImporter.Outcome, [ImportProblem]) {
        try await AnnexAImporter(pool: pool).run(.init(path: path ?? folder, asOf: asOf, strict: strict, actor: "tester"))
    }

    /// The imported snapshot's id, failing the test otherwise.
    func importedSnapshot(_ path: String? = nil, strict: Bool = false) async throws -> ImportSummary {
        let (outcome, _) = try await importLists(path, strict: strict)
        guard case .imported(let summary) = outcome else { throw TestSetupError("expected a new snapshot, got \(outcome)") }
        return summary
    }

    /// The number of rows stored for snapshots in `table`.
    func count(_ table: String) async throws -> Int {
        try await pool.query("SELECT count(*) FROM \(table)")[0].decode(Int.self, at: 0)
    }

    /// A copy of the generated folder with `list`'s file replaced by `contents` bytes.
    func folder(replacing list: Int, with contents: [UInt8]) throws -> String {
        try folder(replacing: [list: contents])
    }

    /// A copy of the generated folder with each list's file replaced by the bytes given for it.
    func folder(replacing files: [Int: [UInt8]]) throws -> String {
        let copies = Self.copies(of: folder)
        try FileManager.default.createDirectory(atPath: copies, withIntermediateDirectories: true)
        let copy = "\(copies)/\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        for (list, contents) in files { try Data(contents).write(to: URL(fileURLWithPath: "\(copy)/List_\(list).csv")) }
        return copy
    }

    /// The records (header first) of `list`'s generated CSV file.
    func records(of list: Int) throws -> [[String]] {
        let reader = try CSVReader(path: "\(folder)/List_\(list).csv")
        var records: [[String]] = []
        while let record = try reader.nextRecord() { records.append(record) }
        return records
    }

    /// `records` as CSV bytes, with `lineEnd` between records (fields keep their own line breaks).
    static func csv(_ records: [[String]], lineEnd: String = "\n") -> [UInt8] {
        let text =
            records.map { record in
                record.map { field in
                    field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",")
            }.joined(separator: lineEnd) + lineEnd
        return Array(text.utf8)
    }
}
