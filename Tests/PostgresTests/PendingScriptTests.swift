import Postgres
import TestSupport
import Testing

@Suite("Scripts and COPYs started without waiting")
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

    @Test(
        "a started COPY returns once its rows are written, before the server has them; what follows runs after it and sees them, and the next COPY's rows are written meanwhile"
    )
    func startedCopy() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.executeScript("CREATE TABLE first (n int); CREATE TABLE second (n int)")
            try await connection.transaction { connection in
                let slow = connection.startScript("SELECT pg_sleep(0.3)")
                let clock = ContinuousClock()
                let start = clock.now
                let first = try await connection.startCopy(into: "first", columns: ["n"], types: [.integer]) { writer in
                    for number in 1...1_000 {
                        writer.field(number)
                        try await writer.endRow()
                    }
                }
                #expect(clock.now - start < .milliseconds(300))
                let counted = connection.startScript("CREATE TABLE counted AS SELECT count(*) AS n FROM first")
                let second = try await connection.startCopy(into: "second", columns: ["n"], types: [.integer]) { writer in
                    for number in 1...50_000 {
                        writer.field(number)
                        try await writer.endRow()
                    }
                }
                for pending in [slow, first, counted, second] { try await pending.finished() }
            }
            #expect(try #require(try await connection.query("SELECT n FROM counted").single).decode(Int.self, at: 0) == 1_000)
            #expect(try #require(try await connection.query("SELECT sum(n) FROM second").single).decode(Int.self, at: 0) == 1_250_025_000)
        }
    }

    @Test("a started COPY whose data the server refuses throws when awaited, naming the line but not the value; nothing of it is kept")
    func startedCopyRefused() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE t (n int)")
            var pending: PendingScript?
            let failure = try await #require(throws: PostgresError.self) {
                try await connection.transaction { connection in
                    let copy = try await connection.startCopy(into: "t", columns: ["n"]) { writer in
                        writer.field("1")
                        try await writer.endRow()
                        writer.field("Jane Smith")
                        try await writer.endRow()
                    }
                    pending = copy
                    try await copy.finished()
                }
            }
            #expect(failure.code == .copyFailed)
            #expect(failure.description.contains("line 2"))
            #expect(!failure.description.contains("Jane"))
            await #expect(throws: PostgresError.self) { try await pending?.finished() }
            #expect(try #require(try await connection.query("SELECT count(*) FROM t").single).decode(Int.self, at: 0) == 0)
        }
    }

    @Test(
        "a started COPY queued behind longer work returns once its rows are written, even when it cannot start; its failure is thrown when awaited and the connection stays usable"
    )
    func startedCopyThatCannotStart() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            var copy: PendingScript?
            let failure = try await #require(throws: PostgresError.self) {
                try await connection.transaction { connection in
                    let slow = connection.startScript("SELECT pg_sleep(0.3)")
                    copy = try await connection.startCopy(into: "missing", columns: ["n"], types: [.integer]) { writer in
                        writer.field(1)
                        try await writer.endRow()
                    }
                    try await slow.finished()
                    try await copy?.finished()
                }
            }
            #expect(copy != nil)
            #expect(failure.sqlState == "42P01")
            #expect(try #require(try await connection.query("SELECT 1").single).decode(Int.self, at: 0) == 1)
        }
    }
}
