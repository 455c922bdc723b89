import Domain
import Foundation

/// A Swift value that can be bound to a statement parameter (`$1`, `$2`, ...), in PostgreSQL's
/// text format.
///
/// Values always travel separately from the SQL text, so quoting is never needed and no value
/// can change the meaning of a statement.
public protocol PostgresEncodable: Sendable {
    /// The value in PostgreSQL's text format, or nil for SQL NULL.
    var postgresText: String? { get }
}

extension String: PostgresEncodable {
    public var postgresText: String? { self }
}

extension Substring: PostgresEncodable {
    public var postgresText: String? { String(self) }
}

extension Int: PostgresEncodable {
    public var postgresText: String? { String(self) }
}

extension Int32: PostgresEncodable {
    public var postgresText: String? { String(self) }
}

extension Int64: PostgresEncodable {
    public var postgresText: String? { String(self) }
}

extension Double: PostgresEncodable {
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return String(self)
    }
}

extension Bool: PostgresEncodable {
    public var postgresText: String? { self ? "t" : "f" }
}

extension UUID: PostgresEncodable {
    public var postgresText: String? { uuidString.lowercased() }
}

extension Date: PostgresEncodable {
    /// An ISO 8601 instant in UTC with microseconds, which `timestamptz` reads exactly.
    public var postgresText: String? {
        let microseconds = (timeIntervalSince1970 * 1_000_000).rounded()
        let seconds = Int((microseconds / 1_000_000).rounded(.down))
        let fraction = Int(microseconds) - seconds * 1_000_000
        let (days, secondOfDay) = seconds.floorDivided(by: 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let micros = String(fraction)
        let paddedMicros = String(repeating: "0", count: 6 - micros.count) + micros
        return "\(CalendarDate(daysSinceEpoch: days).iso) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):"
            + "\(two(secondOfDay % 60)).\(paddedMicros)+00"
    }
}

extension CalendarDate: PostgresEncodable {
    /// The ISO form (`2024-03-05`), which a `date` parameter reads whatever the server's DateStyle.
    public var postgresText: String? { iso }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public var postgresText: String? { self?.postgresText }
}

extension Array: PostgresEncodable where Element: PostgresEncodable {
    /// A one-dimensional array literal, every element quoted, NULL for nil elements.
    public var postgresText: String? {
        var text = "{"
        for (index, element) in enumerated() {
            if index > 0 { text += "," }
            guard let value = element.postgresText else {
                text += "NULL"
                continue
            }
            text += "\""
            for character in value {
                if character == "\"" || character == "\\" { text += "\\" }
                text.append(character)
            }
            text += "\""
        }
        return text + "}"
    }
}

extension Int {
    /// Floor division with a non-negative remainder, for dates before 1970.
    func floorDivided(by divisor: Int) -> (quotient: Int, remainder: Int) {
        let quotient = self >= 0 ? self / divisor : (self - divisor + 1) / divisor
        return (quotient, self - quotient * divisor)
    }
}
