/// Mail cannot go out: one line saying what is wrong and what to do. It names settings,
/// folders and outbox ids, never an address or a recipient's name.
public struct MessagingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
