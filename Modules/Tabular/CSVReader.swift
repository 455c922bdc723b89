import Foundation

/// Reads a CSV file record by record, in constant memory whatever the file's size.
///
/// It follows RFC 4180 as spreadsheet programs write it: comma-separated, fields optionally in
/// double quotes, `""` for a quote inside quotes, quoted fields may span lines, CRLF or LF line
/// ends, an optional UTF-8 byte-order mark. The text is UTF-8; a file that is not valid UTF-8
/// but reads as Windows-1252 (what Excel's plain "CSV" saves in the UK) is decoded as such,
/// and ``encoding`` says which was used. It reads bytes directly rather than characters, which
/// makes it several times faster than the CSV libraries available here (see `make bench`).
///
/// Errors name the file and the record number (1 = the header), never a cell's content.
public final class CSVReader {
    /// The text encodings the reader accepts.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    /// The file's path, as given.
    public let path: String
    /// The encoding the file was read in, decided from its first 64 KiB.
    public private(set) var encoding: Encoding = .utf8
    /// The number of the record last returned, counting the header as 1, as a spreadsheet shows rows.
    public private(set) var recordNumber = 0
    /// The most bytes one field may hold; a longer one is refused rather than exhausting memory.
    public static let maximumFieldBytes = 64 << 20

    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var field: [UInt8] = []
    private var bytesRead = 0

    /// Opens `path`.
    /// - Throws: `TabularError` when the file is missing, unreadable, empty, or in an encoding
    ///   that is neither UTF-8 nor Windows-1252.
    public init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TabularError(file: path, "cannot open the file; check the path and that it is readable")
        }
        self.handle = handle
        try refill()
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if chunk.count - position == 0 {
            throw TabularError(file: path, "the file is empty; export the list again with its header row")
        }
        encoding = try Self.detectEncoding(chunk[position...], file: path)
        field.reserveCapacity(256)
    }

    deinit { try? handle.close() }

    /// The next record's fields, or nil at the end of the file. Blank lines are skipped.
    /// - Throws: `TabularError` for an unterminated quoted field, an oversized field or bytes
    ///   that are not valid in the file's encoding.
    public func nextRecord() throws -> [String]? {
        var fields: [String] = []
        var inQuotes = false
        var quotedField = false
        var sawAnything = false
        field.removeAll(keepingCapacity: true)
        while true {
            if position == chunk.count {
                if !atEnd { try refill() }
                if position == chunk.count {
                    if inQuotes {
                        throw TabularError(file: path, record: recordNumber + 1,
                                           "a quoted field is not closed before the end of the file; check for a stray \" character")
                    }
                    guard sawAnything else { return nil }
                    fields.append(try finishField())
                    recordNumber += 1
                    return fields
                }
            }
            let byte = chunk[position]
            position += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if try peek() == UInt8(ascii: "\"") {
                        position += 1
                        try append(byte)
                    } else {
                        inQuotes = false
                    }
                } else {
                    try append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(try finishField())
                quotedField = false
                sawAnything = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if byte == UInt8(ascii: "\r"), try peek() == UInt8(ascii: "\n") { position += 1 }
                guard sawAnything || !field.isEmpty || quotedField else { continue }  // a blank line
                fields.append(try finishField())
                recordNumber += 1
                return fields
            case UInt8(ascii: "\"") where field.isEmpty && !quotedField:
                inQuotes = true
                quotedField = true
                sawAnything = true
            default:
                try append(byte)
                sawAnything = true
            }
        }
    }

    private func append(_ byte: UInt8) throws {
        guard field.count < Self.maximumFieldBytes else {
            throw TabularError(file: path, record: recordNumber + 1,
                               "a field is longer than \(Self.maximumFieldBytes >> 20) MiB; check the file is a CSV export")
        }
        field.append(byte)
    }

    private func finishField() throws -> String {
        defer { field.removeAll(keepingCapacity: true) }
        switch encoding {
        case .utf8:
            guard let text = String(validating: field, as: UTF8.self) else {
                throw TabularError(file: path, record: recordNumber + 1,
                                   "the file is not valid UTF-8 here; save it from Excel as \"CSV UTF-8\" and import it again")
            }
            return text
        case .windows1252:
            return try Windows1252.decode(field, file: path, record: recordNumber + 1)
        }
    }

    private func peek() throws -> UInt8? {
        if position == chunk.count, !atEnd { try refill() }
        return position < chunk.count ? chunk[position] : nil
    }

    private func refill() throws {
        do {
            let data = try handle.read(upToCount: 1 << 20) ?? Data()
            chunk = Array(data)
            position = 0
            atEnd = data.isEmpty
            bytesRead += data.count
        } catch {
            throw TabularError(file: path, "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// UTF-8 when the sample is valid UTF-8 (a multi-byte character cut at the sample's end is
    /// fine), Windows-1252 when it is not but every byte is defined there; otherwise an error.
    static func detectEncoding(_ sample: ArraySlice<UInt8>, file: String) throws -> Encoding {
        var bytes = Array(sample.prefix(64 << 10))
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        // Drop a character cut in half by the sample's end before judging.
        let cut = sample.count > bytes.count
        for _ in 0..<3 where cut && !bytes.isEmpty && bytes.last! >= 0x80 {
            bytes.removeLast()
            if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        }
        if Windows1252.canDecode(bytes) { return .windows1252 }
        throw TabularError(file: file, "the file is neither UTF-8 nor Windows-1252 text; save it from Excel as \"CSV UTF-8\"")
    }
}
