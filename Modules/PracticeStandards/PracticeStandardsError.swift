/// A standards file cannot be used: one line naming the file and line, and what to do.
public struct PracticeStandardsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name as given.
    public let file: String
    /// The 1-based line at fault, when known.
    public let line: Int?
    /// What is wrong and what to do.
    public let message: String

    /// Creates the error.
    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file), line \($0): \(message)" } ?? "\(file): \(message)"
    }
}
