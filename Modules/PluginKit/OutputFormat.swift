import ArgumentParser

/// How a command prints its result: aligned text for people, or JSON for programs.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}

extension String {
    /// The string padded with spaces to `width` characters, for aligned columns.
    public func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
