import Foundation
import PrivateFiles
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an .xlsx workbook sheet by sheet, row by row, in bounded memory.
///
/// ```swift
/// let writer = try XLSXWriter(path: "export.xlsx")
/// try writer.addSheet(named: "List_8") { sheet in
///     try sheet.appendRow(["Child Unique ID", "Placement Type"], bold: true)
///     try sheet.appendRow(["C0001", "U4"])
/// }
/// try writer.finish()
/// ```
///
/// Every cell is text (see ``XLSXSheetWriter/appendRow(_:bold:)``). Each sheet is written to
/// a private temporary file, then deflated into the workbook; the workbook itself is built
/// beside `path` under a hidden name and renamed to `path` by ``finish()``, so `path` never
/// holds a half-written file, and an existing file there is replaced only on success. A writer
/// that is dropped without ``finish()`` deletes what it wrote.
///
/// Not `Sendable`: use one writer from one task. Its calls block on file I/O.
public final class XLSXWriter {
    /// The workbook's path, as given.
    public let path: String

    private let destination: URL
    private let partial: URL
    private let scratch: PrivateDirectory
    private var archive: Archive?
    private var sheetNames: [String] = []
    private var isFinished = false
    private var spool: Spool?

    /// Starts a workbook that ``finish()`` will write to `path`.
    /// - Throws: ``WorkbookError`` (`writeFailed`) when the folder of `path` does not exist or
    ///   cannot be written.
    public init(path: String) throws {
        self.path = path
        destination = URL(fileURLWithPath: path)
        partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        scratch = try WorkbookError.whileWriting(path, "could not create a temporary folder; check it has free space") {
            try PrivateDirectory()
        }
        do {
            archive = try WorkbookError.whileWriting(
                path, "the file cannot be created; check the folder exists and can be written to"
            ) {
                try Archive(url: partial, accessMode: .create, pathEncoding: nil)
            }
            // Owner only before any sheet is written; removed on every exit path until finished.
            chmod(partial.path, PrivateFile.fileMode)
            spool = Spool(path: partial.path)
        } catch {
            scratch.remove()
            throw error
        }
    }

    deinit {
        archive = nil
        if !isFinished { try? FileManager.default.removeItem(at: partial) }
        scratch.remove()
    }

    /// Adds a sheet named `name` after those already added, and fills it through `body`.
    ///
    /// If `body` throws, the sheet is left out and the error is rethrown; the workbook can
    /// still be finished with the other sheets.
    /// - Throws: ``WorkbookError`` (`invalidSheetName`) for a name Excel would refuse: empty,
    ///   longer than 31 characters, containing `[ ] : * ? / \` or a control character,
    ///   starting or ending with `'`, `History`, or already used (ignoring case);
    ///   (`writeFailed`) when the sheet cannot be written; or what `body` threw.
    public func addSheet(named name: String, _ body: (inout XLSXSheetWriter) throws -> Void) throws {
        guard let archive else { preconditionFailure("XLSXWriter.addSheet called after finish()") }
        try validate(sheetName: name)
        let sheetFile = try WorkbookError.whileWriting(
            path, sheet: name, "could not create a temporary file; check the temporary folder has free space"
        ) {
            try scratch.createFile(named: "sheet.xml")
        }
        defer { try? FileManager.default.removeItem(at: sheetFile.url) }
        // The sheet's file is closed before ZIPFoundation opens it again by path.
        do {
            defer { try? sheetFile.handle.close() }
            var sheet = XLSXSheetWriter(name: name, file: path, handle: sheetFile.handle)
            try body(&sheet)
            try sheet.finish()
        }
        let part = "xl/worksheets/sheet\(sheetNames.count + 1).xml"
        try WorkbookError.whileWriting(
            path, sheet: name, "the sheet could not be added to the file; check the disk has free space"
        ) {
            try archive.addEntry(with: part, fileURL: sheetFile.url, compressionMethod: .deflate)
        }
        sheetNames.append(name)
    }

    /// Writes the workbook's remaining parts and moves the finished file to ``path``,
    /// replacing any file there. Afterwards the writer cannot be used again, unless this threw
    /// because no sheet had been added.
    /// - Throws: ``WorkbookError`` (`writeFailed`) when no sheet was added or the file cannot
    ///   be completed.
    public func finish() throws {
        precondition(archive != nil, "XLSXWriter.finish called twice")
        guard !sheetNames.isEmpty else {
            throw WorkbookError(
                .writeFailed, file: path, "the workbook has no sheets; add at least one before finishing")
        }
        try WorkbookError.whileWriting(path, "the file could not be completed; check the disk has free space") {
            try addWorkbookParts()
            // Releasing the archive closes its file, so nothing can be written to it once it
            // carries the destination's name.
            archive = nil
            // rename(2) replaces an existing file atomically; FileManager has no call that does
            // so on Linux when the destination does not exist yet.
            guard rename(partial.path, destination.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        spool?.kept()
        isFinished = true
    }

    private func addWorkbookParts() throws {
        guard let archive else { return }
        for (part, xml) in WorkbookParts(sheetNames: sheetNames).all {
            let data = Data(xml.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    private func validate(sheetName name: String) throws {
        let forbidden = Set("[]:*?/\\")
        let problem: String? =
            if name.isEmpty { "is empty" } else if name.utf16.count > 31 {
                "is longer than Excel's 31 characters"
            } else if name.contains(where: { forbidden.contains($0) }) {
                "contains one of [ ] : * ? / \\"
            } else if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                "contains a control character"
            } else if name.hasPrefix("'") || name.hasSuffix("'") { "starts or ends with an apostrophe" } else if name.lowercased() == "history" {
                "is reserved by Excel"
            } else if sheetNames.contains(where: { $0.lowercased() == name.lowercased() }) { "is already used" } else { nil }
        if let problem {
            throw WorkbookError(
                .invalidSheetName, file: path, sheet: name, "the sheet name \(problem); choose another name")
        }
    }
}
