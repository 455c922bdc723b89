import Foundation

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

    /// The enhanced status code of the first line (`5.1.1`, RFC 3463), when it has one.
    public var enhancedStatus: String? {
        guard let first = lines.first?.split(separator: " ", maxSplits: 1).first,
            first.range(of: #"^[245]\.\d{1,3}\.\d{1,3}$"#, options: .regularExpression) != nil
        else { return nil }
        return String(first)
    }

    /// The code and enhanced status only, as logged and recorded against a message
    /// (`550 5.1.1`): the text of a reply often quotes the recipient's address, so it is
    /// never logged or stored.
    public var description: String { enhancedStatus.map { "\(code) \($0)" } ?? "\(code)" }
}
