import Postgres
import TestSupport
import Testing

@Suite("Scripts started without waiting")
struct PendingScriptTests {
    @Test("a started script runs before the COPY handed over after it, whose rows are written meanwhile")
    func runsInOrder() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let created = connection.startScript("CREATE TABLE later (n int); SELECT pg_sleep(0.2)")
            let loaded = try await connection.copy(into: "later", columns: ["n"], types: [.integer]) { writer in
                for number in 1...50_000 {
                    writer.field(number)
                    try await writer.endRow()
                }
            }
            try await created.finished()
            #expect(loaded == 50_000)
            #expect(try #require(try await connection.query("SELECT sum(n) FROM later").single).decode(Int.self, at: 0) == 1_250_025_000)
        }
    }

    @Test("awaiting a started script waits until it has run, and then throws its failure")
    func awaitedWhileRunning() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let clock = ContinuousClock()
            let start = clock.now
            try await connection.startScript("SELECT pg_sleep(0.3)").finished()
            #expect(clock.now - start >= .milliseconds(300))
            let failure = try await #require(throws: PostgresError.self) {
                try await connection.startScript("SELECT pg_sleep(0.2); SELECT 1 / 0").finished()
            }
            #expect(failure.sqlState == "22012")
        }
    }

    @Test("a started script's failure is thrown when awaited, and what followed it in the transaction fails too")
    func failureReported() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE t (n int)")
            var pending: PendingScript?
            await #expect(throws: PostgresError.self) {
                try await connection.transaction { connection in
                    pending = connection.startScript("SELECT 1 / 0")
                    try await connection.copy(into: "t", columns: ["n"]) { writer in
                        writer.field(1)
                        try await writer.endRow()
                    }
                }
            }
            let failure = try await #require(throws: PostgresError.self) { try await pending?.finished() }
            #expect(failure.sqlState == "22012")
            #expect(try #require(try await connection.query("SELECT count(*) FROM t").single).decode(Int.self, at: 0) == 0)
        }
    }
}
