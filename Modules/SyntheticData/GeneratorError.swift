/// Why the generator could not write its files, with a one-line message naming the path and
/// what to do.
///
/// ``code`` is stable for callers to branch on; new codes may be added later. No personal data
/// ever appears in a message: only paths and the system's reason.
public struct GeneratorError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: Sendable, Hashable {
            case cannotCreateDirectory, cannotWriteFile
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The output directory could not be created (or is a file).
        public static let cannotCreateDirectory = Code(.cannotCreateDirectory)
        /// A file could not be opened, written or closed.
        public static let cannotWriteFile = Code(.cannotWriteFile)

        /// A snake_case name for logs.
        public var description: String {
            switch base {
            case .cannotCreateDirectory: "cannot_create_directory"
            case .cannotWriteFile: "cannot_write_file"
            }
        }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The directory or file concerned.
    public let path: String
    /// The operating system's reason, such as "Permission denied", when it gave one.
    public let reason: String?

    init(_ code: Code, path: String, reason: String? = nil) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// One line: what failed, where, why if known, and what to do.
    public var description: String {
        let why = reason.map { " (\($0))" } ?? ""
        switch code {
        case .cannotCreateDirectory:
            return "Cannot create the output directory \(path)\(why): choose a path that is not a file and that you may write to."
        default:
            return "Cannot write \(path)\(why): check there is free disk space and that you may write to the directory."
        }
    }
}
