import Configuration
import Domain
import Foundation
import Postgres
import TestSupport
import Testing

@testable import PluginKit

@Suite("Audit log hash chain")
struct AuditChainTests {
    /// Runs `body` on a database migrated with the kernel's migrations, with a pool on it.
    func withLog<T>(_ body: (PostgresConnection, PostgresPool) async throws -> T) async throws -> T {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let host = try PluginHost(linked: [], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
            try await Migrator().apply(host.migrations, on: connection)
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 4)
            defer { pool.close() }
            return try await body(connection, pool)
        }
    }

    /// Records `count` events numbered from 1 in their details.
    func record(_ count: Int, on connection: PostgresConnection) async throws {
        for number in 1...count {
            try await AuditLog.record(
                AuditEvent(
                    actor: "coordinator", action: "sample.view", recordType: "sampling_sample",
                    recordID: String(number), reason: "check ✓", details: ["n": String(number)]), on: connection)
        }
    }

    /// Runs `statements` as a superuser would to hide a change: with the audit log's triggers off.
    func tamper(_ connection: PostgresConnection, _ statements: String...) async throws {
        try await connection.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
        for statement in statements { try await connection.execute(statement) }
        try await connection.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")
    }

    @Test("the database sets occurred_at itself, ignoring a time the caller gives")
    func databaseSetsTime() async throws {
        try await withLog { connection, _ in
            try await connection.execute("INSERT INTO audit_events (actor, action, record_type, occurred_at) VALUES ('a', 'x', 'r', '2001-01-01')")
            let row = try #require(try await connection.query("SELECT occurred_at > now() - interval '1 hour' AS recent FROM audit_events").single)
            #expect(try row.decode(Bool.self, "recent"))
        }
    }

    @Test("the application role may insert only the named columns: not the time, the id or the hashes")
    func applicationRoleInsertsNamedColumnsOnly() async throws {
        try await withLog { connection, _ in
            // The coordinators' role: a member of ilacs_app that may also read the log.
            try await connection.execute("SET ROLE ilacs_admin")
            try await AuditLog.record(
                AuditEvent(actor: "app", action: "sample.view", recordType: "sample", recordID: "1", reason: "r", details: ["k": "v"]), on: connection)
            for column in ["occurred_at", "hash", "previous_hash"] {
                let error = try await #require(throws: PostgresError.self, "\(column)") {
                    try await connection.execute("INSERT INTO audit_events (actor, action, record_type, \(column)) VALUES ('app', 'x', 'r', NULL)")
                }
                #expect(error.sqlState == "42501")
            }
            let head = try await #require(throws: PostgresError.self) { try await connection.execute("UPDATE audit_chain_head SET last_id = 0") }
            #expect(head.sqlState == "42501")
            #expect(try #require(try await connection.query("SELECT count(*) FROM audit_events").single).decode(Int.self, at: 0) == 1)
        }
    }

    @Test("each event's hash chains to the one before it, and verify says the log is intact")
    func intactChain() async throws {
        try await withLog { connection, pool in
            #expect(try await AuditChain.verify(pool: pool).summary == "audit log intact: 0 events, last hash \(AuditChain.genesis)")
            try await record(5, on: connection)
            let rows = try await connection.query("SELECT id, previous_hash, hash FROM audit_events ORDER BY id")
            #expect(try rows.map { try $0.decode(Int.self, "id") } == [1, 2, 3, 4, 5])
            #expect(try rows[0].decode(String.self, "previous_hash") == AuditChain.genesis)
            for index in 1..<rows.count {
                #expect(try rows[index].decode(String.self, "previous_hash") == rows[index - 1].decode(String.self, "hash"))
            }
            let report = try await AuditChain.verify(pool: pool, batchSize: 2)
            let last = try rows[4].decode(String.self, "hash")
            #expect(report == AuditChainReport(events: 5, lastHash: last, problem: nil))
            #expect(report.summary == "audit log intact: 5 events, last hash \(last)")
        }
    }

    @Test("concurrent writers queue on the chain head and never fork the chain")
    func concurrentWriters() async throws {
        try await withLog { _, pool in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        for number in 0..<10 {
                            try await pool.transaction { connection in
                                try await AuditLog.record(
                                    AuditEvent(actor: "w\(writer)", action: "x", recordType: "r", recordID: String(number)), on: connection)
                                try await connection.execute("SELECT pg_sleep(0.001)")
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let report = try await AuditChain.verify(pool: pool)
            #expect(report.isIntact, "\(report.summary)")
            #expect(report.events == 40)
        }
    }

    @Test("a rolled-back event leaves a gap in the ids but no break in the chain")
    func rolledBackEvent() async throws {
        struct Abort: Error {}
        try await withLog { connection, pool in
            try await record(1, on: connection)
            await #expect(throws: Abort.self) {
                try await connection.transaction { connection in
                    try await AuditLog.record(AuditEvent(actor: "a", action: "x", recordType: "r"), on: connection)
                    throw Abort()
                }
            }
            try await record(1, on: connection)
            #expect(try await connection.query("SELECT id FROM audit_events ORDER BY id").map { try $0.decode(Int.self, "id") } == [1, 3])
            #expect(try await AuditChain.verify(pool: pool).isIntact)
        }
    }

    @Test("verify names a row whose details a superuser altered")
    func alteredRow() async throws {
        try await withLog { connection, pool in
            try await record(5, on: connection)
            try await tamper(connection, #"UPDATE audit_events SET details = '{"n": "33"}' WHERE id = 3"#)
            let report = try await AuditChain.verify(pool: pool)
            #expect(report.problem?.kind == .altered)
            #expect(report.summary == "audit log broken at row 3 (altered): its hash does not match its contents (altered, or written around the chain)")
            #expect(report.events == 2)
        }
    }

    @Test("verify names the row after one a superuser removed from the middle, and a removed last row")
    func removedRows() async throws {
        try await withLog { connection, pool in
            try await record(5, on: connection)
            try await tamper(connection, "DELETE FROM audit_events WHERE id = 3")
            let middle = try await AuditChain.verify(pool: pool)
            #expect(middle.problem?.kind == .removed)
            #expect(
                middle.summary
                    == "audit log broken at row 4 (removed): it does not link to row 2 before it: a row between them was removed, or row 2 was replaced")
            try await tamper(connection, "DELETE FROM audit_events WHERE id >= 4")
            let last = try await AuditChain.verify(pool: pool)
            #expect(last.problem == AuditChainProblem(.removed, rowID: 5, "the last row written is missing: rows after row 2 were removed"))
            try await tamper(connection, "DELETE FROM audit_events WHERE id = 1")
            #expect(
                try await AuditChain.verify(pool: pool).summary
                    == "audit log broken at row 2 (removed): it does not link to the start of the chain: a row before it was removed")
        }
    }

    @Test("verify names a row a superuser inserted out of order, even with a hash chained to the row before it")
    func insertedOutOfOrder() async throws {
        struct Abort: Error {}
        try await withLog { connection, pool in
            try await record(2, on: connection)
            // A rolled-back event leaves id 3 free for a forger.
            await #expect(throws: Abort.self) {
                try await connection.transaction { connection in
                    try await record(1, on: connection)
                    throw Abort()
                }
            }
            try await record(2, on: connection)
            try await tamper(
                connection,
                """
                INSERT INTO audit_events (id, occurred_at, actor, action, record_type, previous_hash, hash) OVERRIDING SYSTEM VALUE
                VALUES (3, now(), 'someone', 'sample.view', 'sampling_sample', (SELECT hash FROM audit_events WHERE id = 2), '')
                """, "UPDATE audit_events SET hash = audit_events_hash(audit_events) WHERE id = 3")
            let report = try await AuditChain.verify(pool: pool)
            #expect(report.problem?.kind == .insertedOutOfOrder)
            #expect(report.summary == "audit log broken at row 3 (inserted out of order): row 4 after it links to row 2 before it")
        }
    }

    @Test("verify names rows a superuser appended around the chain, with or without a valid hash")
    func appendedAroundTheChain() async throws {
        try await withLog { connection, pool in
            try await record(3, on: connection)
            try await tamper(
                connection,
                """
                INSERT INTO audit_events (id, occurred_at, actor, action, record_type, previous_hash, hash) OVERRIDING SYSTEM VALUE
                VALUES (100, now(), 'someone', 'x', 'r', (SELECT hash FROM audit_events WHERE id = 3), '')
                """)
            #expect(
                try await AuditChain.verify(pool: pool).problem
                    == AuditChainProblem(
                        .altered, rowID: 100, "its hash does not match its contents (altered, or written around the chain)"))
            try await tamper(connection, "UPDATE audit_events SET hash = audit_events_hash(audit_events) WHERE id = 100")
            #expect(
                try await AuditChain.verify(pool: pool).problem
                    == AuditChainProblem(
                        .insertedOutOfOrder, rowID: 100, "the chain's last link is row 3: this row and those after it were written around the chain"))
        }
    }

    /// The schema before the chain: without it, the grants that came after it, and what replaces
    /// their functions.
    static func beforeTheChain(_ migration: Migration) -> Bool {
        ![
            "0010_audit_chain", "0011_least_privilege", "0012_annex_a_partition_functions", "0025_rehearsals", "0035_workforce_register",
            "0045_annex_a_identifier_index", "0046_annex_a_partition_loading"
        ]
        .contains(migration.id)
    }

    @Test("the migration chains the events written before it, in id order")
    func migrationChainsExistingEvents() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let host = try PluginHost(linked: [], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
            #expect(host.migrations.contains { $0.id == "0010_audit_chain" })
            try await Migrator().apply(host.migrations.filter(Self.beforeTheChain), on: connection)
            try await connection.execute(
                """
                INSERT INTO audit_events (actor, action, record_type, record_id, details)
                SELECT 'old', 'sample.view', 'sampling_sample', n::text, jsonb_build_object('n', n::text) FROM generate_series(1, 7) n
                """)
            try await Migrator().apply(host.migrations, on: connection)
            try await AuditLog.record(AuditEvent(actor: "new", action: "x", recordType: "r"), on: connection)
            let pool = PostgresPool(configuration: database.configuration, maxConnections: 1)
            defer { pool.close() }
            let report = try await AuditChain.verify(pool: pool)
            #expect(report.isIntact, "\(report.summary)")
            #expect(report.events == 8)
        }
    }

    @Test("show returns the latest events matching action, actor and day, oldest first, details as text")
    func showFilters() async throws {
        try await withLog { connection, pool in
            try await record(3, on: connection)
            try await AuditLog.record(AuditEvent(actor: "inspector", action: "sample.child_view", recordType: "sampling_sample", recordID: "1"), on: connection)
            let latest = try await AuditLog.events(.init(limit: 2), pool: pool)
            #expect(latest.map(\.id) == [3, 4])
            #expect(latest[0].event.details == ["n": "3"] && latest[0].event.reason == "check ✓" && latest[0].record == "sampling_sample 3")
            #expect(try await AuditLog.events(.init(actor: "inspector"), pool: pool).map(\.event.action) == ["sample.child_view"])
            #expect(try await AuditLog.events(.init(action: "sample.view"), pool: pool).map(\.id) == [1, 2, 3])
            #expect(try await AuditLog.events(.init(since: .today), pool: pool).count == 4)
            #expect(try await AuditLog.events(.init(since: CalendarDate.today.adding(days: 1)), pool: pool).isEmpty)
        }
    }
}
