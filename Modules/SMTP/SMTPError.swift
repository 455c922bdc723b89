/// Why an SMTP exchange failed, and whether the message may have been accepted anyway.
///
/// Like `PostgresError`, the kind is a `Code` struct over a private enum, so kinds can be added
/// without breaking callers. Messages never hold addresses or message content.
public struct SMTPError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case connectionFailed, connectionLost, timeout, tlsUnavailable, tlsFailed
            case authenticationFailed, transientReply, permanentReply, protocolViolation
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The server could not be reached.
        public static let connectionFailed = Code(.connectionFailed)
        /// The connection closed while a reply was awaited.
        public static let connectionLost = Code(.connectionLost)
        /// A step took longer than its timeout; the connection was closed.
        public static let timeout = Code(.timeout)
        /// TLS is required but the server does not offer STARTTLS: nothing was sent.
        public static let tlsUnavailable = Code(.tlsUnavailable)
        /// The TLS handshake failed, for example the certificate was not trusted.
        public static let tlsFailed = Code(.tlsFailed)
        /// The server refused the credentials.
        public static let authenticationFailed = Code(.authenticationFailed)
        /// A 4xx reply: the server asks to try again later.
        public static let transientReply = Code(.transientReply)
        /// A 5xx reply: the server refuses for good.
        public static let permanentReply = Code(.permanentReply)
        /// The server answered something SMTP does not allow here.
        public static let protocolViolation = Code(.protocolViolation)

        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public let code: Code
    /// What went wrong, on one line.
    public let message: String
    /// The server's reply, when the failure is a reply.
    public let reply: SMTPReply?
    /// True when the message's final `.` had been sent and no reply came: the server may
    /// or may not have accepted it, so it must not be sent again automatically.
    public let afterEndOfData: Bool

    /// Creates an error.
    public init(_ code: Code, _ message: String, reply: SMTPReply? = nil, afterEndOfData: Bool = false) {
        self.code = code
        self.message = message
        self.reply = reply
        self.afterEndOfData = afterEndOfData
    }

    /// True when the outcome is unknown: the final `.` went out and no reply came back (the
    /// connection was lost, broke in TLS, or timed out).
    public var isAmbiguous: Bool {
        afterEndOfData && reply == nil
    }

    /// True for 5xx replies and other failures that another attempt will not fix.
    public var isPermanent: Bool {
        code == .permanentReply
    }

    public var description: String {
        reply.map { "\(message): \($0)" } ?? message
    }
}
