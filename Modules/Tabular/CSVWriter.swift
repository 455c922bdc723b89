import PrivateFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a CSV file record by record: RFC 4180 quoting (fields holding a comma, a double
/// quote, CR or LF are quoted, with embedded quotes doubled), UTF-8 without a byte-order mark,
/// `\n` line ends, through a 1 MiB buffer so millions of records cost a few hundred system calls.
///
/// Call ``close()`` to write the last records; a writer dropped without it (after an error)
/// closes its file and discards what was still buffered.
public final class CSVWriter {
    /// Where the file is.
    public let path: String
    /// Records written so far, the header included.
    public private(set) var records = 0
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `path`.
    /// - Throws: `TabularError` naming the file and the system's reason.
    public init(path: String) throws {
        self.path = path
        // Mode 0600 from the start: a CSV may hold children's rows.
        let descriptor: Int32
        do {
            descriptor = try PrivateFile.create(atPath: path)
        } catch let error as PrivateFileError {
            throw TabularError(file: path, "cannot create the file (\(error.reason)); check the folder exists and is writable")
        }
        guard let file = fdopen(descriptor, "wb") else {
            Glibc.close(descriptor)
            throw TabularError(file: path, "cannot create the file (\(Self.systemReason())); check the folder exists and is writable")
        }
        self.file = file
        buffer.reserveCapacity(Self.flushThreshold + 64 * 1024)
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(field)
        }
        buffer.append(UInt8(ascii: "\n"))
        records += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file.
    public func close() throws {
        try flush()
        guard let file else { return }
        self.file = nil
        if fclose(file) != 0 {
            throw TabularError(file: path, "cannot finish writing the file (\(Self.systemReason())); is the disk full?")
        }
    }

    /// `field` as it stands in a CSV record: quoted (with quotes doubled) when it holds a comma,
    /// a quote or a line break, as is otherwise. For callers that build CSV text in memory.
    public static func quoted(_ field: String) -> String {
        guard needsQuotes(field) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
    }

    private func append(_ field: String) {
        guard Self.needsQuotes(field) else { return buffer.append(contentsOf: field.utf8) }
        buffer.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private func flush() throws {
        guard !buffer.isEmpty, let file else { return }
        let written = buffer.withUnsafeBytes { bytes in fwrite(bytes.baseAddress, 1, bytes.count, file) }
        guard written == buffer.count else {
            throw TabularError(file: path, "cannot write the file (\(Self.systemReason())); is the disk full?")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
