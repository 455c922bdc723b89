import Domain
import Foundation

/// A Swift type that a result column can be decoded into, from PostgreSQL's text format.
public protocol PostgresDecodable: Sendable {
    /// Decodes one value; `text` is nil when the value is SQL NULL.
    /// - Throws: `PostgresError` (`.decodingFailed`) when the text is not a value of this type,
    ///   or when it is NULL and the type is not optional. The error never quotes the value.
    static func decode(postgresText text: String?) throws -> Self
}

extension PostgresDecodable {
    /// The error thrown when `text` cannot be read as `Self`; it names the type, never the value.
    static func mismatch(_ text: String?) -> PostgresError {
        PostgresError(
            code: .decodingFailed,
            message: text == nil
                ? "NULL where a \(Self.self) was expected (decode as \(Self.self)? instead)"
                : "a value of \(text!.count) characters is not a valid \(Self.self)")
    }

    /// Decodes a non-NULL value with `parse`, throwing `mismatch` otherwise.
    static func decodeNonNull(_ text: String?, _ parse: (String) -> Self?) throws -> Self {
        guard let text, let value = parse(text) else { throw mismatch(text) }
        return value
    }
}

extension String: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> String {
        try decodeNonNull(text) { $0 }
    }
}

extension Int: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> Int {
        try decodeNonNull(text) { Int($0) }
    }
}

extension Double: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> Double {
        try decodeNonNull(text) { Double($0) }
    }
}

extension Bool: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> Bool {
        try decodeNonNull(text) { $0 == "t" ? true : $0 == "f" ? false : nil }
    }
}

extension UUID: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> UUID {
        try decodeNonNull(text) { UUID(uuidString: $0) }
    }
}

extension Date: PostgresDecodable {
    /// Reads `date` (midnight UTC) and `timestamptz`/`timestamp` in ISO style
    /// (`2024-03-05 14:30:00.25+00`, `+05:30`, no offset read as UTC).
    public static func decode(postgresText text: String?) throws -> Date {
        try decodeNonNull(text) { ISOTimestamp.parse($0) }
    }
}

extension CalendarDate: PostgresDecodable {
    /// Reads a `date` column (ISO style, which the connection sets).
    public static func decode(postgresText text: String?) throws -> CalendarDate {
        try decodeNonNull(text) { text in text.utf8.count == 10 ? CalendarDate.parse(text) : nil }
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(postgresText text: String?) throws -> Wrapped? {
        guard let text else { return nil }
        return try Wrapped.decode(postgresText: text)
    }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    /// Reads a one-dimensional array literal such as `{1,2,NULL}` or `{"a b","c\"d"}`.
    public static func decode(postgresText text: String?) throws -> [Element] {
        guard let text, let elements = ArrayLiteral.split(text) else { throw mismatch(text) }
        return try elements.map { try Element.decode(postgresText: $0) }
    }
}

/// Splits PostgreSQL's text form of a one-dimensional array into element texts (nil for NULL).
enum ArrayLiteral {
    static func split(_ text: String) -> [String?]? {
        var characters = Substring(text)
        // An explicit lower bound such as "[0:1]={...}" may precede the braces.
        if characters.first == "[", let equals = characters.firstIndex(of: "=") {
            characters = characters[characters.index(after: equals)...]
        }
        guard characters.first == "{", characters.last == "}" else { return nil }
        characters = characters.dropFirst().dropLast()
        if characters.isEmpty { return [] }
        var elements: [String?] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var escaping = false
        for character in characters {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                quoted.toggle()
                wasQuoted = true
            } else if character == "," && !quoted {
                elements.append(!wasQuoted && current == "NULL" ? nil : current)
                current = ""
                wasQuoted = false
            } else {
                current.append(character)
            }
        }
        elements.append(!wasQuoted && current == "NULL" ? nil : current)
        return elements
    }
}

/// Parses the ISO timestamps PostgreSQL prints with `DateStyle = ISO`.
enum ISOTimestamp {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<digits {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(digits: 4), expect(UInt8(ascii: "-")),
            let month = number(digits: 2), expect(UInt8(ascii: "-")),
            let day = number(digits: 2)
        else { return nil }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        var seconds = Double(date.daysSinceEpoch * 86_400)
        if index == bytes.count { return Date(timeIntervalSince1970: seconds) }
        guard expect(UInt8(ascii: " ")) || expect(UInt8(ascii: "T")),
            let hour = number(digits: 2), expect(UInt8(ascii: ":")),
            let minute = number(digits: 2), expect(UInt8(ascii: ":")),
            let second = number(digits: 2)
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60 + second)
        if expect(UInt8(ascii: ".")) {
            var scale = 0.1
            while index < bytes.count, (48...57).contains(bytes[index]) {
                seconds += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        if index < bytes.count {
            let sign: Double
            if expect(UInt8(ascii: "+")) {
                sign = 1
            } else if expect(UInt8(ascii: "-")) {
                sign = -1
            } else {
                guard expect(UInt8(ascii: "Z")), index == bytes.count else { return nil }
                return Date(timeIntervalSince1970: seconds)
            }
            guard let offsetHours = number(digits: 2) else { return nil }
            var offset = offsetHours * 3600
            if expect(UInt8(ascii: ":")) {
                guard let offsetMinutes = number(digits: 2) else { return nil }
                offset += offsetMinutes * 60
                if expect(UInt8(ascii: ":")), let offsetSeconds = number(digits: 2) { offset += offsetSeconds }
            }
            seconds -= sign * Double(offset)
        }
        guard index == bytes.count else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
