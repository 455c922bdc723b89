import Configuration
import Domain
import Foundation
import Logging
import Messaging
import PluginKit
import Postgres
import SyntheticData
import TestSupport

@testable import CarerEngagement

/// A migrated database with the generated households imported, an inspection, and settings
/// whose maildir is a fresh folder.
struct CarerFixture {
    static let replyKey = "test-reply-key-0123456789abcdef0123456789"
    static let templates: [String: String] = [
        "subject.mustache": "{{#reminder}}Reminder: {{/reminder}}Meet the Ofsted inspectors — an invitation from {{authority}}",
        "text.mustache": """
        Dear {{carer_names}},

        Ofsted inspectors would like to meet foster carers. Choose a session:
        {{#sessions}}
        - Session {{number}}: {{date}} at {{time}}, {{#is_online}}online{{/is_online}}{{^is_online}}{{venue}}{{/is_online}}. Reply: {{reply_url}}
        {{/sessions}}
        .This line starts with a dot, and this one has café, naïve and “quotes”.
        Cannot come? {{decline_url}}
        Unsubscribe: {{unsubscribe_url}}
        """,
        "html.mustache": """
        <p>Dear {{carer_names}},</p>
        <ul>{{#sessions}}<li><a href="{{reply_url}}">Session {{number}}: {{date}} {{time}}</a></li>{{/sessions}}</ul>
        <p><a href="{{decline_url}}">I cannot come</a> · <a href="{{unsubscribe_url}}">Unsubscribe</a></p>
        """
    ]

    let pool: PostgresPool
    let database: TestDatabase
    let inspectionID: Int
    let folder: String
    let environment: [String: String]

    var settings: CarerSettings { get throws { try CarerSettings(configuration) } }
    var configuration: ConfigReader { ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)) }
    var context: PluginContext {
        get throws {
            PluginContext(
                configuration: configuration, pool: pool,
                host: try PluginHost(linked: [MessagingPlugin(), CarerEngagementPlugin()], configuration: configuration), logger: Logger(label: "test"))
        }
    }

    static func with<T>(
        isolation: isolated (any Actor)? = #isolation, environment extra: [String: String] = [:],
        _ body: (CarerFixture) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = [
            "MAIL_REPLY_KEY": replyKey, "MAIL_MAILDIR": "\(folder)/maildir", "MAIL_PUBLIC_URL": "https://carers.example.gov.uk",
            "MAIL_FROM": "fostering@council.example.gov.uk", "MAIL_AUTHORITY": "Exampleshire County Council",
            "MAIL_RATE_PER_MINUTE": "100000"
        ].merging(extra) { $1 }
        return try await PluginTestDatabase.with(plugins: [MessagingPlugin(), CarerEngagementPlugin()], environment: environment, poolSize: 4) { migrated in
            let pool = migrated.pool
            let database = migrated.database
            _ = try AnnexAGenerator(size: .small, seed: 5, asOf: CalendarDate(year: 2026, month: 11, day: 20)!).write(to: "\(folder)/lists")
            let households = try HouseholdImporter.read(path: "\(folder)/lists/fostering_households.csv")
            _ = try await HouseholdImporter(pool: pool).store(households, source: "test", actor: "tester")
            let inspection = try await pool.query(
                "INSERT INTO inspections (type, started_on, created_by) VALUES ('short', '2026-12-07', 'tester') RETURNING id")[0].decode(Int.self, "id")
            return try await body(CarerFixture(pool: pool, database: database, inspectionID: inspection, folder: folder, environment: environment))
        }
    }

    /// A campaign with the test templates and two sessions (capacity `capacity` for the first).
    func campaign(capacity: Int = 20) async throws -> Campaign {
        try await CampaignStore(pool: pool).create(
            inspectionID: inspectionID, templates: try CampaignTemplates(sources: Self.templates),
            sessions: [
                try CampaignSession.parse("2026-12-08 18:00 | County Hall, Room 2 | \(capacity)", number: 1),
                try CampaignSession.parse("2026-12-09 12:30 | https://meet.example.org/abc | 30", number: 2)
            ],
            source: "test", settings: try settings, actor: "coordinator")
    }

    /// Audit actions recorded so far.
    func auditActions() async throws -> [String] {
        try await pool.query("SELECT action FROM audit_events ORDER BY id").map { try $0.decode(String.self, "action") }
    }

    /// Writes `text` as a CSV file in the fixture's folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = "\(folder)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
