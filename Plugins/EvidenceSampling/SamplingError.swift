/// A sampling command cannot go on: the message says what is wrong and what to do. It never
/// holds a child's details.
public struct SamplingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do, on one line.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
