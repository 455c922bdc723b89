import CarerEngagement
import Configuration
import Domain
import Foundation
import Logging
import Messaging
import PluginKit
import Postgres
import SMTP

/// Delivering queued invitations through the durable outbox (claim with a lease, commit point
/// before the final dot, mark sent) to a local aiosmtpd over STARTTLS and AUTH, against Python's
/// smtplib sending as many messages of the same size to the same server on one connection,
/// with no database. The figure that matters is messages per second (goal: at least 100).
struct MailerBenchmark {
    let server: PostgresConfiguration
    let messages: Int

    static let database = "ilacs_bench_mailer"
    static let goalPerSecond = 100.0

    func run() async throws -> (BenchmarkResult, perSecond: Double) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-mailer").path
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let admin = try await PostgresConnection.connect(server)
        try await admin.execute("DROP DATABASE IF EXISTS \(Self.database) WITH (FORCE)")
        try await admin.execute("CREATE DATABASE \(Self.database)")
        let target = server.database(Self.database)
        let environment = [
            "MAIL_REPLY_KEY": "bench-reply-key-0123456789abcdef0123456789", "MAIL_PUBLIC_URL": "https://carers.example.gov.uk",
            "MAIL_FROM": "fostering@council.example.gov.uk", "MAIL_AUTHORITY": "Exampleshire County Council",
            "MAIL_RATE_PER_MINUTE": "1000000"
        ]
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment))
        let host = try PluginHost(linked: [MessagingPlugin(), CarerEngagementPlugin()], configuration: configuration)
        try await Migrator().apply(host.migrations, on: try await PostgresConnection.connect(target))

        log("Mailer benchmark: \(messages) invitations through the outbox to a local aiosmtpd (STARTTLS, AUTH)")
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        defer { pool.close() }
        let settings = try CarerSettings(configuration)
        var csv = "Household ID,Carer Names,Email,Phone,Approval Status,Type,Support Group,Consent to Email\n"
        for n in 1...messages { csv += "BH-\(n),Carer \(n),carer\(n)@example.org,,approved,mainstream,,yes\n" }
        try csv.write(toFile: "\(folder)/households.csv", atomically: true, encoding: .utf8)
        _ = try await HouseholdImporter(pool: pool).store(try HouseholdImporter.read(path: "\(folder)/households.csv"), source: "bench", actor: "bench")
        let inspection = try await pool.query("INSERT INTO inspections (type, created_by) VALUES ('short', 'bench') RETURNING id")[0].decode(Int.self, "id")
        let campaign = try await CampaignStore(pool: pool).create(
            inspectionID: inspection, templates: try CampaignTemplates.load(directory: "\(root)/examples/carer-invitation"),
            sessions: [try CampaignSession.parse("2030-01-15 18:00 | County Hall | 50", number: 1)], source: "bench", settings: settings, actor: "bench")
        _ = try await CampaignStore(pool: pool).queue(campaign, kind: .invitation, settings: settings, actor: "bench")

        let sink = try SMTPBenchSink(root: root, folder: folder)
        defer { sink.stop() }
        let smtp = SMTPConfiguration(host: "localhost", port: sink.port, caFile: "\(folder)/cert.pem", credentials: ("bench", "bench-password"))
        let mailer = Mailer(
            pool: pool, transport: SMTPTransport(configuration: smtp, envelopeFrom: "bounces@council.example.gov.uk"),
            settings: settings.mail, logger: Logger(label: "bench"))
        let clock = ContinuousClock()
        let start = clock.now
        let tally = try await mailer.drain()
        let ours = clock.now - start
        guard tally.sent == messages else { throw BenchmarkFailure("the mailer sent \(tally.sent) of \(messages) messages: \(tally)") }
        let perSecond = Double(messages) / ours.seconds
        log("  outbox to aiosmtpd: \(BenchmarkResult.format(ours.seconds)) s, \(Int(perSecond)) messages/s")

        let baseline = try timeProcess("/usr/bin/env", ["python3", "-c", Self.smtplibBaseline, String(sink.port), "\(folder)/cert.pem", String(messages)])
        log("  smtplib to aiosmtpd: \(BenchmarkResult.format(baseline.seconds)) s, \(Int(Double(messages) / baseline.seconds)) messages/s")
        try await admin.execute("DROP DATABASE \(Self.database) WITH (FORCE)")
        return (
            BenchmarkResult(
                name: "outbox delivery \(messages) msgs", ours: ours, baselineName: "Python smtplib, one connection, no database",
                baseline: baseline, goal: 3.0), perSecond
        )
    }

    /// Sends as many multipart/alternative messages of the invitation's size as the outbox did.
    static let smtplibBaseline = """
        import smtplib, ssl, sys
        from email.message import EmailMessage
        port, ca, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
        with smtplib.SMTP("localhost", port, timeout=30) as s:
            s.starttls(context=ssl.create_default_context(cafile=ca)); s.login("bench", "bench-password")
            for n in range(count):
                m = EmailMessage(); m["From"] = "fostering@council.example.gov.uk"; m["To"] = f"base{n}@example.org"
                m["Subject"] = "Meet the Ofsted inspectors"; m.set_content("Dear carers,\\n" + "An invitation. " * 60)
                m.add_alternative("<p>Dear carers,</p>" + "<p>An invitation.</p>" * 40, subtype="html")
                s.send_message(m)
        """
}

/// scripts/mail/smtp_sink.py with STARTTLS on a fresh self-signed certificate and AUTH, in its
/// light mode: parsing every message with Python's email package would cap both sides near 100/s.
struct SMTPBenchSink {
    let process: Process
    let port: Int

    init(root: String, folder: String) throws {
        _ = try timeProcess(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(folder)/key.pem", "-out", "\(folder)/cert.pem",
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"
            ])
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "\(root)/scripts/mail/smtp_sink.py", "--out", "\(folder)/received.jsonl", "--cert", "\(folder)/cert.pem",
            "--key", "\(folder)/key.pem", "--user", "bench", "--password", "bench-password", "--light"
        ]
        let ready = "\(folder)/sink.out"
        _ = FileManager.default.createFile(atPath: ready, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: ready)
        try process.run()
        // Bounded: a sink that never says READY stops the benchmark with a message.
        for _ in 0..<200 {
            let text = (try? String(contentsOfFile: ready, encoding: .utf8)) ?? ""
            if text.hasPrefix("READY "), text.hasSuffix("\n"), let port = Int(text.dropFirst(6).dropLast()) {
                self.port = port
                return
            }
            guard process.isRunning else { break }
            usleep(100_000)
        }
        process.terminate()
        throw BenchmarkFailure("the SMTP sink did not start: install aiosmtpd with `make setup`")
    }

    func stop() {
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
