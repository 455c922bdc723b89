import Foundation
import Mail
import SMTP
import TestSupport
import Testing

@Suite("SMTP delivery to a real aiosmtpd: STARTTLS, AUTH, MIME, dot-stuffing, injected replies", .serialized)
struct SMTPDeliveryTests {
    static func configuration(_ sink: SMTPSink, mechanism: SMTPConfiguration.AuthMechanism = .plain) -> SMTPConfiguration {
        sink.configuration(mechanism: mechanism)
    }

    static func message(to recipient: String, id: Int) -> MailMessage {
        MailMessage(
            from: MailAddress("fostering@council.example.gov.uk", displayName: "Fostering service"), replyTo: MailAddress("replies@council.example.gov.uk"),
            to: MailAddress(recipient), subject: "Réunion avec les inspecteurs — invitation",
            text: "Dear carers,\n.a line starting with a dot\n..two dots\ncafé ✓\n",
            html: "<p>café ✓</p>\n.dot", messageID: "outbox-\(id).campaign-1@council.example.gov.uk", date: Date(timeIntervalSince1970: 1_796_000_000),
            extraHeaders: [
                ("List-Unsubscribe", "<https://carers.example.gov.uk/unsubscribe?t=abc>, <mailto:replies@council.example.gov.uk?subject=unsubscribe>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
            ])
    }

    @Test(
        "STARTTLS, AUTH PLAIN and LOGIN, several messages per connection; Python's email package reads headers, parts, encodings and dots",
        arguments: [SMTPConfiguration.AuthMechanism.plain, .login])
    func delivers(mechanism: SMTPConfiguration.AuthMechanism) async throws {
        try await SMTPSink.with { sink in
            let connection = try await SMTPConnection.connect(Self.configuration(sink, mechanism: mechanism))
            for id in 1...3 {
                let reply = try await connection.send(
                    from: "bounces@council.example.gov.uk", to: "carer\(id)@example.org",
                    message: Self.message(to: "carer\(id)@example.org", id: id).rendered())
                #expect(reply.code == 250)
            }
            await connection.close()
            let received = try sink.received()
            #expect(received.count == 3)
            let first = try #require(received.first)
            let headers = try #require(first["headers"] as? [String: String])
            #expect(headers["Subject"] == "Réunion avec les inspecteurs — invitation")
            #expect(headers["Message-ID"] == "<outbox-1.campaign-1@council.example.gov.uk>")
            #expect(headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            #expect(headers["List-Unsubscribe"]?.contains("<https://carers.example.gov.uk/unsubscribe?t=abc>") == true)
            #expect(headers["Date"] == "Mon, 30 Nov 2026 00:53:20 +0000")
            #expect(headers["From"] == "Fostering service <fostering@council.example.gov.uk>")
            #expect(first["content_type"] as? String == "multipart/alternative")
            #expect((first["defects"] as? [Any])?.isEmpty == true)
            let parts = try #require(first["parts"] as? [[String: Any]])
            #expect(parts.map { $0["content_type"] as? String } == ["text/plain", "text/html"])
            #expect(parts.allSatisfy { $0["charset"] as? String == "utf-8" && $0["transfer_encoding"] as? String == "quoted-printable" })
            // On the wire every line ends in CRLF (RFC 5322), and the decoded text keeps those ends.
            #expect(parts[0]["text"] as? String == "Dear carers,\r\n.a line starting with a dot\r\n..two dots\r\ncafé ✓\r\n")
            #expect(parts[1]["text"] as? String == "<p>café ✓</p>\r\n.dot")
            #expect(first["raw_dot_lines"] as? Int == 3)
        }
    }

    @Test("550 is permanent with the reply; 451 is transient; a drop after the final dot is ambiguous; the connection stays usable after a refusal")
    func injectedReplies() async throws {
        try await SMTPSink.with { sink in
            let connection = try await SMTPConnection.connect(Self.configuration(sink))
            func outcome(_ recipient: String) async -> SMTPError? {
                do {
                    try await connection.send(from: "b@council.example.gov.uk", to: recipient, message: Self.message(to: recipient, id: 9).rendered())
                    return nil
                } catch { return error as? SMTPError }
            }
            let refused = try #require(await outcome("x+550@example.org"))
            #expect(refused.isPermanent && refused.reply?.code == 550 && !refused.description.contains("x+550"))
            let deferred = try #require(await outcome("x+451@example.org"))
            #expect(deferred.code == .transientReply && !deferred.isAmbiguous)
            #expect(await outcome("ok@example.org") == nil)
            let dropped = try #require(await outcome("x+drop@example.org"))
            #expect(dropped.isAmbiguous)
            #expect(try sink.received().count == 1)
        }
    }

    @Test("a server without STARTTLS while TLS is required: a clear error, and nothing is sent")
    func tlsRequired() async throws {
        try await SMTPSink.with(tls: false) { sink in
            let error = await #expect(throws: SMTPError.self) {
                _ = try await SMTPConnection.connect(SMTPConfiguration(host: "127.0.0.1", port: sink.port))
            }
            #expect(error?.code == .tlsUnavailable)
            #expect(error?.description.contains("does not offer STARTTLS") == true)
            let received = try sink.received()
            #expect(received.isEmpty)
        }
    }
}
