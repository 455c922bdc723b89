import Foundation
import PrivateFiles

/// A temporary folder only this user can open, removed when done.
///
/// Unzipped sheets hold children's details in plain text, so they never go into the shared
/// temporary folder with default permissions.
struct PrivateDirectory {
    /// The folder's location.
    let url: URL
    /// Removes the folder if the process is interrupted before ``remove()``.
    private let spool: Spool

    /// Creates a new, empty folder (mode 0700) in the system's temporary folder.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("workbook-\(UUID().uuidString)", isDirectory: true)
        spool = Spool(path: url.path)
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: Int(PrivateFile.directoryMode)])
    }

    /// Creates an empty file (mode 0600) named `name` in the folder and opens it for writing.
    func createFile(named name: String) throws -> (url: URL, handle: FileHandle) {
        let file = url.appendingPathComponent(name, isDirectory: false)
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: nil, attributes: [.posixPermissions: Int(PrivateFile.fileMode)])
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return (file, try FileHandle(forWritingTo: file))
    }

    /// Deletes the folder and everything in it; a failure leaves it for the system to clear.
    func remove() {
        spool.remove()
    }
}
