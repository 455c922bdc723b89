import Foundation
import Logging
import Mail
import Postgres
import ServiceLifecycle

/// Delivers the outbox through a transport, whichever plugin queued each message: claims due
/// messages, paces them to the rate limit, sends them over one session, and records each
/// outcome. Logs carry outbox ids, owners and counts only, never addresses or names. A
/// rehearsal's messages are written into the rehearsal maildir instead, whatever the transport.
public struct Mailer: Sendable {
    /// What a run did.
    public struct Tally: Sendable, Equatable, Codable {
        /// Messages the transport accepted.
        public var sent = 0
        /// Messages deferred to a later attempt.
        public var retrying = 0
        /// Messages refused for good, or out of attempts.
        public var failed = 0
        /// Messages held for a person: they may have been delivered.
        public var ambiguous = 0

        /// An empty tally.
        public init() {}
    }

    let pool: PostgresPool
    let transport: any MailTransport
    let settings: MailSettings
    let logger: Logger
    let outbox: Outbox

    /// A mailer on `pool` sending through `transport`, under a worker name unique to this process.
    public init(pool: PostgresPool, transport: any MailTransport, settings: MailSettings, logger: Logger) {
        self.pool = pool
        self.transport = transport
        self.settings = settings
        self.logger = logger
        outbox = Outbox(
            pool: pool, worker: "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))",
            leaseSeconds: settings.leaseSeconds)
    }

    /// Sends every message due now, then returns (`ilacs-mailer send --once`). Messages
    /// deferred to later stay queued.
    public func drain() async throws -> Tally {
        try await deliver(stopping: { false }, idle: { false })
    }

    /// Sends until a graceful shutdown (SIGTERM) begins, then finishes the message in hand,
    /// hands the rest of its claim back, and returns.
    ///
    /// A database error (the server restarting, a timeout) does not end the service: it is
    /// logged at error level and the loop starts again after `retryDelay`, doubling with each
    /// failure up to `maxRetryDelay`. Messages claimed before the error come back when their
    /// lease runs out, as after a crash.
    public func run(
        pollInterval: Duration = .seconds(1), retryDelay: Duration = .seconds(1), maxRetryDelay: Duration = .seconds(60)
    ) async throws {
        var tally = Tally()
        var delay = retryDelay
        while !Task.isShuttingDownGracefully {
            do {
                tally = try await deliver(stopping: { Task.isShuttingDownGracefully }) {
                    await Self.pause(pollInterval)
                    return !Task.isShuttingDownGracefully
                }
                break
            } catch let error as PostgresError {
                logger.error(
                    "the mailer lost the database; trying again", metadata: ["error.code": "\(error.code)", "retry_in": "\(delay.components.seconds) s"])
                await Self.pause(delay)
                delay = min(delay * 2, maxRetryDelay)
            }
        }
        logger.info("mailer stopped", metadata: ["sent": "\(tally.sent)", "failed": "\(tally.failed)", "ambiguous": "\(tally.ambiguous)"])
    }

    /// Waits `duration`, waking early for a shutdown.
    private static func pause(_ duration: Duration) async {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline, !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    /// The delivery loop; `idle` is asked whether to keep going when nothing is due.
    private func deliver(stopping: @Sendable () -> Bool, idle: () async -> Bool) async throws -> Tally {
        var tally = Tally()
        var session: (any MailSession)?
        var pacer = Pacer(perMinute: settings.ratePerMinute)
        // A claim covers at most what the rate limit lets out in half a lease, so leases never run out in hand.
        let batch = max(1, min(100, settings.ratePerMinute * settings.leaseSeconds / 120))
        do {
            try await loop(batch: batch, tally: &tally, session: &session, pacer: &pacer, stopping: stopping, idle: idle)
        } catch {
            await session?.close()
            throw error
        }
        await session?.close()
        return tally
    }

    private func loop(
        batch: Int, tally: inout Tally, session: inout (any MailSession)?, pacer: inout Pacer,
        stopping: @Sendable () -> Bool, idle: () async -> Bool
    ) async throws {
        while !stopping() {
            let items = try await outbox.claim(limit: batch)
            if items.isEmpty {
                if let open = session {
                    await open.close()
                    session = nil
                }
                guard await idle() else { break }
                continue
            }
            for (index, item) in items.enumerated() {
                if stopping() {
                    try await outbox.release(items[index...].map(\.id))
                    break
                }
                await pacer.wait()
                do {
                    let reply: String
                    if item.rehearsal {
                        // A rehearsal's message never reaches a person: it goes to the rehearsal maildir, whatever the transport.
                        reply = try await MaildirTransport(directory: settings.rehearsalMaildir).deliver(message(for: item)) { [outbox] in
                            try await outbox.beginCommit(item.id)
                        }
                    } else {
                        if session == nil { session = try await transport.openSession() }
                        reply = try await session!.deliver(message(for: item)) { [outbox] in try await outbox.beginCommit(item.id) }
                    }
                    try await outbox.markSent(item.id, reply: reply)
                    tally.sent += 1
                } catch let error as DeliveryError {
                    if error.outcome != .permanent, let open = session {
                        await open.close()
                        session = nil
                    }
                    try await record(error, for: item, tally: &tally)
                    if error.outcome == .fatal {
                        try await outbox.release(items[index...].map(\.id))
                        throw MessagingError("the mail transport cannot work: \(error.description)")
                    }
                } catch is Outbox.LeaseLost {
                    logger.warning("a message's lease ran out before sending; another mailer has it", metadata: ["outbox": "\(item.id)"])
                    await session?.close()
                    session = nil
                }
            }
        }
    }

    private func record(_ error: DeliveryError, for item: Outbox.Item, tally: inout Tally) async throws {
        switch error.outcome {
        case .retry:
            let delay = item.attempts >= settings.maxAttempts ? nil : min(3600, settings.retrySeconds << min(item.attempts - 1, 20))
            try await outbox.markFailed(item.id, reply: error.description, retryAfter: delay)
            if delay == nil { tally.failed += 1 } else { tally.retrying += 1 }
            logger.notice(
                "delivery deferred", metadata: ["outbox": "\(item.id)", "retry_in_s": "\(delay.map(String.init) ?? "never")", "reason": "\(error.description)"])
        case .permanent:
            try await outbox.markFailed(item.id, reply: error.description, retryAfter: nil)
            tally.failed += 1
            logger.notice("delivery refused", metadata: ["outbox": "\(item.id)", "reply": "\(error.description)"])
        case .ambiguous:
            try await outbox.markAmbiguous(item.id, reply: error.description)
            tally.ambiguous += 1
            logger.warning("delivery outcome unknown; held for its owner's resolve command", metadata: ["outbox": "\(item.id)", "owner": "\(item.owner)"])
        case .fatal:
            try await outbox.release([item.id])
        }
    }

    /// The message of `item`: the configured sender, the owner's rendered parts and extra header
    /// fields, and a Message-ID stable for the row (`outbox-ID.GROUP@domain`, or the kind when
    /// there is no group), so a server or reader can recognise a message sent twice.
    func message(for item: Outbox.Item) -> MailMessage {
        let label = String((item.group ?? item.kind).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") ? $0 : "-" })
        return MailMessage(
            from: settings.from, replyTo: settings.replyTo, to: MailAddress(item.recipient), subject: item.subject,
            text: item.text, html: item.html, messageID: "outbox-\(item.id).\(label)@\(settings.from.domain)",
            date: Date(), extraHeaders: item.headers.map { ($0.name, $0.value) }, calendar: item.calendar)
    }
}
