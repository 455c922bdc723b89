/// Where and how the SMTP client connects: server, TLS, credentials and timeouts.
public struct SMTPConfiguration: Sendable {
    /// How the connection is protected.
    public enum Security: String, Sendable, CaseIterable {
        /// STARTTLS is required: a server that does not offer it gets nothing (the default).
        case startTLS = "starttls"
        /// Plain text throughout; only for a mail sink on the same machine.
        case none
    }

    /// The SASL mechanism used to log in.
    public enum AuthMechanism: String, Sendable, CaseIterable {
        case plain, login
    }

    /// The server's host name; it is also the name its certificate must carry.
    public var host: String
    /// The server's port (587 for submission).
    public var port: Int
    /// STARTTLS or none.
    public var security: Security
    /// A PEM file of CA certificates to trust instead of the system's.
    public var caFile: String?
    /// The user name and password, if the server needs a login.
    public var credentials: (username: String, password: String)?
    /// PLAIN or LOGIN.
    public var authMechanism: AuthMechanism
    /// The name this client gives in EHLO.
    public var heloName: String
    /// How long connecting may take.
    public var connectTimeout: Duration
    /// How long any one reply may take, including the reply to the message's final `.`.
    public var replyTimeout: Duration

    /// Creates a configuration: STARTTLS required, PLAIN, 10 s to connect, 60 s per reply.
    public init(
        host: String, port: Int = 587, security: Security = .startTLS, caFile: String? = nil,
        credentials: (username: String, password: String)? = nil, authMechanism: AuthMechanism = .plain,
        heloName: String = "localhost", connectTimeout: Duration = .seconds(10), replyTimeout: Duration = .seconds(60)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.caFile = caFile
        self.credentials = credentials
        self.authMechanism = authMechanism
        self.heloName = heloName
        self.connectTimeout = connectTimeout
        self.replyTimeout = replyTimeout
    }
}
