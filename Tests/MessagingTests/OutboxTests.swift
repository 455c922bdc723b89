import Foundation
import Messaging
import Postgres
import Testing

@Suite("The outbox: any owner queues, one mailer delivers, suppression by the owner's key")
struct OutboxTests {
    @Test("a message queued by another owner is delivered by the same mailer loop and recorded with its owner and kind")
    func anyOwner() async throws {
        try await MessagingFixture.with { fixture in
            #expect(try await fixture.queue(1, owner: "TestOwner", kind: "test", group: nil) == 1)
            #expect(try await fixture.queue(2, owner: "OtherOwner", kind: "notice", group: "week-1") == 2)
            let settings = try fixture.settings
            let tally = try await Mailer(
                pool: fixture.pool, transport: try MaildirTransport(directory: settings.maildir), settings: settings,
                logger: .init(label: "test")
            ).drain()
            #expect(tally.sent == 3 && tally.failed == 0 && tally.ambiguous == 0 && tally.retrying == 0)
            let rows = try await fixture.pool.query("SELECT id, owner, kind, state, sent_at FROM messaging_outbox ORDER BY id")
            #expect(
                try rows.map { [try $0.decode(String.self, "owner"), try $0.decode(String.self, "kind"), try $0.decode(String.self, "state")] }
                    == [["TestOwner", "test", "sent"], ["OtherOwner", "notice", "sent"], ["OtherOwner", "notice", "sent"]])
            #expect(try rows.allSatisfy { try $0.decode(Date?.self, "sent_at") != nil })
            let testOwnerID = try rows[0].decode(Int.self, "id")
            let files = try FileManager.default.contentsOfDirectory(atPath: "\(settings.maildir)/new")
            let file = try #require(files.first { $0.hasPrefix("outbox-\(testOwnerID).test") })
            let text = try String(contentsOfFile: "\(settings.maildir)/new/\(file)", encoding: .utf8)
            #expect(text.contains("Message-ID: <outbox-\(testOwnerID).test@council.example.gov.uk>"))
            #expect(text.contains("X-Test-Owner: TestOwner"))
            #expect(files.contains { $0.hasPrefix("outbox-\(testOwnerID + 1).week-1") })
        }
    }

    @Test("queuing the same dedupe key twice adds nothing; the same key of another owner is another message")
    func dedupe() async throws {
        try await MessagingFixture.with { fixture in
            #expect(try await fixture.queue(3) == 3)
            #expect(try await fixture.queue(3) == 0)
            #expect(try await fixture.queue(4) == 1)
            #expect(try await fixture.queue(3, owner: "OtherOwner") == 3)
            let counts = try await fixture.pool.withConnection { try await Outbox.counts(owner: "TestOwner", group: "batch-1", on: $0) }
            #expect(counts == ["test": ["queued": 4]])
        }
    }

    @Test("suppressing an owner's key withdraws its queued messages, the claim skips ones queued later, other owners are untouched")
    func suppression() async throws {
        try await MessagingFixture.with { fixture in
            try await fixture.queue(2)
            try await fixture.queue(1, owner: "OtherOwner")
            let withdrawn = try await fixture.pool.transaction { connection in
                try await SuppressionList.suppress("person1", owner: "TestOwner", reason: .unsubscribed, note: nil, actor: "test", on: connection)
            }
            #expect(withdrawn == 1)
            try await fixture.pool.transaction { connection in
                _ = try await Outbox.queue(
                    OutgoingMessage(
                        kind: "later", dedupeKey: "later/1", recipient: "person1@example.org", suppressionKey: "person1",
                        group: "batch-1", subject: "Later", text: "Later", html: "<p>Later</p>"),
                    owner: "TestOwner", on: connection)
            }
            let settings = try fixture.settings
            let tally = try await Mailer(
                pool: fixture.pool, transport: try MaildirTransport(directory: settings.maildir), settings: settings,
                logger: .init(label: "test")
            ).drain()
            #expect(tally.sent == 2)
            let counts = try await fixture.pool.withConnection { try await Outbox.counts(owner: "TestOwner", group: "batch-1", on: $0) }
            #expect(counts == ["test": ["suppressed": 1, "sent": 1], "later": ["suppressed": 1]])
            let entries = try await fixture.pool.withConnection { try await SuppressionList.entries(owner: "TestOwner", on: $0) }
            #expect(entries.mapValues(\.reason) == ["person1": .unsubscribed])
            #expect(try await fixture.pool.withConnection { try await SuppressionList.entries(owner: "OtherOwner", on: $0) }.isEmpty)
        }
    }

    @Test("a header field with a line break or a bad name is refused, and nothing of the batch is queued")
    func headerInjection() async throws {
        try await MessagingFixture.with { fixture async throws in
            func message(_ header: MailHeaderField) -> OutgoingMessage {
                OutgoingMessage(
                    kind: "test", dedupeKey: "test/\(header.name)", recipient: "person@example.org", suppressionKey: nil, group: nil,
                    subject: "S", text: "T", html: "H", headers: [header])
            }
            for bad in [MailHeaderField("X-Note", "one\r\nBcc: someone@example.org"), MailHeaderField("X Note", "ok"), MailHeaderField("X:Note", "ok")] {
                let error = await #expect(throws: MessagingError.self) {
                    try await fixture.pool.transaction { connection in
                        try await Outbox.queue([message(MailHeaderField("X-Fine", "fine")), message(bad)], owner: "TestOwner", on: connection)
                    }
                }
                #expect(error?.description.contains("is not one line with a plain name; nothing was queued") == true)
            }
            #expect(try await fixture.pool.query("SELECT count(*) AS n FROM messaging_outbox")[0].decode(Int.self, "n") == 0)
        }
    }
}
