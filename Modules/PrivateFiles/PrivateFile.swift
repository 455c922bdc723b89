import Foundation
import Synchronization

/// Files that may hold child-level data (exports, downloads, reports with child rows, maildir
/// messages, spools): created readable and writable by their owner only (mode 0600), in
/// folders that only the owner can open (0700) when this code creates them. Every writer of
/// such a file goes through here, so none is ever readable by other users, even for a moment.
public enum PrivateFile {
    /// The mode of every file: owner read and write.
    public static let fileMode: mode_t = 0o600
    /// The mode of every folder this code creates: owner only.
    public static let directoryMode: mode_t = 0o700

    /// Creates (or truncates) the file at `path` with mode 0600, whatever the umask, and returns
    /// its open descriptor for writing. An existing file's mode is set to 0600 too.
    /// - Throws: `PrivateFileError` naming the file and the system's reason.
    public static func create(atPath path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw PrivateFileError(path: path, errno: errno) }
        guard fchmod(descriptor, fileMode) == 0 else {
            let code = errno
            close(descriptor)
            throw PrivateFileError(path: path, errno: code)
        }
        return descriptor
    }

    /// Writes `data` to `path` atomically (a 0600 file beside it, renamed over it), so `path`
    /// is never half-written nor, even briefly, readable by others.
    public static func write(_ data: Data, toPath path: String) throws {
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial").path
        let spool = Spool(path: partial)
        let handle = FileHandle(fileDescriptor: try create(atPath: partial), closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
        guard rename(partial, path) == 0 else { throw PrivateFileError(path: path, errno: errno) }
        spool.kept()
    }

    /// Creates the folder at `path` (and any missing parents) with mode 0700; a folder that
    /// already exists keeps its mode (it is the operator's).
    public static func createDirectory(atPath path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(directoryMode)])
        } catch {
            throw PrivateFileError(path: path, reason: error.localizedDescription)
        }
    }
}

/// A file or folder could not be created or written; names it and the system's reason.
public struct PrivateFileError: Error, CustomStringConvertible {
    /// The file or folder.
    public let path: String
    /// What the system said.
    public let reason: String

    /// An error for `path` with the system's `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    public var description: String { "cannot write \(path): \(reason); check the folder exists and is writable" }
}
