import Authorities
import Foundation
import Hashing
import PluginKit
import Postgres

/// Imports the DfE's published files and the statistical-neighbour model in one transaction:
/// every file is read and checked before anything is written, and any error leaves the database
/// as it was.
///
/// A file whose SHA-256 equals its last import's changes nothing. Otherwise its earlier values
/// are replaced, so the newest import of each file holds its values.
struct StatisticsImporter {
    /// What happened to one file.
    struct Outcome: Sendable, Encodable {
        var file: String
        var key: String
        var rows: Int
        var values: Int
        var suppressed: Int
        var unchanged: Bool
        /// Columns with no number in any row, said plainly (a finding, not an error).
        var findings: [String]
    }

    /// Who is importing, for the audit log.
    let actor: String

    /// Imports `paths` (files, or folders whose `.csv` files are all imported).
    /// - Throws: `PublishedStatisticsError` naming the file (and row and column) at fault.
    /// - Parameter progress: called with the files read so far and how many there are.
    func importFiles(_ paths: [String], pool: PostgresPool, progress: (Int, Int) -> Void = { _, _ in }) async throws -> [Outcome] {
        let files = try Self.expand(paths)
        var statistics: [(path: String, file: PublishedFile, contents: PublishedFileReader.Contents, sha: String)] = []
        var models: [(path: String, neighbours: [NeighbourModelReader.Neighbour], sha: String)] = []
        for (number, path) in files.enumerated() {
            let name = (path as NSString).lastPathComponent
            progress(number, files.count)
            if name.lowercased().hasPrefix(PublishedFile.neighbourModelPrefix) {
                models.append((path, try NeighbourModelReader(path: path).read(), try Self.sha256(of: path)))
            } else if let file = PublishedFile.matching(fileName: name) {
                statistics.append((path, file, try PublishedFileReader(file: file, path: path).read(), try Self.sha256(of: path)))
            } else {
                throw PublishedStatisticsError.file(path, "is not a published-statistics file this version knows; known files start \(Self.knownNames)")
            }
        }
        guard models.count <= 1 else { throw PublishedStatisticsError.file(models[1].path, "is a second statistical-neighbour model; import one at a time") }
        if let duplicate = Dictionary(grouping: statistics, by: \.file.key).values.first(where: { $0.count > 1 }) {
            throw PublishedStatisticsError.file(duplicate[1].path, "holds the same statistics as \(duplicate[0].path); import one of them")
        }
        return try await pool.transaction { connection in
            var outcomes: [Outcome] = []
            for entry in statistics {
                outcomes.append(try await load(entry.file, entry.contents, path: entry.path, sha: entry.sha, on: connection))
            }
            if let model = models.first {
                outcomes.append(try await loadModel(model.neighbours, path: model.path, sha: model.sha, on: connection))
            }
            return outcomes
        }
    }

    private func load(
        _ file: PublishedFile, _ contents: PublishedFileReader.Contents, path: String, sha: String, on connection: PostgresConnection
    ) async throws -> Outcome {
        let suppressed = contents.values.count { $0.suppression != nil }
        let findings = contents.allSuppressed.map { column, codes in
            "column `\(column)` has no number in any row: every value is suppressed (\(codes.map(\.explanation).joined(separator: ", "))); kept as missing"
        }
        var outcome = Outcome(
            file: path, key: file.key, rows: contents.rows, values: contents.values.count, suppressed: suppressed, unchanged: true, findings: findings)
        guard try await lastSHA(of: file.key, on: connection) != sha else { return outcome }
        try await connection.execute("DELETE FROM published_values WHERE file_key = $1", [file.key])
        try await connection.copy(
            into: "published_values", columns: ["file_key", "year", "level", "area_code", "area_name", "breakdown", "measure", "value", "suppression"]
        ) { writer in
            for value in contents.values {
                writer.field(file.key)
                writer.field(value.year)
                writer.field(value.level.rawValue)
                writer.field(value.areaCode)
                writer.field(value.areaName)
                writer.field(value.breakdown)
                writer.field(value.measure)
                writer.field(value.value)
                writer.field(value.suppression?.rawValue)
                try await writer.endRow()
            }
        }
        try await record(key: file.key, path: path, sha: sha, rows: contents.rows, values: contents.values.count, on: connection)
        outcome.unchanged = false
        return outcome
    }

    private func loadModel(_ neighbours: [NeighbourModelReader.Neighbour], path: String, sha: String, on connection: PostgresConnection) async throws -> Outcome
    {
        // Checked against the statistics as they stand inside this transaction (this import's
        // files included); with none loaded yet, against the table of English authorities.
        let loaded = try await connection.query("SELECT DISTINCT area_code FROM published_values WHERE level = 'local authority'")
        var known = Set(try loaded.map { try $0.decode(String.self, at: 0) })
        if known.isEmpty { known = Set(Authority.england.map(\.oldCode)) }
        if let stray = neighbours.first(where: { !known.contains($0.neighbour) }) {
            throw PublishedStatisticsError.cell(path, row: stray.row, column: stray.column, "names an authority that is not in the published statistics")
        }
        if let stray = neighbours.first(where: { !known.contains($0.authority) }) {
            throw PublishedStatisticsError.cell(path, row: stray.row, column: "old_la_code", "names an authority that is not in the published statistics")
        }
        let rows = Set(neighbours.map(\.authority)).count
        var outcome = Outcome(file: path, key: "sn_model", rows: rows, values: neighbours.count, suppressed: 0, unchanged: true, findings: [])
        guard try await lastSHA(of: "sn_model", on: connection) != sha else { return outcome }
        try await connection.execute("DELETE FROM statistical_neighbours")
        try await connection.copy(into: "statistical_neighbours", columns: ["authority_code", "position", "neighbour_code", "closeness"]) { writer in
            for neighbour in neighbours {
                writer.field(neighbour.authority)
                writer.field(neighbour.position)
                writer.field(neighbour.neighbour)
                writer.field(neighbour.closeness)
                try await writer.endRow()
            }
        }
        try await record(key: "sn_model", path: path, sha: sha, rows: rows, values: neighbours.count, on: connection)
        outcome.unchanged = false
        return outcome
    }

    private func lastSHA(of key: String, on connection: PostgresConnection) async throws -> String? {
        try await connection.query("SELECT sha256 FROM published_imports WHERE file_key = $1 ORDER BY id DESC LIMIT 1", [key])
            .single?.decode(String.self, at: 0)
    }

    private func record(key: String, path: String, sha: String, rows: Int, values: Int, on connection: PostgresConnection) async throws {
        let name = (path as NSString).lastPathComponent
        let id = try await connection.query(
            """
            INSERT INTO published_imports (file_key, file_name, sha256, rows, values_kept, imported_by)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """, [key, name, sha, rows, values, actor]
        ).single!.decode(Int.self, at: 0)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "benchmarks.import", recordType: "published_import", recordID: String(id),
                details: ["file": name, "key": key, "sha256": sha, "rows": String(rows)]), on: connection)
    }

    /// Each path, with a folder replaced by its `.csv` files in name order.
    static func expand(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PublishedStatisticsError.file(path, "does not exist; check the path")
            }
            guard isDirectory.boolValue else { return [path] }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            return names.map { (path as NSString).appendingPathComponent($0) }
        }
    }

    private static func sha256(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw PublishedStatisticsError.file(path, "cannot be read") }
        return HexDigest.sha256(data)
    }

    private static let knownNames = (PublishedFile.known.map(\.namePrefix) + [PublishedFile.neighbourModelPrefix]).joined(separator: ", ")
}
