import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import Tabular
import TestSupport
import Workbook
import WorkforceRegister

@testable import AnnexA
@testable import Workforce

/// A small generated authority (Annex A lists and register files) and a database migrated for
/// the AnnexA and Workforce plugins.
struct RegisterFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    let pool: PostgresPool
    /// The generator's output folder.
    let folder: String

    /// Runs `body` with fresh generated files and a fresh migrated database, then cleans up.
    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (RegisterFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), WorkforcePlugin()]) { migrated in
            let folder = temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: asOf).write(to: folder)
            return try await body(RegisterFixture(pool: migrated.pool, folder: folder))
        }
    }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)").path
    }

    /// Imports the register at `directory` (default: the generated files), or a workbook.
    @discardableResult
    func importRegister(_ directory: String? = nil) async throws -> RegisterImporter.Outcome {
        try await RegisterImporter.run(path: directory ?? folder, actor: "tester", pool: pool)
    }

    /// Imports the generated Annex A lists as a snapshot and returns its id.
    func importSnapshot() async throws -> Int {
        let (outcome, _) = try await AnnexAImporter(pool: pool).run(.init(path: folder, asOf: Self.asOf, strict: false, actor: "tester"))
        guard case .imported(let summary) = outcome else { throw TestSetupError("expected a new snapshot, got \(outcome)") }
        return summary.snapshotID
    }

    /// The records (header first) of the generated file `name`.
    func records(_ name: String) throws -> [[String]] {
        let reader = try CSVReader(path: "\(folder)/\(name)")
        var records: [[String]] = []
        while let record = try reader.nextRecord() { records.append(record) }
        return records
    }

    /// A copy of the generated folder whose file `name` has its records changed by `edit`.
    func folder(editing name: String, _ edit: (inout [[String]]) -> Void) throws -> String {
        var records = try records(name)
        edit(&records)
        let copy = Self.temporaryFolder()
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        let text =
            records.map { record in
                record.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
                    .joined(separator: ",")
            }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(copy)/\(name)"))
        return copy
    }

    /// The generated register as one workbook with four sheets, `edit` applied to each sheet's
    /// records (header first) before writing.
    func workbook(_ edit: (RegisterFile, inout [[String]]) -> Void = { _, _ in }) throws -> String {
        let path = Self.temporaryFolder() + ".xlsx"
        let writer = try XLSXWriter(path: path)
        for file in RegisterFile.allCases {
            var sheet = try records(file.fileName)
            edit(file, &sheet)
            try writer.addSheet(named: file.rawValue) { writer in
                for record in sheet { try writer.appendRow(record) }
            }
        }
        try writer.finish()
        return path
    }

    /// Rows in `table` (a fixed name, or a name with a condition).
    func count(_ table: String) async throws -> Int {
        try await pool.query("SELECT count(*) FROM \(table)")[0].decode(Int.self, at: 0)
    }
}
