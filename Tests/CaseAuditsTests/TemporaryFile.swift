import Foundation

/// Writes small files for tests that need no database.
enum TemporaryFile {
    /// Writes `text` to a new temporary CSV file and returns its path.
    static func write(_ text: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("audits-\(UUID().uuidString).csv").path
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
