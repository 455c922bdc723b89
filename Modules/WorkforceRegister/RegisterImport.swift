import Foundation

/// One version of the register: the import that made it, with the SHA-256 of each file read.
public struct RegisterImport: Sendable, Hashable, Codable {
    /// The version's id.
    public var id: Int
    /// When it was imported.
    public var importedAt: Date
    /// Who imported it.
    public var importedBy: String
    /// The directory or file name it came from (no path).
    public var source: String
    /// SHA-256 over the files' hashes, lowercase hex: the same files give the same hash.
    public var contentSHA256: String
    /// Each file's SHA-256, by file name.
    public var fileSHA256: [String: String]
    /// Rows per file, keyed `staff`, `leave`, `supervision`, `training`.
    public var counts: [String: Int]

    /// Creates the value.
    public init(
        id: Int, importedAt: Date, importedBy: String, source: String, contentSHA256: String, fileSHA256: [String: String], counts: [String: Int]
    ) {
        self.id = id
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.source = source
        self.contentSHA256 = contentSHA256
        self.fileSHA256 = fileSHA256
        self.counts = counts
    }
}
