import CLibPQ
import Foundation

/// Where the database is: a libpq connection string, either a URI
/// (`postgresql://user@host:5432/db`) or key=value pairs (`host=/run/pg dbname=ilacs`).
///
/// The string is validated by libpq itself when the configuration is made, so a malformed
/// `DATABASE_URL` fails early with one line that does not echo the password.
public struct PostgresConfiguration: Sendable, CustomStringConvertible {
    /// The connection string (trimmed), for handing to libpq tools such as `psql`; never print
    /// or log it: it may hold a password.
    public let connectionString: String

    /// Validates `connectionString` with libpq's own parser.
    /// - Throws: `PostgresError` with code `.invalidConfiguration`, naming the problem.
    public init(connectionString: String) throws {
        let trimmed = connectionString.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw PostgresError(
                code: .invalidConfiguration,
                message: "DATABASE_URL is empty; run `make db` and use the DATABASE_URL it prints")
        }
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(trimmed, &errorMessage) else {
            let reason =
                errorMessage.map { PostgresError.withoutQuotedValues(String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines)) }
                ?? "it could not be parsed"
            if let errorMessage { PQfreemem(errorMessage) }
            throw PostgresError(
                code: .invalidConfiguration,
                message: "DATABASE_URL is not a valid PostgreSQL connection string (\(reason)); "
                    + "expected postgresql://USER@HOST:PORT/DATABASE or 'host=... dbname=...'; "
                    + "run `make db` to start a local database and print its DATABASE_URL")
        }
        PQconninfoFree(options)
        self.connectionString = trimmed
    }

    /// The same server, user and options, but database `name`.
    public func database(_ name: String) -> PostgresConfiguration {
        var values = options
        values["dbname"] = name
        return Self(options: values)
    }

    /// The same, with waits bounded where the connection string does not bound them itself:
    /// libpq's `connect_timeout` (whole seconds) and the server's `statement_timeout` for every
    /// statement of the session. Zero leaves a wait unbounded.
    public func bounded(connectTimeoutSeconds: Int, statementTimeoutSeconds: Int) -> PostgresConfiguration {
        var values = options
        if values["connect_timeout"] == nil, connectTimeoutSeconds > 0 {
            values["connect_timeout"] = String(connectTimeoutSeconds)
        }
        if !(values["options"] ?? "").contains("statement_timeout"), statementTimeoutSeconds > 0 {
            values["options"] = [values["options"], "-c statement_timeout=\(statementTimeoutSeconds)s"].compactMap { $0 }.joined(separator: " ")
        }
        return Self(options: values)
    }

    /// A configuration of `values`, all of which came from a string libpq already accepted.
    private init(options values: [String: String]) {
        let pairs = values.map { key, value in
            "\(key)='\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))'"
        }
        // Every part came from a string libpq already accepted (or is a number), so this one parses too.
        try! self.init(connectionString: pairs.sorted().joined(separator: " "))
    }

    /// Where the connection goes, without user or password: `host:port/database`.
    public var description: String {
        let values = options
        let host = values["host"] ?? values["hostaddr"] ?? "localhost"
        return "\(host):\(values["port"] ?? "5432")/\(values["dbname"] ?? "?")"
    }

    /// The options the connection string sets, as libpq reads them.
    private var options: [String: String] {
        var values: [String: String] = [:]
        guard let options = PQconninfoParse(connectionString, nil) else { return values }
        var cursor = options
        while let keyword = cursor.pointee.keyword {
            if let value = cursor.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            cursor = cursor.advanced(by: 1)
        }
        PQconninfoFree(options)
        return values
    }
}
