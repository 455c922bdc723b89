import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One SMTP connection, ready to send: greeted, EHLO, STARTTLS (EHLO again), AUTH.
///
/// Several messages may be sent one after another on it. Every step has a timeout; when one
/// runs out the connection is closed. Use one connection from one task at a time.
public final class SMTPConnection: Sendable {
    private let channel: any Channel
    private let configuration: SMTPConfiguration

    private init(channel: any Channel, configuration: SMTPConfiguration) {
        self.channel = channel
        self.configuration = configuration
    }

    /// Connects, reads the greeting, says EHLO, upgrades with STARTTLS (as required by
    /// default) and logs in.
    /// - Throws: `SMTPError`: `.tlsUnavailable` when TLS is required and the server does not
    ///   offer STARTTLS (the connection is closed with nothing sent), `.tlsFailed` for an
    ///   untrusted certificate, `.authenticationFailed`, `.timeout`, or a reply error.
    public static func connect(
        _ configuration: SMTPConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> SMTPConnection {
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(TimeAmount(configuration.connectTimeout))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler())
                    }
                }
                .connect(host: configuration.host, port: configuration.port).get()
        } catch {
            throw SMTPError(.connectionFailed, "cannot connect to the SMTP server at \(configuration.host):\(configuration.port): \(error)")
        }
        let connection = SMTPConnection(channel: channel, configuration: configuration)
        do {
            try await connection.open()
            return connection
        } catch {
            await connection.close()
            throw error
        }
    }

    private func open() async throws {
        try Self.require(await exchange(nil), 220, "the server's greeting")
        var extensions = try await ehlo()
        if configuration.security == .startTLS {
            guard extensions.contains(["STARTTLS"]) else {
                throw SMTPError(
                    .tlsUnavailable,
                    "the SMTP server at \(configuration.host):\(configuration.port) does not offer STARTTLS, which SMTP_SECURITY=starttls requires; nothing was sent"
                )
            }
            try Self.require(await exchange("STARTTLS"), 220, "STARTTLS")
            try await startTLS()
            extensions = try await ehlo()
        }
        if let credentials = configuration.credentials {
            try await authenticate(credentials, offered: extensions)
        }
    }

    /// Sends one message in a transaction of its own.
    /// - Parameter beforeFinalDot: runs once the server has accepted DATA, right before the
    ///   message and its final `.` are written (the outbox records that the outcome may become
    ///   unknown). If it throws, the connection is closed, so the message is not accepted.
    /// - Returns: the server's reply to the final `.` (2xx).
    /// - Throws: `SMTPError`; `isAmbiguous` is true when the final `.` went out and no reply came.
    @discardableResult
    public func send(
        from sender: String, to recipient: String, message: [UInt8],
        beforeFinalDot: @Sendable () async throws -> Void = {}
    ) async throws -> SMTPReply {
        try Self.require(await exchange("MAIL FROM:<\(sender)>"), 250, "MAIL FROM")
        do {
            try Self.require(await exchange("RCPT TO:<\(recipient)>"), 250, "RCPT TO")
            try Self.require(await exchange("DATA"), 354, "DATA")
        } catch let error as SMTPError where error.reply != nil {
            // Leave the connection usable for the next message.
            _ = try? await exchange("RSET")
            throw error
        }
        do {
            try await beforeFinalDot()
        } catch {
            try? await channel.close()
            throw error
        }
        do {
            return try Self.require(await exchange(bytes: SMTPData.encode(message)), 250, "the end of DATA")
        } catch let error as SMTPError where error.reply == nil {
            throw SMTPError(error.code, "no reply after the message's final dot: \(error.message)", afterEndOfData: true)
        }
    }

    /// Says QUIT (briefly) and closes the connection.
    public func close() async {
        if channel.isActive {
            _ = try? await exchange("QUIT", timeout: .seconds(2))
        }
        try? await channel.close()
    }

    // MARK: - Steps

    /// The extensions the server offers, each as its upper-case words (`["AUTH", "PLAIN", "LOGIN"]`).
    private func ehlo() async throws -> [[String]] {
        let reply = try Self.require(await exchange("EHLO \(configuration.heloName)"), 250, "EHLO")
        return reply.lines.dropFirst().map { $0.uppercased().split(separator: " ").map(String.init) }
    }

    private func startTLS() async throws {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        tls.minimumTLSVersion = .tlsv12
        if let caFile = configuration.caFile { tls.trustRoots = .file(caFile) }
        let host = configuration.host
        try await channel.eventLoop.submit { [channel] in
            let context = try NIOSSLContext(configuration: tls)
            let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
            let handler = try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
            // Only what arrives over TLS counts: replies sent in clear after the 220 are dropped.
            try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self).discardUnclaimed()
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
    }

    private func authenticate(_ credentials: (username: String, password: String), offered: [[String]]) async throws {
        let mechanism = configuration.authMechanism
        guard offered.contains(where: { $0.first == "AUTH" && $0.contains(mechanism.rawValue.uppercased()) }) else {
            throw SMTPError(.authenticationFailed, "the SMTP server does not offer AUTH \(mechanism.rawValue.uppercased())")
        }
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        do {
            switch mechanism {
            case .plain:
                try Self.require(await exchange("AUTH PLAIN " + base64("\0\(credentials.username)\0\(credentials.password)")), 235, "AUTH PLAIN")
            case .login:
                try Self.require(await exchange("AUTH LOGIN"), 334, "AUTH LOGIN")
                try Self.require(await exchange(base64(credentials.username)), 334, "AUTH LOGIN user name")
                try Self.require(await exchange(base64(credentials.password)), 235, "AUTH LOGIN password")
            }
        } catch let error as SMTPError where error.reply != nil {
            throw SMTPError(.authenticationFailed, "the SMTP server refused the login (check SMTP_USERNAME and SMTP_PASSWORD)", reply: error.reply)
        }
    }

    // MARK: - Exchange

    private func exchange(_ command: String?, timeout: TimeAmount? = nil) async throws -> SMTPReply {
        try await exchange(bytes: command.map { Array(($0 + "\r\n").utf8) }, timeout: timeout)
    }

    /// Writes `bytes` (if any) and waits for the next reply, closing the connection on timeout.
    private func exchange(bytes: [UInt8]?, timeout: TimeAmount? = nil) async throws -> SMTPReply {
        let limit = timeout ?? TimeAmount(configuration.replyTimeout)
        let channel = self.channel
        let promise = channel.eventLoop.makePromise(of: SMTPReply.self)
        channel.eventLoop.execute {
            do {
                let handler = try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self)
                handler.expect(promise)
                if let bytes { channel.writeAndFlush(ByteBuffer(bytes: bytes), promise: nil) }
            } catch {
                promise.fail(SMTPError(.connectionLost, "the connection is closed"))
            }
        }
        let timer = channel.eventLoop.scheduleTask(in: limit) {
            // The reply may have come just before the timer ran, before it could be cancelled:
            // then nothing waits, and the connection must stay usable.
            guard let handler = try? channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self), handler.isWaiting else { return }
            handler.fail(SMTPError(.timeout, "no reply within \(limit.nanoseconds / 1_000_000_000) s"))
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        return try await promise.futureResult.get()
    }

    /// `reply` when its code is `expected`; otherwise a transient or permanent reply error.
    @discardableResult
    private static func require(_ reply: SMTPReply, _ expected: Int, _ step: String) throws -> SMTPReply {
        guard reply.code != expected else { return reply }
        if reply.isTransient { throw SMTPError(.transientReply, "the SMTP server deferred \(step)", reply: reply) }
        if reply.code >= 500 { throw SMTPError(.permanentReply, "the SMTP server refused \(step)", reply: reply) }
        throw SMTPError(.protocolViolation, "unexpected reply to \(step)", reply: reply)
    }
}

extension TimeAmount {
    /// The same span as a NIO time amount.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
