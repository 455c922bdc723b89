import Foundation

/// An error from the Postgres module: what failed, with the server's SQLSTATE and message and the
/// statement that was running.
///
/// It never holds the values bound to the statement's parameters, which may be personal data:
/// any parameter value the server echoed in its message is replaced by `‹redacted›`, and the
/// server's DETAIL (which can quote whole rows) is dropped.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure. New kinds can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidConfiguration, connectionFailed, connectionLost, serverError
            case copyFailed, decodingFailed, poolClosed, migrationChanged, poolExhausted
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// `DATABASE_URL` (or the connection string given) could not be understood.
        public static let invalidConfiguration = Code(.invalidConfiguration)
        /// The server could not be reached or refused the connection.
        public static let connectionFailed = Code(.connectionFailed)
        /// The connection broke while a statement or transaction was running.
        public static let connectionLost = Code(.connectionLost)
        /// The server rejected a statement; `sqlState` says why.
        public static let serverError = Code(.serverError)
        /// A COPY FROM STDIN did not complete.
        public static let copyFailed = Code(.copyFailed)
        /// A result value could not be decoded into the Swift type asked for.
        public static let decodingFailed = Code(.decodingFailed)
        /// The pool was shut down.
        public static let poolClosed = Code(.poolClosed)
        /// A migration's SQL differs from the one recorded when it was applied.
        public static let migrationChanged = Code(.migrationChanged)
        /// Every connection of the pool stayed lent out for the pool's whole wait: the database is
        /// busy or slow; a web app answers 503, a command stops with one line.
        public static let poolExhausted = Code(.poolExhausted)

        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The five-character SQLSTATE the server sent, when it sent one (e.g. `23505`).
    public var sqlState: String?
    /// The server's (or libpq's) primary message, with parameter values redacted.
    public var message: String
    /// The SQL statement that was running, without its parameter values.
    public var statement: String?

    /// Creates an error; `message` must not contain personal data.
    public init(code: Code, message: String, sqlState: String? = nil, statement: String? = nil) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.statement = statement
    }

    /// One line for a person: the message and the SQLSTATE, then the statement, shortened.
    public var description: String {
        var text = message
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if let statement {
            let oneLine = statement.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            text += " in: \(oneLine.count > 160 ? String(oneLine.prefix(157)) + "..." : oneLine)"
        }
        return text
    }

    /// True when the server refused the statement because of a unique constraint.
    public var isUniqueViolation: Bool { sqlState == "23505" }

    /// Replaces every non-trivial parameter value quoted in `message` so no bound value leaks.
    static func redacting(_ message: String, parameters: [String?]) -> String {
        var text = message
        for case let value? in parameters where value.count >= 2 {
            text = text.replacingOccurrences(of: value, with: "‹redacted›")
        }
        return text
    }
}

extension PostgresError {
    /// Replaces every double-quoted fragment of `message` by `"…"`: libpq and the server quote
    /// offending values that way, and with COPY there is no parameter list to redact against.
    static func withoutQuotedValues(_ message: String) -> String {
        var result = ""
        var inQuotes = false
        for character in message {
            if character == "\"" {
                inQuotes.toggle()
                result.append(inQuotes ? "\"…" : "\"")
            } else if !inQuotes {
                result.append(character)
            }
        }
        return result
    }
}
