import PluginKit
import Postgres
import TestSupport
import Testing

@Suite("Ending a rehearsal counts each plugin's rows under its own label")
struct RehearsalRecordsTests {
    @Test("two plugins' deleting records are counted apart, not one over the other")
    func countsByLabel() async throws {
        try await PluginTestDatabase.with(plugins: []) { database in
            let removed = try await database.pool.transaction { connection in
                try await connection.executeScript(
                    """
                    CREATE TEMP TABLE first_rows (inspection int); CREATE TEMP TABLE second_rows (inspection int);
                    INSERT INTO first_rows VALUES (7), (7), (7), (8); INSERT INTO second_rows VALUES (7), (7);
                    """)
                return try await Rehearsals.discard(
                    7,
                    plugins: [
                        DeletingRehearsalRecords(label: "sampling", ["DELETE FROM first_rows WHERE inspection = $1"]),
                        DeletingRehearsalRecords(label: "carers", ["DELETE FROM second_rows WHERE inspection = $1"])
                    ], on: connection)
            }
            #expect(removed == ["sampling": 3, "carers": 2, "kernel": 0])
        }
    }
}
