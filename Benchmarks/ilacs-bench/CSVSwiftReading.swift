import CSV
import Foundation

/// Reading with the CSV.swift library, in a file of its own: its `CSVReader` shares a name with
/// ours, and only this file imports its module.
enum CSVSwiftReading {
    /// The number of fields in the file at `path`.
    static func countFields(_ path: String) throws -> Int {
        guard let stream = InputStream(fileAtPath: path) else { throw BenchmarkFailure("cannot open \(path)") }
        let reader = try CSVReader(stream: stream)
        var fields = 0
        while let record = reader.next() { fields += record.count }
        return fields
    }
}
