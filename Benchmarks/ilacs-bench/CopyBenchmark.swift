import Domain
import Foundation
import Postgres

/// COPY of generated rows through the Postgres module, against `psql \copy` of the same rows
/// from a CSV file into the same table. Each side runs into a freshly truncated table.
struct CopyBenchmark {
    let server: PostgresConfiguration
    let serverURL: String
    let rows: Int
    let repetitions: Int

    static let table = "bench_copy"
    static let columns = ["id", "child_id", "started", "placement", "fostered", "placements"]
    static let placements = ["U1", "U4", "U6", "K2", "P1", "H5", "R1", "S1"]

    func run() async throws -> BenchmarkResult {
        let connection = try await PostgresConnection.connect(server)
        try await connection.executeScript(
            """
            DROP TABLE IF EXISTS \(Self.table);
            CREATE TABLE \(Self.table) (
                id int NOT NULL, child_id text NOT NULL, started date NOT NULL,
                placement text NOT NULL, fostered bool NOT NULL, placements int NOT NULL
            );
            """)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-copy.csv").path
        try writeCSV(to: csv)
        defer { try? FileManager.default.removeItem(atPath: csv) }
        log("COPY benchmark: \(rows) rows, \(repetitions) repetitions per side")

        var ours: [Duration] = []
        var baseline: [Duration] = []
        for repetition in 1...repetitions {
            try await connection.execute("TRUNCATE \(Self.table)")
            baseline.append(try timePsqlCopy(csv: csv))
            try await connection.execute("TRUNCATE \(Self.table)")
            let clock = ContinuousClock()
            let start = clock.now
            let loaded = try await connection.copy(into: Self.table, columns: Self.columns) { writer in
                for id in 0..<rows { try await writeRow(id, to: writer) }
            }
            ours.append(clock.now - start)
            guard loaded == rows else { throw BenchmarkFailure("COPY loaded \(loaded) rows, expected \(rows)") }
            log(
                "  run \(repetition): psql \\copy \(BenchmarkResult.format(baseline.last!.seconds)) s, "
                    + "Postgres module \(BenchmarkResult.format(ours.last!.seconds)) s")
        }
        try await connection.execute("DROP TABLE \(Self.table)")
        return BenchmarkResult(
            name: "COPY \(rows) rows", ours: median(ours), baselineName: "psql \\copy of the same CSV",
            baseline: median(baseline), goal: 1.3)
    }

    private func writeRow(_ id: Int, to writer: PostgresCopyWriter) async throws {
        writer.field(id)
        writer.field("LA891-\(id)")
        writer.field(Self.date(id))
        writer.field(Self.placements[id % Self.placements.count])
        writer.field(id % 4 != 0)
        writer.field(id % 7)
        try await writer.endRow()
    }

    /// The same date for a row on both sides: a day in 2010–2026.
    private static func date(_ id: Int) -> CalendarDate {
        CalendarDate(year: 2010 + id % 17, month: id % 12 + 1, day: id % 28 + 1)!
    }

    private func writeCSV(to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchmarkFailure("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer = ""
        for id in 0..<rows {
            buffer +=
                "\(id),LA891-\(id),\(Self.date(id).iso),\(Self.placements[id % Self.placements.count]),"
                + "\(id % 4 != 0 ? "t" : "f"),\(id % 7)\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    private func timePsqlCopy(csv: String) throws -> Duration {
        try timeProcess(
            "/usr/bin/psql",
            [
                serverURL, "-q", "-v", "ON_ERROR_STOP=1", "-c",
                "\\copy \(Self.table) (\(Self.columns.joined(separator: ", "))) FROM '\(csv)' WITH (FORMAT csv)"
            ])
    }
}

/// A benchmark could not run; the message says why.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Progress to stderr, so stdout keeps only the results table.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
