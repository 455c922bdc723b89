import AnnexA
import CarerEngagement
import CaseAudits
import EvidenceSampling
import Foundation
import InspectionWeek
import Messaging
import PluginKit
import Postgres
import Reporting
import TestSupport
import Testing

/// The apps' database roles (kernel/0011 and each plugin's grants): connected as each role, what
/// it must not do is refused by the server (SQLSTATE 42501), and what its app does still works.
@Suite("Database roles of least privilege")
struct DatabaseRoleTests {
    /// Every plugin of every app, so every table and grant exists.
    static let plugins: [any Plugin] = [
        AnnexAPlugin(), EvidenceSamplingPlugin(), MessagingPlugin(), CarerEngagementPlugin(), ReportingPlugin(), CaseAuditsPlugin(),
        InspectionWeekPlugin()
    ]

    /// Runs `body` with a database migrated for every plugin and a connection to it as `role`.
    func connected<T>(as role: String, _ body: (PostgresConnection, PluginTestDatabase) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: Self.plugins) { database in
            let configuration = try PostgresConfiguration(connectionString: database.database.configuration.connectionString + " user='\(role)'")
            let connection: PostgresConnection
            do {
                connection = try await PostgresConnection.connect(configuration)
            } catch {
                throw TestSetupError("cannot log in as \(role) (\(error)); run docker/db-init/ilacs-roles.sh on the server (`make db` does)")
            }
            return try await body(connection, database)
        }
    }

    /// Expects `sql` to be refused for lack of privilege.
    func expectRefused(_ sql: String, on connection: PostgresConnection, sourceLocation: SourceLocation = #_sourceLocation) async {
        do {
            try await connection.executeScript(sql)
            Issue.record("allowed, but must be refused: \(sql)", sourceLocation: sourceLocation)
        } catch let error as PostgresError {
            #expect(error.sqlState == "42501", "\(sql): \(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(sql): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// The audit trail's protections, refused to any app role.
    func expectAuditTrailProtected(on connection: PostgresConnection) async {
        await expectRefused("ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain", on: connection)
        await expectRefused("ALTER TABLE audit_events DISABLE TRIGGER USER", on: connection)
        await expectRefused("DROP TRIGGER audit_events_append_only ON audit_events", on: connection)
        await expectRefused("UPDATE audit_events SET reason = 'x'", on: connection)
        await expectRefused("DELETE FROM audit_events", on: connection)
        await expectRefused("UPDATE audit_chain_head SET last_hash = ''", on: connection)
        await expectRefused("INSERT INTO audit_events (actor, action, record_type, occurred_at) VALUES ('a', 'b', 'c', now())", on: connection)
        await expectRefused("CREATE TABLE mine (x int)", on: connection)
    }

    @Test("the sampler's role cannot alter or disable the audit trigger, read the carers' tables, change a sample's picks, the workforce register or the week")
    func samplerRole() async throws {
        try await connected(as: "ilacs_sampler") { connection, _ in
            await expectAuditTrailProtected(on: connection)
            await expectRefused("SELECT * FROM carer_households", on: connection)
            await expectRefused("SELECT * FROM messaging_outbox", on: connection)
            await expectRefused("UPDATE sampling_picks SET rank = rank + 1", on: connection)
            await expectRefused("DELETE FROM sampling_picks", on: connection)
            await expectRefused("UPDATE sampling_manifests SET plan_text = ''", on: connection)
            await expectRefused("UPDATE people SET access_until = access_until + 365", on: connection)
            await expectRefused("SELECT annex_a_partition_drop(6, 1)", on: connection)
            // The workforce register: read for briefings, never changed; its versions not read.
            await expectRefused(
                "INSERT INTO workforce_staff (id, name, team, role, fte, agency, start_date, working_days) VALUES ('x', 'x', 't', 'iro', 1, false, '2026-01-01', '{1}')",
                on: connection)
            await expectRefused("UPDATE workforce_leave SET to_date = to_date + 1", on: connection)
            await expectRefused("DELETE FROM workforce_supervision", on: connection)
            await expectRefused("DELETE FROM workforce_training", on: connection)
            await expectRefused("SELECT * FROM workforce_imports", on: connection)
            _ = try await connection.query("SELECT count(*) FROM workforce_staff, workforce_leave, workforce_supervision, workforce_training")
            // The audit form adds grades and finishes audits; it never rewrites the history or a round.
            await expectRefused("UPDATE case_audit_grades SET grade = 0", on: connection)
            await expectRefused("DELETE FROM case_audit_grades", on: connection)
            await expectRefused("DELETE FROM case_audit_submissions", on: connection)
            await expectRefused("UPDATE case_audit_cases SET auditor_id = moderator_id", on: connection)
            await expectRefused("INSERT INTO case_audit_people (person_id, round_id, auditor_id) VALUES (1, 1, 'A1')", on: connection)
            // The week on site: the inspectors' own week is read, never planned, moved or answered.
            await expectRefused("UPDATE week_bookings SET inspector = 'x'", on: connection)
            await expectRefused("DELETE FROM week_conversations", on: connection)
            await expectRefused("INSERT INTO week_conversation_cases (conversation_id, case_key) VALUES (1, 'k')", on: connection)
            await expectRefused("UPDATE week_child_requests SET answer = 'agreed'", on: connection)
            await expectRefused("SELECT * FROM week_tracking", on: connection)
            // What the inspectors' pages and commands do.
            _ = try await connection.query("SELECT count(*) FROM week_conversations, week_conversation_cases, week_bookings, week_child_requests")
            _ = try await connection.query("SELECT count(*) FROM sampling_picks")
            _ = try await connection.query("SELECT count(*) FROM annex_a_list_6")
            _ = try await connection.query("SELECT id FROM sampling_samples WHERE id = 1 FOR UPDATE")
            _ = try await connection.query("SELECT count(*) FROM case_audit_case_grades")
            try await AuditLog.record(AuditEvent(actor: "inspector:1", action: "sample.view", recordType: "sampling_sample", recordID: "1"), on: connection)
        }
    }

    @Test("the mailer's role cannot queue or delete mail, read the households register, children's rows or people, or touch the audit trail")
    func mailerRole() async throws {
        try await connected(as: "ilacs_mailer") { connection, _ in
            await expectAuditTrailProtected(on: connection)
            await expectRefused("SELECT * FROM carer_households", on: connection)
            await expectRefused("SELECT * FROM annex_a_list_6", on: connection)
            await expectRefused("SELECT * FROM workforce_staff", on: connection)
            await expectRefused("SELECT * FROM people", on: connection)
            await expectRefused("SELECT * FROM audit_events", on: connection)
            await expectRefused("SELECT * FROM sampling_picks", on: connection)
            await expectRefused(
                "INSERT INTO messaging_outbox (owner, kind, dedupe_key, recipient, subject, text_body, html_body) VALUES ('x', 'x', 'x', 'a@b', 's', 't', 'h')",
                on: connection)
            await expectRefused("DELETE FROM messaging_outbox", on: connection)
            await expectRefused("DELETE FROM carer_replies", on: connection)
            await expectRefused("UPDATE carer_campaign_sessions SET capacity = capacity + 1", on: connection)
            // What the mailer and the reply pages do.
            _ = try await connection.query(
                "SELECT id, calendar_method, calendar_body FROM messaging_outbox WHERE state = 'queued' FOR UPDATE SKIP LOCKED")
            _ = try await connection.query("SELECT count(*) FROM carer_campaign_sessions")
            try await AuditLog.record(AuditEvent(actor: "carer:H1", action: "campaign.reply", recordType: "carer_campaign"), on: connection)
        }
    }

    @Test("the coordinators' role changes rows and loads Annex A partitions, but not tables or the audit trail")
    func adminRole() async throws {
        try await connected(as: "ilacs_admin") { connection, _ in
            await expectAuditTrailProtected(on: connection)
            await expectRefused("ALTER TABLE sampling_picks ADD COLUMN x int", on: connection)
            await expectRefused("DROP TABLE carer_households", on: connection)
            // An import's partition: made, loaded and attached through the owner's functions only.
            let snapshot = try await connection.query(
                "INSERT INTO annex_a_snapshots (as_of, imported_by, source_name, content_sha256, lenient) VALUES ('2026-01-01', 't', 's', 'h', false) RETURNING id"
            )[0].decode(Int.self, at: 0)
            try await connection.execute("SELECT annex_a_partition_create(8, $1)", [snapshot])
            await expectRefused("ALTER TABLE annex_a_list_8_s\(snapshot) ADD COLUMN x int", on: connection)
            try await connection.execute("SELECT annex_a_partition_attach(8, $1)", [snapshot])
            _ = try await connection.query("SELECT count(*) FROM annex_a_list_8 WHERE snapshot_id = $1", [snapshot])
            try await connection.execute("SELECT annex_a_partition_drop(8, $1)", [snapshot])
            do {
                try await connection.execute("SELECT annex_a_partition_create(12, 1)")
                Issue.record("a list that does not exist was accepted")
            } catch let error as PostgresError {
                #expect(error.sqlState == "22023")
            }
            _ = try await connection.query("SELECT count(*) FROM audit_events")
        }
    }

    @Test("ilacs-sampler serve and ilacs-mailer run refuse to start on a schema that is not current, saying to run migrate")
    func servicesRefuseStaleSchema() async throws {
        try await TestDatabase.with { database in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roles-\(database.name)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            for (app, command) in [("ilacs-sampler", "serve"), ("ilacs-mailer", "run")] {
                let run = try ServiceBinary.run(app, [command, "--port", "0"], database: database, folder: folder)
                #expect(run.status != 0)
                #expect(
                    run.stderr.hasPrefix("Error: the database schema is not current (")
                        && run.stderr.hasSuffix("migrations pending, the first kernel/0001_application_role); run `ilacs-admin migrate` first\n"),
                    "\(app) \(command): \(run.stderr)")
            }
        }
    }
}
