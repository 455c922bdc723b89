import Logging
import Synchronization

/// A bounded pool of connections, safe to share between tasks.
///
/// At most `maxConnections` connections are open; a task that asks for one while all are lent
/// out waits (in order) until one is returned, or at most `waitLimit`, after which it gets a
/// `.poolExhausted` error rather than queueing for ever. Connections are opened lazily. A
/// connection returned with a broken socket or an open transaction is reset before it is lent again.
public final class PostgresPool: Sendable {
    private enum Lease {
        case reuse(PostgresConnection)
        case open
        case wait
    }

    private struct Waiter {
        let id: Int
        // Resumed with a connection, or with nil meaning "a slot is free: open one yourself".
        let continuation: CheckedContinuation<PostgresConnection?, any Error>
    }

    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        var closed = false
    }

    /// Where the pool connects.
    public let configuration: PostgresConfiguration
    /// The most connections open at once.
    public let maxConnections: Int
    /// How long a task waits for a connection when all are lent out; nil waits for ever.
    public let waitLimit: Duration?
    private let logger: Logger
    private let state = Mutex(State())

    /// Creates a pool; nothing connects until the first lease.
    public init(
        configuration: PostgresConfiguration, maxConnections: Int = 4, waitLimit: Duration? = nil,
        logger: Logger = Logger(label: "ilacs.postgres.pool")
    ) {
        precondition(maxConnections > 0, "a pool needs at least one connection")
        self.configuration = configuration
        self.maxConnections = maxConnections
        self.waitLimit = waitLimit
        self.logger = logger
    }

    /// Lends a connection to `body` and takes it back when `body` ends, however it ends.
    public func withConnection<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let connection = try await lease()
        do {
            let value = try await body(connection)
            await release(connection)
            return value
        } catch {
            await release(connection)
            throw error
        }
    }

    /// Runs `body` in a transaction on a pooled connection: committed on return, rolled back on throw.
    public func transaction<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withConnection { connection in try await connection.transaction(body) }
    }

    /// Runs one statement on a pooled connection.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresResult {
        try await withConnection { connection in try await connection.query(sql, parameters) }
    }

    /// Connections open now, lent out or idle (for tests and monitoring).
    public var openConnections: Int { state.withLock { $0.open } }
    /// Connections open and not lent out.
    public var idleConnections: Int { state.withLock { $0.idle.count } }

    /// Closes idle connections and refuses new leases; connections lent out close when returned.
    public func close() {
        let waiters = state.withLock { state -> [Waiter] in
            state.closed = true
            state.open -= state.idle.count
            state.idle.removeAll()
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.continuation.resume(throwing: Self.closedError) }
    }

    private static let closedError = PostgresError(code: .poolClosed, message: "the connection pool is closed")

    private func lease() async throws -> PostgresConnection {
        while true {
            let decision = try state.withLock { state -> Lease in
                if state.closed { throw Self.closedError }
                if let connection = state.idle.popLast() { return .reuse(connection) }
                if state.open < maxConnections {
                    state.open += 1
                    return .open
                }
                return .wait
            }
            switch decision {
            case .reuse(let connection):
                return connection
            case .open:
                do {
                    return try await PostgresConnection.connect(configuration, logger: logger)
                } catch {
                    freeSlot()
                    throw error
                }
            case .wait:
                if let connection = try await waitForConnection() { return connection }
            // A slot was freed rather than a connection handed over: loop and open one.
            }
        }
    }

    private func waitForConnection() async throws -> PostgresConnection? {
        let id = state.withLock { state -> Int in
            defer { state.nextWaiterID += 1 }
            return state.nextWaiterID
        }
        // The bound: when it passes with the waiter still queued, it leaves with an error.
        let timer = waitLimit.map { limit in
            Task { [weak self] in
                try await Task.sleep(for: limit)
                self?.giveUp(waiter: id, after: limit)
            }
        }
        defer { timer?.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let enqueued = state.withLock { state -> Bool in
                    guard !Task.isCancelled, !state.closed else { return false }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return true
                }
                if !enqueued {
                    continuation.resume(throwing: Task.isCancelled ? CancellationError() : Self.closedError)
                }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Takes waiter `id` out of the queue, if still there, with a `.poolExhausted` error.
    private func giveUp(waiter id: Int, after limit: Duration) {
        let waiter = state.withLock { state -> Waiter? in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index)
        }
        waiter?.continuation.resume(
            throwing: PostgresError(
                code: .poolExhausted,
                message: "no database connection came free within \(limit.components.seconds) s (all \(maxConnections) in use); "
                    + "the database is busy or slow: try again, or raise DATABASE_POOL_SIZE or DATABASE_POOL_WAIT_SECONDS"))
    }

    private func release(_ connection: PostgresConnection) async {
        if await connection.needsReset {
            // Drop it: the next lease opens a fresh one, so a broken socket or a transaction
            // the borrower left open never reaches another task.
            logger.debug("dropping a connection that was returned broken or inside a transaction")
            freeSlot()
            return
        }
        let waiter = state.withLock { state -> Waiter? in
            if state.closed {
                state.open -= 1
                return nil
            }
            if !state.waiters.isEmpty { return state.waiters.removeFirst() }
            state.idle.append(connection)
            return nil
        }
        waiter?.continuation.resume(returning: connection)
    }

    /// Gives up one open slot, waking the first waiter so it can open a connection itself.
    private func freeSlot() {
        let waiter = state.withLock { state -> Waiter? in
            state.open -= 1
            return state.waiters.isEmpty ? nil : state.waiters.removeFirst()
        }
        waiter?.continuation.resume(returning: nil)
    }
}
