import Domain
import Foundation
import Postgres
import Testing

@testable import AnnexA

@Suite("Annex A import")
struct ImportTests {
    @Test("generated lists import as a snapshot with every row, and importing them again creates nothing")
    func importAndReimport() async throws {
        try await AnnexAFixture.with { fixture in
            let summary = try await fixture.importedSnapshot()
            #expect(summary.rowsByList.count == 11)
            #expect(summary.rejectedRows == 0)
            let expected = try (1...11).map { try fixture.records(of: $0).count - 1 }
            #expect((1...11).map { summary.rowsByList[$0] ?? -1 } == expected)
            let (again, _) = try await fixture.importLists()
            #expect(again == .identical(snapshotID: summary.snapshotID))
            #expect(try await fixture.count("annex_a_snapshots") == 1)
            #expect(try await fixture.count("audit_events WHERE action = 'annex_a.import'") == 1)
        }
    }

    @Test("deleting a snapshot removes its rows, is audit-logged, and the same content can be imported again")
    func deleteSnapshot() async throws {
        try await AnnexAFixture.with { fixture in
            let summary = try await fixture.importedSnapshot()
            try await SnapshotStore(pool: fixture.pool).delete(summary.snapshotID, actor: "tester", reason: "wrong month")
            #expect(try await fixture.count("annex_a_list_8") == 0)
            #expect(try await fixture.count("annex_a_snapshots") == 0)
            let audit = try await fixture.pool.query("SELECT reason, details->>'rows' FROM audit_events WHERE action = 'annex_a.snapshot.delete'")
            #expect(try audit[0].decode(String.self, at: 0) == "wrong month")
            #expect(try audit[0].decode(String.self, at: 1) == String(summary.rowsByList.values.reduce(0, +)))
            let again = try await fixture.importedSnapshot()
            #expect(again.snapshotID != summary.snapshotID)
            #expect(again.contentSHA256 == summary.contentSHA256)
            await #expect(throws: SnapshotNotFound.self) {
                try await SnapshotStore(pool: fixture.pool).delete(summary.snapshotID, actor: "tester", reason: "again")
            }
        }
    }

    @Test("with --strict a wrong code refuses the whole import, listing the allowed codes")
    func wrongCodeStrict() async throws {
        try await AnnexAFixture.with { fixture in
            var records = try fixture.records(of: 8)
            let column = try #require(records[0].firstIndex(of: "Placement Type"))
            records[1][column] = "U9: Foster placement - imaginary"
            let folder = try fixture.folder(replacing: 8, with: AnnexAFixture.csv(records))
            let failure = try await #require(throws: ImportFailure.self) { try await fixture.importLists(folder, strict: true) }
            let error = try #require(failure.errors.first)
            #expect(error.list == 8)
            #expect(error.row == 2)
            #expect(error.column == "Placement Type")
            #expect(error.reason.contains("allowed: U1, U2, U3, U4"))
            #expect(try await fixture.count("annex_a_snapshots") == 0)
            #expect(try await fixture.count("annex_a_list_1") == 0)
        }
    }

    @Test("a row whose placing date cannot be read is left out and kept with its reasons, and the rest is imported")
    func rowLeftOut() async throws {
        try await AnnexAFixture.with { fixture in
            var records = try fixture.records(of: 7)
            records[1][6] = "31/02/2024" // Child Protection Plan Start Date
            let folder = try fixture.folder(replacing: 7, with: AnnexAFixture.csv(records))
            let summary = try await fixture.importedSnapshot(folder)
            #expect(summary.rejectedRows == 1)
            let rejected = try await fixture.pool.query("SELECT list, row_number, reasons FROM annex_a_rejected_rows")
            #expect(rejected.count == 1)
            #expect(try rejected[0].decode(Int.self, "list") == 7)
            #expect(try rejected[0].decode(Int.self, "row_number") == 2)
            let reasons = try rejected[0].decode([String].self, "reasons")
            #expect(reasons.first?.contains("Child Protection Plan Start Date") == true)
            #expect(reasons.first?.contains("31/02") == false)
        }
    }

    @Test(
        "when the server fails on one list while the next lists are read (here, attaching List 1's partition), the import reports that failure, not the aborted transaction it left, and keeps nothing"
    )
    func serverFailureOnAnEarlierList() async throws {
        try await AnnexAFixture.with { fixture in
            // A constraint the new partitions do not copy makes ATTACH refuse List 1's.
            _ = try await fixture.pool.query("ALTER TABLE annex_a_list_1 ADD CONSTRAINT numbered CHECK (row_number > 0)")
            let failure = try await #require(throws: PostgresError.self) { try await fixture.importLists() }
            #expect(failure.description.contains("missing constraint"), "\(failure)")
            #expect(!failure.description.contains("current transaction is aborted"))
            #expect(try await fixture.count("annex_a_snapshots") == 0)
        }
    }

    @Test("cross-list findings are recorded as warnings and grouped by kind and list")
    func qualityFindings() async throws {
        try await AnnexAFixture.with { fixture in
            // A List 7 row for a child who is not in List 6, and a row duplicated.
            var records = try fixture.records(of: 7)
            var orphan = records[1]
            orphan[0] = "NOT-IN-LIST-6"
            records.insert(orphan, at: 2)
            records.insert(records[1], at: 2)
            let folder = try fixture.folder(replacing: 7, with: AnnexAFixture.csv(records))
            let summary = try await fixture.importedSnapshot(folder)
            let findings = try await fixture.pool.query(
                "SELECT kind, row_number FROM annex_a_quality_issues WHERE snapshot_id = $1 AND list = 7 ORDER BY kind",
                [summary.snapshotID])
            let kinds = try findings.map { try $0.decode(String.self, "kind") }
            #expect(kinds.contains("missing_from_list_6"))
            #expect(kinds.contains("duplicate"))
        }
    }

    @Test("exporting a snapshot as XLSX and importing that workbook gives identical content")
    func exportRoundTrip() async throws {
        try await AnnexAFixture.with { fixture in
            let summary = try await fixture.importedSnapshot()
            let workbook = AnnexAFixture.temporaryFolder() + ".xlsx"
            defer { try? FileManager.default.removeItem(atPath: workbook) }
            let counts = try await AnnexAExporter(pool: fixture.pool).export(snapshot: summary.snapshotID, to: workbook, actor: "tester")
            #expect(counts == summary.rowsByList)
            let (again, _) = try await fixture.importLists(workbook)
            #expect(again == .identical(snapshotID: summary.snapshotID))
            #expect(try await fixture.count("audit_events WHERE action = 'annex_a.export'") == 1)
        }
    }
}
