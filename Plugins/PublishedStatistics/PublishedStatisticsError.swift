/// A published-statistics command cannot go on: one line naming the file, row and column, or
/// the setting, and what to do. Never repeats a cell's content.
struct PublishedStatisticsError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The message shown to the coordinator.
    let description: String

    /// A problem with the whole file at `path`.
    static func file(_ path: String, _ problem: String) -> Self {
        Self(description: "\(path): \(problem)")
    }

    /// A problem with one cell of the file at `path`.
    static func cell(_ path: String, row: Int, column: String, _ problem: String) -> Self {
        Self(description: "\(path), row \(row), column `\(column)`: \(problem)")
    }
}
