import Postgres
import TestSupport
import Testing

@Suite("Migrations")
struct MigratorTests {
    let migrations = [
        Migration(owner: "test", id: "0001_people", sql: "CREATE TABLE people (id int PRIMARY KEY)"),
        Migration(owner: "test", id: "0002_pets", sql: "CREATE TABLE pets (id int); CREATE INDEX pets_id ON pets (id)")
    ]

    @Test("applying twice is a no-op the second time")
    func idempotent() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let first = try await Migrator().apply(migrations, on: connection)
            #expect(first.applied == ["test/0001_people", "test/0002_pets"])
            let second = try await Migrator().apply(migrations, on: connection)
            #expect(second.applied.isEmpty)
            #expect(second.alreadyApplied == 2)
        }
    }

    @Test("a migration changed after it was applied is refused and nothing new runs")
    func checksumMismatch() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await Migrator().apply([migrations[0]], on: connection)
            let changed = Migration(owner: "test", id: "0001_people", sql: "CREATE TABLE people (id bigint PRIMARY KEY)")
            let error = try await #require(throws: PostgresError.self) {
                try await Migrator().apply([changed, migrations[1]], on: connection)
            }
            #expect(error.code == .migrationChanged)
            #expect(error.description.contains("test/0001_people"))
            let pets = try #require(try await connection.query("SELECT to_regclass('pets') IS NULL").single)
            #expect(try pets.decode(Bool.self, at: 0))
        }
    }

    @Test("a failing migration leaves the schema as it was")
    func failureIsAtomic() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let broken = Migration(owner: "test", id: "0003_broken", sql: "CREATE TABLE x (id int); SELECT no_such_function()")
            await #expect(throws: PostgresError.self) { try await Migrator().apply(migrations + [broken], on: connection) }
            let people = try #require(try await connection.query("SELECT to_regclass('people') IS NULL").single)
            #expect(try people.decode(Bool.self, at: 0))
        }
    }

    @Test("two migrators started at once apply each migration exactly once")
    func concurrentMigrators() async throws {
        try await TestDatabase.with { database in
            let outcomes = try await withThrowingTaskGroup(of: Migrator.Outcome.self) { group in
                for _ in 1...2 {
                    group.addTask {
                        let connection = try await database.connect()
                        return try await Migrator().apply(migrations, on: connection)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.map(\.applied.count).sorted() == [0, 2])
            let connection = try await database.connect()
            let recorded = try #require(try await connection.query("SELECT count(*) FROM ilacs_migrations").single)
            #expect(try recorded.decode(Int.self, at: 0) == 2)
        }
    }
}
