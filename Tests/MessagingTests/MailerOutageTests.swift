import Configuration
import Foundation
import Logging
import Messaging
import PluginKit
import Postgres
import ServiceLifecycle
import TestSupport
import Testing

/// The mailer service rides out a database outage instead of ending its service group.
@Suite("The mailer and a database outage")
struct MailerOutageTests {
    /// Waits up to `seconds` for `condition`.
    func eventually(_ seconds: Int, _ condition: () throws -> Bool) async throws -> Bool {
        for _ in 0..<(seconds * 10) {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try condition()
    }

    @Test("the database stopped and restarted under a running mailer: it retries with backoff, then delivers what is queued", .timeLimit(.minutes(2)))
    func ridesOutAnOutage() async throws {
        let server = try await ScratchServer.start()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outage-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["MAIL_MAILDIR": "\(folder)/maildir", "MAIL_FROM": "fostering@council.example.gov.uk", "MAIL_RATE_PER_MINUTE": "100000"]
        let host = try PluginHost(
            linked: [MessagingPlugin()], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
        let configuration = try PostgresConfiguration(connectionString: server.url)
        try await Migrator().apply(host.migrations, on: try await PostgresConnection.connect(configuration))
        let pool = PostgresPool(configuration: configuration.bounded(connectTimeoutSeconds: 2, statementTimeoutSeconds: 10), maxConnections: 2)
        let settings = try MailSettings(host.configuration)
        let mailer = Mailer(pool: pool, transport: try MaildirTransport(directory: "\(folder)/maildir"), settings: settings, logger: Logger(label: "test"))
        let group = ServiceGroup(services: [MailerService(mailer: mailer)], logger: Logger(label: "test"))
        let running = Task { try await group.run() }
        func queue(_ numbers: ClosedRange<Int>) async throws {
            try await pool.transaction { connection in
                try await Outbox.queue(
                    numbers.map { n in
                        OutgoingMessage(
                            kind: "test", dedupeKey: "test/\(n)", recipient: "person\(n)@example.org", suppressionKey: "person\(n)", group: nil,
                            subject: "Message \(n)", text: "Hello \(n)\n", html: "<p>Hello \(n)</p>", headers: [])
                    }, owner: "TestOwner", on: connection)
            }
        }
        let delivered = { (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/maildir/new").count) ?? 0 }

        try await queue(1...2)
        #expect(try await eventually(20) { delivered() == 2 })
        try await server.kill()
        try await Task.sleep(for: .seconds(3)) // the mailer's polls fail meanwhile
        try await server.restart()
        try await queue(3...4)
        #expect(try await eventually(60) { delivered() == 4 }, "the mailer did not deliver after the database came back")

        await group.triggerGracefulShutdown()
        try await running.value
        pool.close()
        try await server.destroy()
    }
}
