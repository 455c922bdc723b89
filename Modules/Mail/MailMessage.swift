import Crypto
import Foundation

/// One email as RFC 5322 text: a multipart/alternative message with a plain-text and an HTML
/// part, both UTF-8 and quoted-printable, with the headers an invitation needs.
public struct MailMessage: Sendable, Equatable {
    /// The sender.
    public var from: MailAddress
    /// Where replies go, if not to the sender.
    public var replyTo: MailAddress?
    /// The one recipient.
    public var to: MailAddress
    /// The subject line, any Unicode.
    public var subject: String
    /// The plain-text body.
    public var text: String
    /// The HTML body.
    public var html: String
    /// The Message-ID without angle brackets; stable for one outbox row, so a retry is the same message.
    public var messageID: String
    /// When the message is dated.
    public var date: Date
    /// Further headers in order, such as `List-Unsubscribe`; values must be ASCII.
    public var extraHeaders: [(name: String, value: String)]

    /// Creates a message.
    public init(
        from: MailAddress, replyTo: MailAddress?, to: MailAddress, subject: String, text: String, html: String,
        messageID: String, date: Date, extraHeaders: [(name: String, value: String)] = []
    ) {
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
        self.extraHeaders = extraHeaders
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// The whole message with CRLF line ends, ready for SMTP DATA (before dot-stuffing) or a
    /// maildir file. The MIME boundary starts with `=_`, which quoted-printable text never holds.
    public func rendered() -> [UInt8] {
        let digest = SHA256.hash(data: Array(messageID.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let boundary = "=_ilacs_\(digest)"
        var headers: [(String, String)] = [
            ("Date", MIMEEncoding.rfc5322Date(date)),
            ("From", from.headerValue)
        ]
        if let replyTo { headers.append(("Reply-To", replyTo.headerValue)) }
        headers += [
            ("To", to.headerValue),
            ("Subject", MIMEEncoding.encodedWord(subject)),
            ("Message-ID", "<\(messageID)>")
        ]
        headers += extraHeaders.map { ($0.name, $0.value) }
        headers += [
            ("MIME-Version", "1.0"),
            ("Content-Type", "multipart/alternative; boundary=\"\(boundary)\"")
        ]
        var lines = headers.map { "\($0.0): \($0.1)" }
        lines += ["", "This is a message in MIME format.", ""]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += [
                "--\(boundary)",
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                MIMEEncoding.quotedPrintable(body)
            ]
        }
        lines += ["--\(boundary)--", ""]
        return Array(lines.joined(separator: "\r\n").utf8)
    }
}
