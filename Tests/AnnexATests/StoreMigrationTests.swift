import AnnexAStore
import Configuration
import Domain
import PluginKit
import Postgres
import Testing

@testable import AnnexA

@Suite("The Annex A store in the kernel")
struct StoreMigrationTests {
    @Test("a database migrated before the store moved into the kernel takes the new migrations and keeps its snapshots")
    func migratedBeforeTheMove() async throws {
        try await AnnexAFixture.with { fixture in
            let summary = try await fixture.importedSnapshot()
            let rows = try await fixture.count("annex_a_list_8")
            // Put the migration record back as it was when the AnnexA plugin created these tables.
            try await fixture.pool.query(
                """
                DELETE FROM ilacs_migrations
                WHERE (owner, id) IN (('kernel', '0004_annex_a_snapshots'), ('kernel', '0005_annex_a_lists'), ('AnnexA', '0003_import_findings'))
                """)
            try await fixture.pool.query(
                """
                INSERT INTO ilacs_migrations (owner, id, checksum)
                VALUES ('AnnexA', '0001_snapshots', 'recorded-before'), ('AnnexA', '0002_lists', 'recorded-before')
                """)
            let host = try PluginHost(linked: [AnnexAPlugin()], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
            let outcome = try await fixture.pool.withConnection { try await Migrator().apply(host.migrations, on: $0) }
            #expect(outcome.applied == ["kernel/0004_annex_a_snapshots", "kernel/0005_annex_a_lists", "AnnexA/0003_import_findings"])
            #expect(try await fixture.count("annex_a_list_8") == rows)
            let latest = try await fixture.pool.withConnection { try await AnnexASnapshot.latest(on: $0) }
            #expect(latest?.id == summary.snapshotID)
        }
    }

    @Test("the read API gives the latest snapshot, the one before it, and one child's rows in Ofsted's form")
    func readAPI() async throws {
        try await AnnexAFixture.with { fixture in
            let first = try await fixture.importedSnapshot()
            let childID = try await fixture.pool.query("SELECT child_id FROM annex_a_list_8 ORDER BY row_number LIMIT 1")[0].decode(String.self, at: 0)
            try await fixture.pool.withConnection { connection in
                let snapshot = try #require(try await AnnexASnapshot.find(first.snapshotID, on: connection))
                #expect(snapshot == (try await AnnexASnapshot.latest(on: connection)))
                #expect(snapshot.contentSHA256 == first.contentSHA256)
                #expect(try await snapshot.previous(on: connection) == nil)
                #expect(try await AnnexASnapshot.find(first.snapshotID + 1, on: connection) == nil)
                let rows = try await AnnexAChildRow.all(of: childID, snapshot: snapshot.id, on: connection)
                let inCare = try #require(rows.first { $0.list == .childrenInCare })
                #expect(inCare.values.count == AnnexAList.childrenInCare.columns.count)
                let cells = inCare.ofstedCells
                #expect(cells.map(\.heading) == AnnexAList.childrenInCare.columns.map(\.heading))
                // Dates are written DD/MM/YYYY, codes as `a) CODE: label`-style text where the code set has one.
                let birth = try #require(cells.first { $0.heading.lowercased().contains("date of birth") })
                #expect(birth.value.range(of: #"^\d{2}/\d{2}/\d{4}$"#, options: .regularExpression) != nil)
            }
        }
    }
}
