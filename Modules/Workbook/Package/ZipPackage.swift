import Foundation
import ZIPFoundation

/// Why a part of the package could not be streamed; the reader turns these into
/// ``WorkbookError``s that name the file and sheet.
enum PackageFailure: Error {
    /// The archive has no entry with this name.
    case missingPart(String)
    /// The entry's compressed data could not be inflated (truncated, corrupt, bad checksum).
    case damagedData(part: String, detail: String)
    /// The unzipped part could not be written to the temporary folder.
    case temporaryStorage(detail: String)
}

/// An .xlsx file opened as a ZIP archive, whose XML parts can be streamed one at a time.
///
/// It holds an open file, so it is not `Sendable`: each reading operation opens its own.
struct ZipPackage {
    private let archive: Archive

    /// Opens `url` as a ZIP archive.
    /// - Throws: ZIPFoundation's error when the file is not a readable ZIP archive.
    init(url: URL) throws {
        archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
    }

    /// Whether the archive has an entry named `part`.
    func contains(_ part: String) -> Bool {
        entry(part) != nil
    }

    /// Streams the XML part named `part` into `handler`.
    ///
    /// The entry is inflated to a private temporary file and parsed from there, so memory stays
    /// bounded whatever the part's size.
    /// - Throws: ``PackageFailure``, or what ``XMLPartParser/parse(fileAt:into:)`` throws.
    func parse<Handler: XMLPartHandler>(_ part: String, into handler: inout Handler) throws {
        guard let entry = entry(part) else { throw PackageFailure.missingPart(part) }
        let directory = try Self.usingTemporaryStorage { try PrivateDirectory() }
        defer { directory.remove() }
        let file = try Self.usingTemporaryStorage { try directory.createFile(named: "part.xml") }
        do {
            defer { try? file.handle.close() }
            _ = try archive.extract(entry) { chunk in
                try Self.usingTemporaryStorage { try file.handle.write(contentsOf: chunk) }
            }
        } catch let failure as PackageFailure {
            throw failure
        } catch {
            throw PackageFailure.damagedData(part: part, detail: String(describing: error))
        }
        try XMLPartParser.parse(fileAt: file.url, into: &handler)
    }

    /// Runs `work`, reporting its failure as ``PackageFailure/temporaryStorage(detail:)``.
    private static func usingTemporaryStorage<Value>(_ work: () throws -> Value) throws -> Value {
        do {
            return try work()
        } catch {
            throw PackageFailure.temporaryStorage(detail: String(describing: error))
        }
    }

    private func entry(_ part: String) -> Entry? {
        // Part names are case-insensitive in the packaging standard, and a few writers do not
        // use the case their own relationships give.
        archive[part] ?? archive.first { $0.path.lowercased() == part.lowercased() }
    }
}
