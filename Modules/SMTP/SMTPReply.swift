/// A server's reply: a three-digit code and its text lines.
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    /// The reply code (`250`, `354`, `451`, `550`).
    public let code: Int
    /// The text of each line, without the code.
    public let lines: [String]

    /// Creates a reply.
    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// True for 2xx and 3xx replies.
    public var isPositive: Bool { code < 400 }
    /// True for 4xx replies: try again later.
    public var isTransient: Bool { (400..<500).contains(code) }

    /// The code and first line, as recorded against a message (`550 5.1.1 mailbox unavailable`).
    public var description: String { "\(code) \(lines.first ?? "")" }
}
