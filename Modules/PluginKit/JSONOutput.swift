import Foundation

/// JSON as the commands print it with `--format json`: pretty, keys sorted, so output is stable.
public enum JSONOutput {
    /// `value` as JSON text.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
