import Foundation
import Messaging
import TestSupport
import Testing

@Suite("The outbox over SMTP to a real aiosmtpd", .serialized)
struct OutboxOverSMTPTests {
    @Test("the outbox over SMTP: delivered once each; 550 failed with its reply; 451 retried then sent; a drop held as ambiguous")
    func outboxOverSMTP() async throws {
        try await SMTPSink.with { sink in
            try await MessagingFixture.with(environment: ["MAIL_RETRY_SECONDS": "0"]) { fixture in
                try await fixture.queue(30)
                let settings = try fixture.settings
                let rows = try await fixture.pool.query("SELECT id FROM messaging_outbox ORDER BY id LIMIT 4").map { try $0.decode(Int.self, "id") }
                for (id, tag) in zip(rows, ["550", "451once", "drop", "552data"]) {
                    try await fixture.pool.query("UPDATE messaging_outbox SET recipient = $2 WHERE id = $1", [id, "carer\(id)+\(tag)@example.org"])
                }
                let total = try await fixture.pool.query("SELECT count(*) AS n FROM messaging_outbox")[0].decode(Int.self, "n")
                let transport = SMTPTransport(configuration: sink.configuration(), envelopeFrom: "bounces@council.example.gov.uk")
                let mailer = Mailer(pool: fixture.pool, transport: transport, settings: settings, logger: .init(label: "test"))
                var tally = try await mailer.drain()
                tally.sent += try await mailer.drain().sent
                #expect(tally.sent == total - 3 && tally.failed == 2 && tally.ambiguous == 1)
                let states = try await fixture.pool.query("SELECT id, state, last_reply FROM messaging_outbox WHERE id = ANY($1::bigint[]) ORDER BY id", [rows])
                    .map { (try $0.decode(String.self, "state"), try $0.decode(String?.self, "last_reply") ?? "") }
                #expect(states.map(\.0) == ["failed", "sent", "ambiguous", "failed"])
                #expect(states[0].1.contains("550 5.1.1"))
                let ids = try sink.received().compactMap { ($0["headers"] as? [String: String])?["Message-ID"] }
                #expect(ids.count == total - 3 && Set(ids).count == ids.count)
            }
        }
    }
}
