import Foundation
import Hashing

/// A file shared with inspectors, as Reporting records it: its name, size and SHA-256.
struct AttachedFile {
    var name: String
    var bytes: Int
    var sha256: String

    /// Reads the file at `path` to measure and hash it.
    /// - Throws: `ReportingError` when it cannot be read.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportingError("cannot read \(path); give the path of the file to attach")
        }
        name = (path as NSString).lastPathComponent
        bytes = data.count
        sha256 = HexDigest.sha256(data)
    }
}
