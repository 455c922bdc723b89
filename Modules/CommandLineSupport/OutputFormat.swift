import ArgumentParser

/// How a command prints its result: aligned text for people, or JSON for programs.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}
