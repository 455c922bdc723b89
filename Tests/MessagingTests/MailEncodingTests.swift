import Mail
import SMTP
import Testing

@Suite("Mail encodings: quoted-printable, header words, dot-stuffing")
struct MailEncodingTests {
    @Test("quoted-printable keeps lines within 76 characters and encodes '=', non-ASCII and trailing spaces")
    func quotedPrintable() {
        let encoded = MIMEEncoding.quotedPrintable(String(repeating: "é", count: 40) + "\na=b \n.dot")
        #expect(encoded.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(encoded.hasSuffix("\r\na=3Db=20\r\n.dot"))
        #expect(encoded.hasPrefix("=C3=A9"))
    }

    @Test("SMTP data doubles a leading dot, uses CRLF and ends with CRLF . CRLF")
    func dotStuffing() {
        let data = SMTPData.encode(Array("a\n.b\r\n..c".utf8))
        #expect(String(decoding: data, as: UTF8.self) == "a\r\n..b\r\n...c\r\n.\r\n")
    }

    @Test("non-ASCII subjects become RFC 2047 words; addresses are checked")
    func headers() {
        #expect(MIMEEncoding.encodedWord("Plain") == "Plain")
        #expect(MIMEEncoding.encodedWord("Café") == "=?UTF-8?B?Q2Fmw6k=?=")
        #expect(MailAddress.isValid("carer.one@example.org"))
        #expect(!MailAddress.isValid("carer one@example.org") && !MailAddress.isValid("carer@localhost") && !MailAddress.isValid("a@b@c.org"))
    }
}

@Suite("SMTP replies as logged")
struct SMTPReplyLoggingTests {
    @Test("a reply is logged and recorded by its code and enhanced status only, never its text (relays quote addresses)")
    func codeAndStatusOnly() {
        #expect(SMTPReply(code: 550, lines: ["5.1.1 <carer.one@example.org>: Recipient address rejected"]).description == "550 5.1.1")
        #expect(SMTPReply(code: 451, lines: ["Try again later, carer.one@example.org"]).description == "451")
        #expect(SMTPReply(code: 250, lines: ["2.0.0 Ok: queued as 12345"]).description == "250 2.0.0")
        let error = SMTPError(.permanentReply, "the server refused the recipient", reply: SMTPReply(code: 550, lines: ["5.1.1 <a@b.example> unknown"]))
        #expect(!error.description.contains("@"))
    }
}
