/// A local list cannot be stored or found: one line saying what is wrong and what to do. It
/// never holds a child's id.
public struct LocalListError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }

    /// `name` is not lower-case letters, digits and hyphens.
    public static func badName(_ name: String) -> LocalListError {
        LocalListError("--name '\(name)': use lower-case letters, digits and hyphens, e.g. \(LocalListStore.childrenNotInSchool)")
    }

    /// Snapshot `id` does not exist.
    static func unknownSnapshot(_ id: Int) -> LocalListError {
        LocalListError("there is no snapshot \(id); list them with: ilacs-admin snapshots")
    }
}
