/// An email address with an optional display name, as it appears in `From`, `Reply-To` and `To`.
public struct MailAddress: Sendable, Hashable {
    /// The address itself (`carer@example.org`).
    public var address: String
    /// The name shown beside it, if any; non-ASCII names are encoded as RFC 2047 words.
    public var displayName: String?

    /// Creates an address; use ``isValid(_:)`` to check user input first.
    public init(_ address: String, displayName: String? = nil) {
        self.address = address
        self.displayName = displayName
    }

    /// The domain part, used to build Message-IDs.
    public var domain: Substring {
        address.split(separator: "@").last ?? "localhost"
    }

    /// The header form: `"Name" <address>` or `<address>`.
    public var headerValue: String {
        guard let displayName, !displayName.isEmpty else { return "<\(address)>" }
        if displayName.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) {
            let quoted = displayName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(address)>"
        }
        return "\(MIMEEncoding.encodedWord(displayName)) <\(address)>"
    }

    /// Whether `text` is a plausible single mailbox: one `@`, a dotted domain, no spaces,
    /// no control characters and no characters that would break a header or an SMTP command.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64, text.utf8.count <= 254 else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else { return false }
        let forbidden: Set<Character> = [" ", "<", ">", "(", ")", ",", ";", ":", "\\", "\"", "[", "]"]
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F } && !text.contains(where: forbidden.contains)
            && !parts[0].hasPrefix(".") && !parts[0].hasSuffix(".")
    }
}
