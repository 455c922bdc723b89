import Foundation

/// JSON as the commands print and export it: pretty, keys sorted so output is stable, dates in
/// ISO 8601 (`2026-12-03T22:24:33Z`), never Foundation's seconds since 2001.
public enum JSONOutput {
    /// The one encoder every JSON output uses; `keys` chooses camelCase (the default) or
    /// `.convertToSnakeCase` for files read by other tools.
    public static func encoder(keys: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = keys
        return encoder
    }

    /// `value` as JSON text.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
