extension CalendarDate {
    /// Reads a date in any form Annex A files use, or returns nil.
    ///
    /// Accepts `DD/MM/YYYY` and `D/M/YYYY` (also with `-` or `.` between the fields: UK files are
    /// day first), ISO `YYYY-MM-DD`, either followed by a time (`T` or a space, then `HH:MM…`,
    /// ignored), and Excel 1900-system serial day numbers written as text (`45292` or `45292.5`;
    /// see ``init(excelSerial:)``). Surrounding spaces are ignored. Two-digit years are rejected as
    /// ambiguous, and so are dates that do not exist (`29/02/2023`). No regex, no Foundation.
    public static func parse(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Reads a date from UTF-8 bytes, as ``parse(_:)`` reads it from text.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var scanner = DateScanner(bytes)
        return scanner.date()
    }
}

/// A one-pass reader over a trimmed UTF-8 date string.
private struct DateScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var start = 0
        var end = bytes.count
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        self.index = start
        self.end = end
    }

    mutating func date() -> CalendarDate? {
        guard let first = digits() else { return nil }
        guard let separator = take() else { return excelDate(first) }
        switch separator {
        case UInt8(ascii: "."):
            // A full stop either starts a serial's time-of-day fraction or separates day-first fields.
            let second = digits()
            if isAtEnd { return excelDate(first) }
            guard let second, peek() == UInt8(ascii: ".") else { return nil }
            return dayFirst(day: first, month: second, separator: separator)
        case UInt8(ascii: "-") where first.count == 4:
            guard let month = digits(), month.count <= 2, take() == UInt8(ascii: "-"),
                let day = digits(), day.count <= 2, timeOrEnd()
            else { return nil }
            return CalendarDate(year: first.value, month: month.value, day: day.value)
        case UInt8(ascii: "/"), UInt8(ascii: "-"):
            guard let month = digits() else { return nil }
            return dayFirst(day: first, month: month, separator: separator)
        default:
            return nil
        }
    }

    /// Finishes `D<sep>M<sep>YYYY` once day and month are read and the next byte should be `separator`.
    private mutating func dayFirst(day: Number, month: Number, separator: UInt8) -> CalendarDate? {
        guard day.count <= 2, month.count <= 2, take() == separator,
            let year = digits(), year.count == 4, timeOrEnd()
        else { return nil }
        return CalendarDate(year: year.value, month: month.value, day: day.value)
    }

    private func excelDate(_ serial: Number) -> CalendarDate? {
        guard (1...CalendarDate.maxExcelSerial).contains(serial.value) else { return nil }
        return CalendarDate(wholeExcelSerial: serial.value)
    }

    /// True at the end, or when a time part follows: `T` or spaces, then `H:` or `HH:`, then only
    /// time characters (digits, `:`, `.`, `+`, `-`, `Z`, spaces).
    private mutating func timeOrEnd() -> Bool {
        guard let separator = take() else { return true }
        guard separator == UInt8(ascii: "T") || Self.isSpace(separator) else { return false }
        while let byte = peek(), Self.isSpace(byte) { index += 1 }
        guard let hour = digits(), hour.count <= 2, take() == UInt8(ascii: ":") else { return false }
        while let byte = take() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ":"), UInt8(ascii: "."),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "Z"), UInt8(ascii: " "):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// A run of decimal digits: its value and how many digits it had.
    private struct Number {
        var value = 0
        var count = 0
    }

    /// Reads a run of digits; nil when there is none or it is too long to be part of a date.
    private mutating func digits() -> Number? {
        var number = Number()
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            guard number.count < 9 else { return nil }
            number.value = number.value * 10 + Int(byte - UInt8(ascii: "0"))
            number.count += 1
            index += 1
        }
        return number.count == 0 ? nil : number
    }

    private var isAtEnd: Bool { index == end }

    private func peek() -> UInt8? {
        index < end ? bytes[index] : nil
    }

    private mutating func take() -> UInt8? {
        guard index < end else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }
}
