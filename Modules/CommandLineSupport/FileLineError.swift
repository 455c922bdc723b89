/// A text file a user wrote (a sampling plan, an audit tool) is wrong: the message names the
/// file, the line and what to write instead.
public struct FileLineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name as given.
    public let file: String
    /// The 1-based line at fault, when there is one.
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
        if let line { return "\(file) line \(line): \(message)" }
        return "\(file): \(message)"
    }
}
