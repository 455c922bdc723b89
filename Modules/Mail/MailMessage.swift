import Crypto
import Foundation

/// One email as RFC 5322 text: a multipart/alternative message with a plain-text and an HTML
/// part, both UTF-8 and quoted-printable, with the headers an invitation needs. With a
/// calendar part it becomes multipart/mixed: the alternative gains `text/calendar; method=...`
/// and the same object follows as an `invite.ics` attachment, the shape Google Calendar sends
/// and Outlook reads (it looks for iMIP data in the first child of multipart/mixed).
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
    /// A meeting invitation or cancellation sent with the message, if any.
    public var calendar: MailCalendarPart?

    /// Creates a message.
    public init(
        from: MailAddress, replyTo: MailAddress?, to: MailAddress, subject: String, text: String, html: String,
        messageID: String, date: Date, extraHeaders: [(name: String, value: String)] = [], calendar: MailCalendarPart? = nil
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
        self.calendar = calendar
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
        headers.append(("MIME-Version", "1.0"))
        var lines: [String]
        if let calendar {
            let mixed = "=_ilacs_mixed_\(digest)"
            headers.append(("Content-Type", "multipart/mixed; boundary=\"\(mixed)\""))
            lines = headers.map { "\($0.0): \($0.1)" } + ["", "This is a message in MIME format.", "", "--\(mixed)"]
            lines += ["Content-Type: multipart/alternative; boundary=\"\(boundary)\"", ""]
            lines += alternatives(boundary: boundary, calendar: calendar)
            lines += [
                "--\(mixed)",
                "Content-Type: application/ics; name=\"invite.ics\"",
                "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64",
                "",
                Self.base64Lines(calendar.content),
                "--\(mixed)--",
                ""
            ]
        } else {
            headers.append(("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""))
            lines = headers.map { "\($0.0): \($0.1)" } + ["", "This is a message in MIME format.", ""]
            lines += alternatives(boundary: boundary, calendar: nil)
            lines.append("")
        }
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// The parts of the multipart/alternative body under `boundary`, its closing line included:
    /// text, HTML, then the calendar (the richest last, as RFC 2046 orders alternatives).
    private func alternatives(boundary: String, calendar: MailCalendarPart?) -> [String] {
        var lines: [String] = []
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += [
                "--\(boundary)",
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                MIMEEncoding.quotedPrintable(body)
            ]
        }
        if let calendar {
            // Base64 keeps the object's CRLFs and folding spaces byte for byte.
            lines += [
                "--\(boundary)",
                "Content-Type: text/calendar; charset=UTF-8; method=\(calendar.method)",
                "Content-Transfer-Encoding: base64",
                "",
                Self.base64Lines(calendar.content)
            ]
        }
        return lines + ["--\(boundary)--"]
    }

    /// `text` as UTF-8 in base64, 76 characters a line (RFC 2045), CRLF between lines.
    private static func base64Lines(_ text: String) -> String {
        let encoded = Data(text.utf8).base64EncodedString()
        var lines: [Substring] = []
        var rest = encoded[...]
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: "\r\n")
    }
}
