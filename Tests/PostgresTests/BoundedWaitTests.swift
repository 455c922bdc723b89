import Postgres
import TestSupport
import Testing

/// Every wait on the database has an end: for a connection of the pool, for the server to
/// answer a connection, for a statement.
@Suite("Bounded database waits")
struct BoundedWaitTests {
    @Test("a task that finds every connection lent out gets a one-line 'pool exhausted' error after the pool's wait", .timeLimit(.minutes(1)))
    func poolWaitIsBounded() async throws {
        try await TestDatabase.with { database in
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 1, waitLimit: .milliseconds(300))
            defer { pool.close() }
            let holder = Task { try await pool.withConnection { connection in try await connection.query("SELECT pg_sleep(3)") } }
            try await Task.sleep(for: .milliseconds(200))
            let start = ContinuousClock.now
            let error = try await #require(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error.code == .poolExhausted)
            #expect(error.message.hasPrefix("no database connection came free within 0 s (all 1 in use)"))
            #expect(ContinuousClock.now - start < .seconds(2))
            _ = try await holder.value
            // The connection came back: the pool answers again.
            #expect(try #require(try await pool.query("SELECT 1").single).decode(Int.self, at: 0) == 1)
        }
    }

    @Test("a statement longer than the statement timeout is cancelled by the server", .timeLimit(.minutes(1)))
    func statementTimeout() async throws {
        try await TestDatabase.with { database in
            let configuration = database.configuration.bounded(connectTimeoutSeconds: 5, statementTimeoutSeconds: 1)
            let connection = try await PostgresConnection.connect(configuration)
            let error = try await #require(throws: PostgresError.self) { try await connection.query("SELECT pg_sleep(5)") }
            #expect(error.sqlState == "57014")
            #expect(try #require(try await connection.query("SHOW statement_timeout").single).decode(String.self, at: 0) == "1s")
        }
    }

    @Test("limits the connection string sets itself are kept; the defaults fill in the rest")
    func connectionStringWins() async throws {
        let own = try PostgresConfiguration(connectionString: "host=127.0.0.1 dbname=x connect_timeout=3 options='-c statement_timeout=5s'")
            .bounded(connectTimeoutSeconds: 10, statementTimeoutSeconds: 120)
        #expect(own.connectionString == "connect_timeout='3' dbname='x' host='127.0.0.1' options='-c statement_timeout=5s'")
        let filled = try PostgresConfiguration(connectionString: "postgresql://app@127.0.0.1:5432/x?options=-c%20search_path%3Dpublic")
            .bounded(connectTimeoutSeconds: 10, statementTimeoutSeconds: 120)
        #expect(
            filled.connectionString
                == "connect_timeout='10' dbname='x' host='127.0.0.1' options='-c search_path=public -c statement_timeout=120s' port='5432' user='app'")
    }
}
