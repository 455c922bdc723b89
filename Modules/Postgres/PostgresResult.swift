import CLibPQ

/// The rows a statement returned, kept in libpq's result buffer until the last reference goes.
///
/// Iterate it for `PostgresRow`s, or use `single` for a one-row query.
public final class PostgresResult: @unchecked Sendable, RandomAccessCollection {
    // Safety: `handle` is never mutated after init, and libpq's PQget* accessors only read a
    // finished PGresult, so concurrent reads from several tasks are safe.
    private let handle: OpaquePointer
    /// Column names in order.
    public let columns: [String]
    /// How many rows an INSERT/UPDATE/DELETE/COPY affected (0 for other statements).
    public let affectedRows: Int

    init(handle: OpaquePointer) {
        self.handle = handle
        columns = (0..<PQnfields(handle)).map { String(cString: PQfname(handle, $0)) }
        affectedRows = Int(String(cString: PQcmdTuples(handle))) ?? 0
    }

    deinit { PQclear(handle) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(PQntuples(handle)) }
    public subscript(position: Int) -> PostgresRow { PostgresRow(result: self, index: position) }

    /// The only row, or nil when there is none.
    public var single: PostgresRow? { isEmpty ? nil : self[0] }

    /// The text of one cell, or nil for NULL.
    func text(row: Int, column: Int) -> String? {
        if PQgetisnull(handle, Int32(row), Int32(column)) == 1 { return nil }
        return String(cString: PQgetvalue(handle, Int32(row), Int32(column)))
    }
}

/// One row of a `PostgresResult`; decode its cells by position or by column name.
public struct PostgresRow: Sendable {
    let result: PostgresResult
    let index: Int

    /// Decodes the cell in column `column` (0-based) as `T`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, at column: Int) throws -> T {
        guard result.columns.indices.contains(column) else {
            throw PostgresError(code: .decodingFailed, message: "no column \(column) in a result of \(result.columns.count)")
        }
        do {
            return try T.decode(postgresText: result.text(row: index, column: column))
        } catch var error as PostgresError {
            error.message = "column \"\(result.columns[column])\": \(error.message)"
            throw error
        }
    }

    /// Decodes the cell in the column named `name` as `T`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, _ name: String) throws -> T {
        guard let column = result.columns.firstIndex(of: name) else {
            throw PostgresError(code: .decodingFailed, message: "no column named \"\(name)\" in the result")
        }
        return try decode(type, at: column)
    }
}
