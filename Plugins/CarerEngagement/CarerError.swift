/// A carer-engagement command cannot go on: one line saying what is wrong and what to do.
/// It names files, rows, columns and ids of campaigns, never a carer's details.
public struct CarerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
