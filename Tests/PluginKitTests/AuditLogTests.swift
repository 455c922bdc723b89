import PluginKit
import Postgres
import TestSupport
import Testing

@Suite("Audit log")
struct AuditLogTests {
    /// A database with the kernel's migrations applied.
    func migrated(_ database: TestDatabase) async throws -> PostgresConnection {
        let connection = try await database.connect()
        let host = try PluginHost(linked: [], configuration: configuration([:]))
        try await Migrator().apply(host.migrations, on: connection)
        return connection
    }

    @Test("an event is written inside the caller's transaction and rolls back with it")
    func eventFollowsTransaction() async throws {
        struct Abort: Error {}
        try await TestDatabase.with { database in
            let connection = try await migrated(database)
            let event = AuditEvent(
                actor: "coordinator", action: "snapshot.delete", recordType: "snapshot", recordID: "7", reason: "wrong file", details: ["rows": "120"])
            try await connection.transaction { connection in try await AuditLog.record(event, on: connection) }
            await #expect(throws: Abort.self) {
                try await connection.transaction { connection in
                    try await AuditLog.record(event, on: connection)
                    throw Abort()
                }
            }
            let row = try #require(
                try await connection.query(
                    "SELECT count(*), min(actor), min(details->>'rows') FROM audit_events"
                ).single)
            #expect(try row.decode(Int.self, at: 0) == 1)
            #expect(try row.decode(String.self, at: 1) == "coordinator")
            #expect(try row.decode(String.self, at: 2) == "120")
        }
    }

    @Test("the database refuses UPDATE, DELETE and TRUNCATE on the audit log, even for its owner")
    func appendOnlyForOwner() async throws {
        try await TestDatabase.with { database in
            let connection = try await migrated(database)
            try await AuditLog.record(AuditEvent(actor: "a", action: "x", recordType: "r"), on: connection)
            for statement in ["UPDATE audit_events SET actor = 'b'", "DELETE FROM audit_events", "TRUNCATE audit_events"] {
                let error = try await #require(throws: PostgresError.self) { try await connection.execute(statement) }
                #expect(error.sqlState == "42501", "\(statement)")
                #expect(error.message.contains("append-only"))
            }
        }
    }

    @Test("the application role may insert audit events, the coordinators' role read them, and no grant changes them")
    func appendOnlyForApplicationRole() async throws {
        try await TestDatabase.with { database in
            let connection = try await migrated(database)
            // The coordinators' role: a member of ilacs_app that may also read the log.
            try await connection.execute("SET ROLE ilacs_admin")
            try await AuditLog.record(AuditEvent(actor: "app", action: "sample.view", recordType: "sample"), on: connection)
            #expect(try #require(try await connection.query("SELECT count(*) FROM audit_events").single).decode(Int.self, at: 0) == 1)
            for statement in ["UPDATE audit_events SET actor = 'b'", "DELETE FROM audit_events"] {
                let error = try await #require(throws: PostgresError.self) { try await connection.execute(statement) }
                #expect(error.sqlState == "42501")
                #expect(error.message.contains("permission denied"))
            }
        }
    }
}
