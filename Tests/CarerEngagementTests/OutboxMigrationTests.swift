import Configuration
import Messaging
import PluginKit
import Postgres
import TestSupport
import Testing

@testable import CarerEngagement

@Suite("Upgrading: the carer outbox and suppression list move into the Messaging tables")
struct OutboxMigrationTests {
    /// Every column of an old outbox row, as one line, for comparing before and after.
    static let everyColumn = """
        SELECT concat_ws('|', id, kind, state, recipient, subject, text_body, html_body, attempts, next_attempt_at, lease_expires_at,
                         leased_by, data_sent_at, last_reply, queued_at, sent_at, resolved_by, resolution) AS line
        """

    @Test("every old row moves with its id, state, attempts, timestamps and replies; status, suppression and dedupe keys carry on")
    func movesEverything() async throws {
        try await TestDatabase.with { database in
            let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: ["MAIL_REPLY_KEY": CarerFixture.replyKey]))
            let host = try PluginHost(linked: [MessagingPlugin(), CarerEngagementPlugin()], configuration: configuration)
            let connection = try await database.connect()
            // The schema as it was before Messaging existed.
            try await Migrator().apply(host.migrations.filter { $0.owner != MessagingSchema.owner && $0.id != "0003_outbox_to_messaging" }, on: connection)
            try await connection.executeScript(
                """
                INSERT INTO carer_households (id, carer_names, email, approval_status, type, consent_to_email) VALUES
                    ('H1', 'Ann', 'ann@example.org', 'approved', 'mainstream', true), ('H2', 'Bob', 'bob@example.org', 'approved', 'mainstream', true),
                    ('H3', 'Cat', 'cat@example.org', 'approved', 'kinship', true);
                INSERT INTO carer_suppressions (household_id, reason, note, created_by) VALUES ('H3', 'manual', 'asked by phone', 'coordinator');
                INSERT INTO inspections (type, created_by) VALUES ('short', 'tester');
                INSERT INTO carer_campaigns (inspection_id, template_source, templates, created_by) VALUES (1, 'test', '{}', 'coordinator');
                INSERT INTO carer_outbox (campaign_id, household_id, kind, state, recipient, subject, text_body, html_body, attempts,
                                          data_sent_at, last_reply, sent_at, resolved_by, resolution) VALUES
                    (1, 'H1', 'invitation', 'sent', 'ann@example.org', 'S', 'T', '<p>H</p>', 1, now(), '250 2.0.0 OK', now(), NULL, NULL),
                    (1, 'H2', 'invitation', 'ambiguous', 'bob@example.org', 'S', 'T', '<p>H</p>', 1, now(), 'connection lost after the final dot', NULL, NULL, NULL),
                    (1, 'H3', 'invitation', 'suppressed', 'cat@example.org', 'S', 'T', '<p>H</p>', 0, NULL, 'suppressed before sending', NULL, NULL, NULL),
                    (1, 'H1', 'reminder', 'queued', 'ann@example.org', 'R', 'T', '<p>H</p>', 2, NULL, '451 4.3.0 later', NULL, 'c', 'resend');
                """)
            let before = try await connection.query(Self.everyColumn + " FROM carer_outbox ORDER BY id").map { try $0.decode(String.self, "line") }

            let outcome = try await Migrator().apply(host.migrations, on: connection)
            #expect(
                outcome.applied == [
                    "Messaging/0001_outbox_and_suppressions", "Messaging/0002_mailer_grants", "Messaging/0003_rehearsal_messages",
                    "Messaging/0004_calendar_parts", "CarerEngagement/0003_outbox_to_messaging"
                ])
            #expect(try await connection.query(Self.everyColumn + " FROM messaging_outbox ORDER BY id").map { try $0.decode(String.self, "line") } == before)
            #expect(
                try await connection.query("SELECT to_regclass('carer_outbox') IS NULL AND to_regclass('carer_suppressions') IS NULL AS gone")[0].decode(
                    Bool.self, "gone"))
            let first = try #require(
                try await connection.query("SELECT owner, dedupe_key, group_id, suppression_key FROM messaging_outbox WHERE id = 1").single)
            #expect(try first.decode(String.self, "owner") == CarerEngagementPlugin.pluginName)
            #expect(try first.decode(String.self, "dedupe_key") == Campaign.dedupeKey(campaignID: 1, householdID: "H1", kind: .invitation))
            #expect(try first.decode(String.self, "group_id") == Campaign.messageGroup(1))
            #expect(try first.decode(String.self, "suppression_key") == "H1")

            let pool = PostgresPool(configuration: database.configuration, maxConnections: 2)
            defer { pool.close() }
            let status = try await CampaignStatus.load(1, pool: pool)
            #expect(status.outbox == ["invitation": ["sent": 1, "ambiguous": 1, "suppressed": 1], "reminder": ["queued": 1]])
            #expect(status.ambiguous == [2])
            let suppressed = try await HouseholdStore(pool: pool).show("H3")
            #expect(suppressed.suppression == .manual && suppressed.suppressionNote == "asked by phone")
            // New messages take ids after the moved ones.
            _ = try await pool.transaction { connection in
                try await Outbox.queue(
                    OutgoingMessage(
                        kind: "test", dedupeKey: "t/1", recipient: "x@example.org", suppressionKey: nil, group: nil,
                        subject: "S", text: "T", html: "H"), owner: "TestOwner", on: connection)
            }
            #expect(try await pool.query("SELECT max(id) AS id FROM messaging_outbox")[0].decode(Int.self, "id") == 5)
        }
    }
}
