import Configuration
import Foundation
import Messaging
import PluginKit
import Postgres
import TestSupport

/// A database with only the kernel's and Messaging's migrations, settings whose maildir is a
/// fresh folder, and a helper that queues messages as some other plugin would.
struct MessagingFixture {
    let pool: PostgresPool
    let folder: String
    let environment: [String: String]

    var settings: MailSettings { get throws { try MailSettings(ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment))) } }

    static func with<T>(
        isolation: isolated (any Actor)? = #isolation, environment extra: [String: String] = [:],
        _ body: (MessagingFixture) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("messaging-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = [
            "MAIL_MAILDIR": "\(folder)/maildir", "MAIL_FROM": "fostering@council.example.gov.uk",
            "MAIL_RATE_PER_MINUTE": "100000"
        ].merging(extra) { $1 }
        return try await PluginTestDatabase.with(plugins: [MessagingPlugin()], environment: environment, poolSize: 4) { migrated in
            try await body(MessagingFixture(pool: migrated.pool, folder: folder, environment: environment))
        }
    }

    /// Queues `count` messages of `owner` in one transaction, numbered from 1 in their dedupe
    /// keys, recipients (`person1@example.org`) and suppression keys (`person1`).
    @discardableResult
    func queue(_ count: Int, owner: String = "TestOwner", kind: String = "test", group: String? = "batch-1", from first: Int = 1) async throws -> Int {
        try await pool.transaction { connection in
            try await Outbox.queue(
                (first..<first + count).map { n in
                    OutgoingMessage(
                        kind: kind, dedupeKey: "\(kind)/\(n)", recipient: "person\(n)@example.org", suppressionKey: "person\(n)",
                        group: group, subject: "Message \(n)", text: "Hello \(n),\n.a line starting with a dot\n", html: "<p>Hello \(n)</p>",
                        headers: [MailHeaderField("X-Test-Owner", owner)])
                }, owner: owner, on: connection)
        }
    }
}
