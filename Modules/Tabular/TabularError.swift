/// A file could not be read as a table: one line naming the file (and record, when known) and
/// what to do. It never quotes a cell, which may hold personal data.
public struct TabularError: Error, Sendable, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// The record (row) number, counting the header as 1, when the problem is in one record.
    public let record: Int?
    /// What is wrong and what to do.
    public let message: String

    /// Creates the error.
    public init(file: String, record: Int? = nil, _ message: String) {
        self.file = file
        self.record = record
        self.message = message
    }

    public var description: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return record.map { "\(name), row \($0): \(message)" } ?? "\(name): \(message)"
    }
}
