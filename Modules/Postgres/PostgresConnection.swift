import CLibPQ
import Foundation
import Logging

/// One connection to PostgreSQL through libpq.
///
/// Every libpq call is blocking, so each connection runs them on a thread of its own and the
/// calling task awaits the answer: the cooperative thread pool is never blocked.
/// Use a connection from one task at a time (the pool guarantees this).
///
/// A statement run outside a transaction is retried once, on a fresh connection, when the old
/// one turns out to have been closed by the server (for instance after a restart). Inside a
/// transaction nothing is retried: the error is thrown and the transaction is lost.
public final class PostgresConnection: @unchecked Sendable {
    // Safety: `handle` is used only by jobs running on `thread`, one at a time, so libpq never
    // sees two calls on one PGconn at once.
    private var handle: OpaquePointer
    private let thread: BlockingThread
    /// Where this connection goes.
    public let configuration: PostgresConfiguration
    let logger: Logger

    private init(handle: OpaquePointer, thread: BlockingThread, configuration: PostgresConfiguration, logger: Logger) {
        self.handle = handle
        self.thread = thread
        self.configuration = configuration
        self.logger = logger
    }

    deinit {
        // No job can be running: each one holds a reference to the connection.
        PQfinish(handle)
        thread.stop()
    }

    /// Opens a connection.
    /// - Throws: `PostgresError` `.connectionFailed` with libpq's reason (never the password).
    public static func connect(
        _ configuration: PostgresConfiguration,
        logger: Logger = Logger(label: "ilacs.postgres")
    ) async throws -> PostgresConnection {
        let thread = BlockingThread(name: "ilacs.postgres")
        do {
            let handle = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<OpaquePointer, any Error>) in
                thread.submit { continuation.resume(with: Result { try Self.open(configuration) }) }
            }
            return PostgresConnection(handle: handle, thread: thread, configuration: configuration, logger: logger)
        } catch {
            thread.stop()
            throw error
        }
    }

    /// Runs one statement with its parameters bound separately (`$1`, `$2`, ...).
    /// - Returns: the rows it produced (empty for statements without rows).
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresResult {
        let texts = parameters.map(\.postgresText)
        return try await onQueue { connection in try connection.lockedExecute(sql, texts) }
    }

    /// Runs one statement and returns how many rows it affected.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> Int {
        try await query(sql, parameters).affectedRows
    }

    /// Runs trusted SQL that ships with the code, such as a migration: several statements may be
    /// separated by semicolons, and no parameters can be bound. Never pass user input here.
    public func executeScript(_ sql: String) async throws {
        try await startScript(sql).finished()
    }

    /// Hands trusted SQL (as ``executeScript(_:)``) to the connection's thread without waiting:
    /// statements and COPY data sent afterwards run after it, so the server can build an index
    /// while the caller prepares what comes next. Await ``PendingScript/finished()`` for the
    /// outcome; a failure inside a transaction also makes everything after it fail.
    public func startScript(_ sql: String) -> PendingScript {
        let pending = PendingScript()
        submit { connection in
            let result = PQexec(connection.handle, sql)
            defer { PQclear(result) }
            pending.ran(failure: connection.lockedFailure(result, statement: sql, parameters: []))
        }
        return pending
    }

    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws.
    public func transaction<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await execute("BEGIN")
        do {
            let value = try await body(self)
            try await execute("COMMIT")
            return value
        } catch {
            _ = try? await execute("ROLLBACK")
            throw error
        }
    }

    /// True when the server has closed this connection or a transaction is left open, so the
    /// pool should not lend it out as it is.
    var needsReset: Bool {
        get async {
            (try? await onQueue { connection in
                PQstatus(connection.handle) != CONNECTION_OK
                    || PQtransactionStatus(connection.handle) != PQTRANS_IDLE
            }) ?? true
        }
    }

    /// Runs `body` on this connection's thread with exclusive use of the libpq handle.
    func onQueue<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            thread.submit { continuation.resume(with: Result { try body(self) }) }
        }
    }

    /// Runs `body` on the connection's thread after the jobs submitted before it, without waiting.
    func submit(_ body: @escaping @Sendable (PostgresConnection) -> Void) {
        thread.submit { [self] in body(self) }
    }

    /// Sends `chunk` of COPY data on the connection's thread, after the jobs submitted before
    /// it, without waiting; `window` counts it sent (or failed). Nothing is sent once a chunk
    /// has failed.
    func send(_ chunk: [UInt8], window: SendWindow) {
        thread.submit { [self] in
            guard window.failure == nil else { return window.sent(failure: nil) }
            let sent = chunk.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    PQputCopyData(handle, chars.baseAddress, Int32(chars.count))
                }
            }
            window.sent(
                failure: sent == 1
                    ? nil : PostgresError(code: .copyFailed, message: "could not send COPY data: \(Self.lastError(handle))"))
        }
    }

    /// The raw libpq handle; only valid inside an `onQueue` block.
    var lockedHandle: OpaquePointer { handle }

    // MARK: - Work done on `thread`

    private func lockedExecute(_ sql: String, _ texts: [String?]) throws -> PostgresResult {
        let outsideTransaction = PQtransactionStatus(handle) == PQTRANS_IDLE
        if PQstatus(handle) != CONNECTION_OK { try lockedReset() }
        do {
            return try lockedRun(sql, texts)
        } catch let error as PostgresError where error.code == .connectionLost && outsideTransaction {
            logger.notice("the server closed the connection; reconnecting and retrying the statement once")
            try lockedReset()
            return try lockedRun(sql, texts)
        }
    }

    private func lockedRun(_ sql: String, _ texts: [String?]) throws -> PostgresResult {
        let cStrings = texts.map { $0.flatMap { strdup($0) } }
        defer { cStrings.forEach { free($0) } }
        let values: [UnsafePointer<CChar>?] = cStrings.map { $0.map { UnsafePointer($0) } }
        let result = PQexecParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
        do {
            try lockedCheck(result, statement: sql, parameters: texts)
        } catch {
            PQclear(result)
            throw error
        }
        return PostgresResult(handle: result!)
    }

    /// Throws unless `result` is a successful command or query result.
    func lockedCheck(_ result: OpaquePointer?, statement: String, parameters: [String?]) throws {
        if let failure = lockedFailure(result, statement: statement, parameters: parameters) { throw failure }
    }

    /// The error for `result` unless it is a successful command or query result.
    func lockedFailure(_ result: OpaquePointer?, statement: String, parameters: [String?]) -> PostgresError? {
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN { return nil }
        return lockedError(result, statement: statement, parameters: parameters)
    }

    /// The error for a failed result, redacting any parameter value the server quoted.
    func lockedError(_ result: OpaquePointer?, statement: String, parameters: [String?]) -> PostgresError {
        if PQstatus(handle) != CONNECTION_OK {
            return PostgresError(
                code: .connectionLost,
                message: "lost the connection to PostgreSQL at \(configuration): \(Self.lastError(handle))",
                statement: statement)
        }
        func field(_ code: Character) -> String? {
            guard let result, let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: value)
        }
        let primary = field("M") ?? Self.lastError(handle)
        return PostgresError(
            code: .serverError,
            message: PostgresError.redacting(primary, parameters: parameters),
            sqlState: field("C"),
            statement: statement)
    }

    private func lockedReset() throws {
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            throw PostgresError(
                code: .connectionFailed,
                message: "cannot reconnect to PostgreSQL at \(configuration): \(Self.lastError(handle))")
        }
        try Self.prepareSession(handle)
    }

    private static func open(_ configuration: PostgresConfiguration) throws -> OpaquePointer {
        guard let handle = PQconnectdb(configuration.connectionString) else {
            throw PostgresError(code: .connectionFailed, message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = lastError(handle)
            PQfinish(handle)
            throw PostgresError(
                code: .connectionFailed,
                message: "cannot connect to PostgreSQL at \(configuration): \(reason)")
        }
        do {
            try prepareSession(handle)
        } catch {
            PQfinish(handle)
            throw error
        }
        return handle
    }

    /// Session settings the decoders rely on, applied after every (re)connect.
    private static func prepareSession(_ handle: OpaquePointer) throws {
        // Server notices (e.g. "relation already exists, skipping") must not reach stderr.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        let result = PQexec(handle, "SET DateStyle TO ISO, YMD; SET client_encoding TO 'UTF8'")
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COMMAND_OK else {
            throw PostgresError(code: .connectionFailed, message: "cannot prepare the session: \(lastError(handle))")
        }
    }

    /// libpq's last error message for `handle`, on one line.
    static func lastError(_ handle: OpaquePointer) -> String {
        String(cString: PQerrorMessage(handle))
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
