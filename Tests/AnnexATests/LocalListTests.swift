import AnnexAStore
import Configuration
import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import Tabular
import TestSupport
import Testing

@testable import AnnexA
@testable import EvidenceSampling
@testable import Reporting

/// The kernel's local lists: one import, one parser and one pair of tables for sampling quotas
/// and the readiness report alike.
@Suite("Local lists in the kernel")
struct LocalListTests {
    static let plugins: [any Plugin] = [AnnexAPlugin(), EvidenceSamplingPlugin(), ReportingPlugin()]
    /// The migrations this change added; without them a database is as it was before the move.
    static let added = ["kernel/0006_local_lists", "EvidenceSampling/0004_local_lists_to_kernel", "Reporting/0002_local_lists_to_kernel"]

    /// Runs `body` on a fresh database migrated for every plugin that uses local lists.
    static func withDatabase<T>(
        isolation: isolated (any Actor)? = #isolation, including: (Migration) -> Bool = { _ in true },
        _ body: (PostgresPool, [Migration]) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with { database in
            let host = try PluginHost(linked: plugins, configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
            let connection = try await database.connect()
            try await Migrator().apply(host.migrations.filter(including), on: connection)
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 2)
            defer { pool.close() }
            return try await body(pool, host.migrations)
        }
    }

    /// A new empty snapshot as of `asOf`.
    static func snapshot(_ pool: PostgresPool, asOf: String = "2026-11-20") async throws -> Int {
        try await pool.query(
            "INSERT INTO annex_a_snapshots (as_of, imported_by, source_name, content_sha256, lenient) VALUES ($1::date, 'tester', 'fixture', $2, false) RETURNING id",
            [asOf, UUID().uuidString])[0].decode(Int.self, at: 0)
    }

    static func serving(_ name: String, _ snapshot: Int, _ pool: PostgresPool) async throws -> Int? {
        try await pool.withConnection { try await LocalListStore.serving(name, snapshot: snapshot, on: $0)?.id }
    }

    @Test("one import serves both a sampling quota and the readiness report's not-in-school indicator")
    func oneImportServesBoth() async throws {
        try await Self.withDatabase { pool, _ in
            let folder = AnnexAFixture.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: AnnexAFixture.asOf).write(to: folder)
            let (outcome, _) = try await AnnexAImporter(pool: pool).run(.init(path: folder, asOf: AnnexAFixture.asOf, actor: "tester"))
            guard case .imported(let summary) = outcome else { throw TestSetupError("expected a snapshot, got \(outcome)") }
            let file = "\(folder)/children_not_in_school.csv"
            let ids = try LocalListParser.read(path: file)
            let stored = try await LocalListImporter.store(
                ids, name: LocalListStore.childrenNotInSchool, snapshotID: summary.snapshotID, source: file, actor: "tester", pool: pool)
            #expect(stored.children == ids.count && stored.sourceName == "children_not_in_school.csv" && stored.snapshotID == summary.snapshotID)

            // The quota marks every List 6 case whose child is on the list.
            let plan = try SamplingPlan.parse(
                """
                name: Local list quota
                population:
                  - cohort: children in need
                    list: 6
                strata: [cohort]
                sample:
                  total: 5
                  minimum per stratum: 1
                quotas:
                  - local list: children-not-in-school
                    minimum: 1
                """, file: "plan.yaml")
            let (_, manifest) = try await ManifestStore(pool: pool).freeze(
                plan: plan, file: "plan.yaml", snapshotID: summary.snapshotID, inspectionID: nil, actor: "coordinator")
            let quotaRows = Set(manifest.cases.filter { $0.themes.contains("local:children-not-in-school") }.map(\.rowNumber))
            let onList = try await pool.query(
                "SELECT row_number, case_status <> 'CLOSED' AND cin_closure_date IS NULL AS open FROM annex_a_list_6 WHERE snapshot_id = $1 AND child_id = ANY($2)",
                [summary.snapshotID, ids])
            let expectedRows = Set(try onList.map { try $0.decode(Int.self, "row_number") })
            #expect(!expectedRows.isEmpty)
            #expect(quotaRows == expectedRows)

            // The indicator counts the open ones among the same children, and the report says which import it used.
            let request = ReportRequest(snapshotID: summary.snapshotID, asOf: AnnexAFixture.asOf, previousSnapshotID: nil, includeChildRows: false)
            let (results, content) = try await pool.withConnection { connection in
                (
                    try await IndicatorsSection.results(IndicatorCatalogue.all, for: request, on: connection),
                    try await IndicatorsSection().content(for: request, on: connection)
                )
            }
            let notInSchool = try #require(results.first { $0.id == "not_in_school" })
            #expect(notInSchool.current?.total.numerator == (try onList.filter { try $0.decode(Bool.self, "open") }.count))
            #expect(content.summary?.hasSuffix("Children not attending school: counted against \(stored.citation).") == true)
            #expect(
                stored.citation.hasPrefix(
                    "local list 'children-not-in-school', import \(stored.id) (children_not_in_school.csv, \(ids.count) children, imported "))
        }
    }

    @Test("a snapshot uses the newest import drawn against it, else the newest tied to none; a list drawn against another snapshot never stands in")
    func whichImportServes() async throws {
        try await Self.withDatabase { pool, _ in
            let first = try await Self.snapshot(pool, asOf: "2026-10-20")
            let second = try await Self.snapshot(pool)
            func save(_ ids: [String], snapshot: Int? = nil, name: String = "children-not-in-school") async throws -> Int {
                try await LocalListImporter.store(ids, name: name, snapshotID: snapshot, source: "/tmp/list.csv", actor: "tester", pool: pool).id
            }
            let tiedToSecond = try await save(["A"], snapshot: second)
            #expect(try await Self.serving("children-not-in-school", first, pool) == nil)
            let untied = try await save(["A", "B", "A"])
            #expect(try await Self.serving("children-not-in-school", first, pool) == untied)
            #expect(try await Self.serving("children-not-in-school", second, pool) == tiedToSecond)
            let newerTied = try await save(["C"], snapshot: second)
            let newerUntied = try await save(["D"])
            #expect(try await Self.serving("children-not-in-school", second, pool) == newerTied)
            #expect(try await Self.serving("children-not-in-school", first, pool) == newerUntied)
            #expect(try await Self.serving("young-carers", first, pool) == nil)
            let all = try await pool.withConnection { try await LocalListStore.all(on: $0) }
            #expect(all.map(\.id) == [newerUntied, newerTied, untied, tiedToSecond])
            let members = try await pool.withConnection { try await LocalListStore.members(of: all[2], on: $0) }
            #expect(members == ["A", "B"] && all[2].children == 2)
            let events = try await pool.query("SELECT record_id, details::text FROM audit_events WHERE action = 'local_list.import' ORDER BY id")
            #expect(try events.map { try $0.decode(String.self, "record_id") } == [tiedToSecond, untied, newerTied, newerUntied].map(String.init))
            #expect(try events.allSatisfy { row in try !["\"A\"", "\"B\"", "\"C\"", "\"D\""].contains { try row.decode(String.self, "details").contains($0) } })
        }
    }

    @Test("a bad name or an unknown snapshot stores nothing")
    func refusals() async throws {
        try await Self.withDatabase { pool, _ in
            await #expect(throws: LocalListError("there is no snapshot 999; list them with: ilacs-admin snapshots")) {
                try await LocalListImporter.store(["A"], name: "children-not-in-school", snapshotID: 999, source: "x.csv", actor: "tester", pool: pool)
            }
            await #expect(throws: LocalListError("--name 'Not In School': use lower-case letters, digits and hyphens, e.g. children-not-in-school")) {
                try await LocalListImporter.store(["A"], name: "Not In School", snapshotID: nil, source: "x.csv", actor: "tester", pool: pool)
            }
            let imports = try await pool.query("SELECT count(*) FROM local_list_imports")[0].decode(Int.self, at: 0)
            let events = try await pool.query("SELECT count(*) FROM audit_events WHERE action = 'local_list.import'")[0].decode(Int.self, at: 0)
            #expect(imports == 0 && events == 0)
        }
    }

    @Test("the parser reads the Child Unique ID column in any spelling, or a single column, trimmed and distinct")
    func parsesGoodFiles() throws {
        #expect(try Self.parse("Name,child_unique_id\nx, C-2 \ny,C-1\nz,C-2\n") == ["C-1", "C-2"])
        #expect(try Self.parse("\u{FEFF}CHILD UNIQUE ID\r\nC-9\r\n\r\nC-3\r\n") == ["C-3", "C-9"])
        #expect(try Self.parse("ID\nC-5\n") == ["C-5"])
        #expect(try Self.parse("Child Unique ID\n") == [])
    }

    @Test(
        "a bad file names the row and column, never a child's id",
        arguments: [
            ("Child Unique ID,Name\nC-100,x\n,C-101\n", "list.csv, row 3: column `Child Unique ID` is blank; every row needs a child's id"),
            ("Child Unique ID,Name\nC-100,x\nC-101\nC-102,y\n\"\",z\n", "list.csv, row 5: column `Child Unique ID` is blank; every row needs a child's id"),
            ("Name,Child Unique ID\nC-100,C-101\nC-102\n", "list.csv, row 3: column `Child Unique ID` is blank; every row needs a child's id"),
            ("Name,Age\nC-100,4\n", "list.csv, row 1: no `Child Unique ID` column in the header; name the column of ids `Child Unique ID`"),
            ("Child Unique ID\nC-100\n\"C-101\n", "list.csv, row 3: a quoted field is not closed before the end of the file; check for a stray \" character")
        ])
    func badFiles(contents: String, message: String) throws {
        let error = #expect(throws: TabularError.self) { try Self.parse(contents) }
        #expect(error?.description == message)
        #expect(error.map { !$0.description.contains("C-1") } == true)
    }

    static func parse(_ contents: String) throws -> [String] {
        let folder = AnnexAFixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(contents.utf8).write(to: URL(fileURLWithPath: "\(folder)/list.csv"))
        return try LocalListParser.read(path: "\(folder)/list.csv")
    }

    @Test("a database migrated before the move keeps every local list: sampling's as lists tied to no snapshot, reporting's drawn against their snapshot")
    func migratedBeforeTheMove() async throws {
        // The grants on the lists' tables (kernel/0011) came after the move too.
        try await Self.withDatabase(including: { !(Self.added + ["kernel/0011_least_privilege"]).contains("\($0.owner)/\($0.id)") }) { pool, migrations in
            let snapshot = try await Self.snapshot(pool)
            // Rows as the two plugins' old commands wrote them.
            try await pool.query(
                """
                INSERT INTO local_lists (name, imported_at, imported_by, source_name, children)
                VALUES ('young-carers', '2026-01-05 10:00+00', 'sam', 'carers.csv', 2), ('children-not-in-school', '2026-01-06 10:00+00', 'sam', 'nis.csv', 1)
                """)
            try await pool.query(
                "INSERT INTO local_list_children (list_name, child_id) VALUES ('young-carers', 'Y1'), ('young-carers', 'Y2'), ('children-not-in-school', 'N1')")
            try await pool.query(
                """
                INSERT INTO reporting_local_lists (snapshot_id, source_name, children, imported_at, imported_by)
                VALUES ($1, 'attached.csv', 3, '2026-02-01 09:00+00', 'rita')
                """, [snapshot])
            try await pool.query("INSERT INTO reporting_children_not_in_school (snapshot_id, child_id) VALUES ($1, 'R1'), ($1, 'R2'), ($1, 'R3')", [snapshot])

            let outcome = try await pool.withConnection { try await Migrator().apply(migrations, on: $0) }
            #expect(outcome.applied.filter { $0 != "kernel/0011_least_privilege" } == Self.added)
            for old in ["local_lists", "local_list_children", "reporting_local_lists", "reporting_children_not_in_school"] {
                let dropped = try await pool.query("SELECT to_regclass($1) IS NULL", [old])[0].decode(Bool.self, at: 0)
                #expect(dropped, "\(old) is dropped")
            }
            let imports = try await pool.withConnection { try await LocalListStore.all(on: $0) }
            let described = imports.map {
                "\($0.name) \($0.snapshotID.map(String.init) ?? "any") \($0.sourceName) \($0.children) \($0.importedOn.iso) \($0.importedBy)"
            }
            #expect(
                described.sorted() == [
                    "children-not-in-school \(snapshot) attached.csv 3 2026-02-01 rita",
                    "children-not-in-school any nis.csv 1 2026-01-06 sam",
                    "young-carers any carers.csv 2 2026-01-05 sam"
                ])
            try await pool.withConnection { connection in
                let attached = try #require(try await LocalListStore.serving("children-not-in-school", snapshot: snapshot, on: connection))
                #expect(try await LocalListStore.members(of: attached, on: connection) == ["R1", "R2", "R3"])
                let carers = try #require(try await LocalListStore.serving("young-carers", snapshot: snapshot, on: connection))
                #expect(try await LocalListStore.members(of: carers, on: connection) == ["Y1", "Y2"])
            }
        }
    }
}
