import Postgres
import TestSupport
import Testing

@Suite("Connection pool")
struct PoolTests {
    @Test("50 concurrent tasks share a pool of 4 without leaking or deadlocking", .timeLimit(.minutes(5)))
    func fiftyTasksOverFour() async throws {
        try await TestDatabase.with { database in
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 4)
            defer { pool.close() }
            let total = try await withThrowingTaskGroup(of: Int.self) { group in
                for task in 1...50 {
                    group.addTask {
                        try await pool.withConnection { connection in
                            let row = try #require(try await connection.query("SELECT $1::int, pg_sleep(0.01)", [task]).single)
                            return try row.decode(Int.self, at: 0)
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(total == 1275)
            #expect(pool.openConnections <= 4)
            #expect(pool.idleConnections == pool.openConnections)
            let sessions = try #require(
                try await pool.query(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                ).single)
            #expect(try sessions.decode(Int.self, at: 0) <= 4)
        }
    }

    @Test("a task that throws returns its connection to the pool", .timeLimit(.minutes(5)))
    func throwingBorrowerReturnsConnection() async throws {
        struct Oops: Error {}
        try await TestDatabase.with { database async throws in
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 1)
            defer { pool.close() }
            for _ in 1...5 {
                await #expect(throws: Oops.self) {
                    try await pool.withConnection { _ in throw Oops() }
                }
            }
            #expect(try #require(try await pool.query("SELECT 1").single).decode(Int.self, at: 0) == 1)
        }
    }

    @Test("after the server is killed and restarted, the next query succeeds", .timeLimit(.minutes(5)))
    func reconnectsAfterRestart() async throws {
        let server = try await ScratchServer.start()
        let pool = PostgresPool(configuration: try PostgresConfiguration(connectionString: server.url), maxConnections: 2)
        #expect(try #require(try await pool.query("SELECT 1").single).decode(Int.self, at: 0) == 1)
        try await server.kill()
        try await server.restart()
        #expect(try #require(try await pool.query("SELECT 2").single).decode(Int.self, at: 0) == 2)
        pool.close()
        try await server.destroy()
    }
}
