import Postgres
import TestSupport
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Boom: Error {}

    @Test("a transaction rolls back everything when its body throws")
    func rollbackOnThrow() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE t (n int)")
            await #expect(throws: Boom.self) {
                try await connection.transaction { connection in
                    try await connection.execute("INSERT INTO t VALUES ($1)", [1])
                    try await connection.execute("INSERT INTO t VALUES ($1)", [2])
                    throw Boom()
                }
            }
            let count = try #require(try await connection.query("SELECT count(*) FROM t").single)
            #expect(try count.decode(Int.self, at: 0) == 0)
            // The connection is usable again afterwards.
            _ = try await connection.transaction { connection in
                try await connection.execute("INSERT INTO t VALUES ($1)", [3])
            }
            #expect(try #require(try await connection.query("SELECT sum(n) FROM t").single).decode(Int.self, at: 0) == 3)
        }
    }

    @Test("a failing statement inside a transaction rolls back the earlier ones")
    func rollbackOnServerError() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE t (n int PRIMARY KEY)")
            let error = try await #require(throws: PostgresError.self) {
                try await connection.transaction { connection in
                    try await connection.execute("INSERT INTO t VALUES (1)")
                    try await connection.execute("INSERT INTO t VALUES (1)")
                }
            }
            #expect(error.isUniqueViolation)
            #expect(try #require(try await connection.query("SELECT count(*) FROM t").single).decode(Int.self, at: 0) == 0)
        }
    }
}
