import Foundation

/// Reads a CSV file record by record, in constant memory whatever the file's size.
///
/// It follows RFC 4180 as spreadsheet programs write it: comma-separated, fields optionally in
/// double quotes, `""` for a quote inside quotes, quoted fields may span lines, CRLF or LF line
/// ends, an optional UTF-8 byte-order mark; blank lines are skipped. The text is UTF-8; a file
/// that is not valid UTF-8 but reads as Windows-1252 (what Excel's plain "CSV" saves in the UK)
/// is decoded as such, and ``encoding`` says which was used.
///
/// It scans bytes in place and makes each field's string straight from the file's buffer,
/// which makes it about three times faster than the CSV.swift library (see `make bench`).
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
    @exclusivity(unchecked) public private(set) var encoding: Encoding = .utf8
    /// The number of the record last returned, counting the header as 1, as a spreadsheet shows rows.
    public private(set) var recordNumber = 0
    /// The most bytes one field may hold; a longer one is refused rather than exhausting memory.
    public static let maximumFieldBytes = 64 << 20

    private static let readSize = 1 << 20
    private let handle: FileHandle
    /// Unread bytes start at `position`; a record never straddles a refill, because an
    /// incomplete record is kept and more bytes are appended behind it.
    // Unchecked: the reader is used by one task at a time, and a dynamic exclusivity check on
    // each access cost as much as parsing the bytes.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var atEnd = false
    /// The record ``nextRecord()`` reads into before making its strings.
    @exclusivity(unchecked) private var scratch = CSVRecord()

    /// Opens `path`.
    /// - Throws: `TabularError` when the file is missing, unreadable, empty, or in an encoding
    ///   that is neither UTF-8 nor Windows-1252.
    public init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TabularError(file: path, "cannot open the file; check the path and that it is readable")
        }
        self.handle = handle
        try readMore(atLeast: Self.readSize)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if buffer.count - position == 0 {
            throw TabularError(file: path, "the file is empty; export the list again with its header row")
        }
        encoding = try Self.detectEncoding(buffer[position...], file: path)
    }

    deinit { try? handle.close() }

    /// The next record's fields, or nil at the end of the file.
    /// - Throws: `TabularError` for an unterminated quoted field, an oversized field or bytes
    ///   that are not valid in the file's encoding.
    public func nextRecord() throws -> [String]? {
        try nextRecord(into: &scratch) ? scratch.strings : nil
    }

    /// Reads the next record's fields into `record` as UTF-8 bytes (whatever the file's
    /// encoding), reusing its storage, so reading allocates nothing per record.
    /// - Returns: false at the end of the file (`record` is then empty).
    /// - Throws: as ``nextRecord()``.
    public func nextRecord(into record: inout CSVRecord) throws -> Bool {
        while true {
            record.removeAll()
            let outcome = try buffer.withUnsafeBufferPointer { bytes in try parseRecord(bytes, into: &record) }
            switch outcome {
            case .record(let next):
                position = next
                recordNumber += 1
                return true
            case .blank(let next):
                position = next
            case .needMore:
                if atEnd {
                    guard position < buffer.count else { return false }
                    throw TabularError(
                        file: path, record: recordNumber + 1,
                        "a quoted field is not closed before the end of the file; check for a stray \" character")
                }
                let pending = buffer.count - position
                guard pending <= Self.maximumFieldBytes else {
                    throw TabularError(
                        file: path, record: recordNumber + 1,
                        "a field is longer than \(Self.maximumFieldBytes >> 20) MiB; check the file is a CSV export")
                }
                // Read at least as much again as is pending, so a huge record costs linear time.
                try readMore(atLeast: max(Self.readSize, pending))
            }
        }
    }

    private enum Outcome {
        case record(next: Int)
        case blank(next: Int)
        case needMore
    }

    /// Parses one record starting at `position` into `record`, or says more bytes are needed to
    /// finish it (what `record` then holds is to be discarded).
    private func parseRecord(_ bytes: UnsafeBufferPointer<UInt8>, into record: inout CSVRecord) throws -> Outcome {
        let end = bytes.count
        var index = position
        guard index < end else { return .needMore }
        if bytes[index] == 0x0A || bytes[index] == 0x0D { return .blank(next: index + 1) }
        if encoding == .utf8, let outcome = try plainRecord(bytes, into: &record) { return outcome }
        while true {
            if bytes[index] == 0x22 {
                guard let next = try quotedField(bytes, from: index, into: &record) else { return .needMore }
                index = next
            } else {
                let start = index
                while index < end, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                if index == end && !atEnd { return .needMore }
                try append(UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &record)
            }
            record.endField()
            guard index < end, bytes[index] == 0x2C else { return Self.recordEnd(bytes, at: index) }
            index += 1
            if index == end {
                if !atEnd { return .needMore }
                record.endField()
                return .record(next: index)
            }
        }
    }

    /// The record whose last field ends at `index`: at a line end (CR, LF or CRLF), or at the end
    /// of `bytes`.
    private static func recordEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Outcome {
        guard index < bytes.count else { return .record(next: index) }
        // A CR at the very end of the buffer may be half of a CRLF; the LF, if it follows, is
        // then skipped as a blank line.
        if bytes[index] == 0x0D { return .record(next: index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1) }
        return .record(next: index + 1)
    }

    /// Reads the common record, a UTF-8 line without a quote, in one pass, and copies it into
    /// `record` in one go (instead of field by field); nil when the line has a quote, which the
    /// field-by-field path then reads. The same fields and errors as that path.
    private func plainRecord(_ bytes: UnsafeBufferPointer<UInt8>, into record: inout CSVRecord) throws -> Outcome? {
        let end = bytes.count
        var index = position
        var fieldStart = position
        var combined: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x2C {
                record.addLineField(from: fieldStart - position, to: index - position)
                fieldStart = index + 1
            } else if byte == 0x0A || byte == 0x0D {
                break
            } else if byte == 0x22 {
                record.removeAll()
                return nil
            }
            combined |= byte
            index += 1
        }
        if index == end && !atEnd { return .needMore }
        record.addLineField(from: fieldStart - position, to: index - position)
        let line = UnsafeBufferPointer(rebasing: bytes[position..<index])
        // A delimiter is ASCII, never part of a longer character: the line is valid UTF-8 when each field is.
        if combined >= 0x80 && String(validating: line, as: UTF8.self) == nil { throw notUTF8() }
        record.appendLine(line)
        return Self.recordEnd(bytes, at: index)
    }

    /// Reads the quoted field starting at the quote at `start` into `record`, and returns the
    /// index after it (and after any stray text before the next delimiter); nil when the buffer
    /// ends first.
    private func quotedField(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into record: inout CSVRecord) throws -> Int? {
        let end = bytes.count
        var index = start + 1
        var escaped = false
        while true {
            while index < end, bytes[index] != 0x22 { index += 1 }
            guard index + 1 < end || (index < end && atEnd) else { return nil }
            if index + 1 < end, bytes[index + 1] == 0x22 {
                escaped = true
                index += 2
                continue
            }
            break
        }
        let quoted = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index])
        index += 1
        // Text after the closing quote (`"a"b`) is kept, as spreadsheet programs do.
        let trailing = index
        while index < end, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        if index == end && !atEnd { return nil }
        var raw = Array(quoted)
        if escaped {
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(raw.count)
            var previousQuote = false
            for byte in raw {
                if byte == 0x22 && previousQuote {
                    previousQuote = false
                    continue
                }
                previousQuote = byte == 0x22
                unescaped.append(byte)
            }
            raw = unescaped
        }
        raw += UnsafeBufferPointer(rebasing: bytes[trailing..<index])
        try raw.withUnsafeBufferPointer { try append($0, to: &record) }
        return index
    }

    /// The error for a record of a UTF-8 file that is not valid UTF-8.
    private func notUTF8() -> TabularError {
        TabularError(file: path, record: recordNumber + 1, "the file is not valid UTF-8 here; save it from Excel as \"CSV UTF-8\" and import it again")
    }

    /// Appends a field's bytes to `record` as UTF-8: as they are when the file is UTF-8 (checked
    /// unless they are all ASCII), transcoded when it is Windows-1252.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>, to record: inout CSVRecord) throws {
        switch encoding {
        case .utf8:
            // Most cells are ASCII, which needs no validation.
            if !bytes.allSatisfy({ $0 < 0x80 }) && String(validating: bytes, as: UTF8.self) == nil { throw notUTF8() }
            record.append(bytes)
        case .windows1252:
            var text = try Windows1252.decode(Array(bytes), file: path, record: recordNumber + 1)
            text.withUTF8 { record.append($0) }
        }
    }

    /// Drops consumed bytes and appends at least `count` more from the file (fewer at its end).
    private func readMore(atLeast count: Int) throws {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        do {
            let data = try handle.read(upToCount: count) ?? Data()
            if data.isEmpty { atEnd = true }
            buffer.append(contentsOf: data)
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
