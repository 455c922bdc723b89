import Foundation

/// The `raw_values` of a row with value problems: a JSON object from column key to the cell
/// as given, keys sorted so the same cells always give the same text (and the same hash).
enum RawValues {
    /// The JSON object for `cells`.
    static func json(_ cells: [(key: String, value: String)]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let object = Dictionary(cells.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        // Encoding a dictionary of strings cannot fail.
        return String(decoding: (try? encoder.encode(object)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
