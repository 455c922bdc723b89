import Foundation
import Tabular

/// Parsing the largest generated list file with our byte-level `Tabular.CSVReader`, against
/// the CSV.swift library (yaslab/CSV.swift) reading the same file: the evidence for keeping a
/// hand-written reader (the import must stay within 1.5× of `psql \copy`).
struct CSVParseBenchmark {
    let path: String

    func run() throws -> BenchmarkResult {
        let clock = ContinuousClock()
        var start = clock.now
        let reader = try Tabular.CSVReader(path: path)
        var ours = 0
        while let record = try reader.nextRecord() { ours += record.count }
        let oursTime = clock.now - start

        start = clock.now
        let theirs = try CSVSwiftReading.countFields(path)
        let libraryTime = clock.now - start
        guard ours == theirs else { throw BenchmarkFailure("the readers disagree: \(ours) fields against \(theirs)") }
        log("CSV parse: \(ours) fields; ours \(BenchmarkResult.format(oursTime.seconds)) s, CSV.swift \(BenchmarkResult.format(libraryTime.seconds)) s")
        return BenchmarkResult(
            name: "parse List_1.csv (\(ours / 1_000_000)M fields)", ours: oursTime, baselineName: "CSV.swift 2.5.2 reading the same file",
            baseline: libraryTime, goal: 1.0)
    }
}
