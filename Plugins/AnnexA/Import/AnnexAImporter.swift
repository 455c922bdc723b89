import AnnexAStore
import Crypto
import Domain
import Foundation
import PluginKit
import Postgres

/// Imports one Annex A return as a new snapshot, in one transaction: either all of it is kept,
/// or (on any error in strict mode, or any failure at all) nothing is.
///
/// Rows stream from the files into PostgreSQL with COPY, so memory stays flat whatever their
/// size. In lenient mode valid rows are imported and rejected rows are kept, with their
/// reasons, in `annex_a_rejected_rows`. Identical content (by the SHA-256 of the normalised
/// values) is recognised and creates nothing.
public struct AnnexAImporter: Sendable {
    /// What to import and how.
    public struct Options: Sendable {
        public var path: String
        public var asOf: CalendarDate
        public var lenient: Bool
        public var actor: String

        public init(path: String, asOf: CalendarDate, lenient: Bool, actor: String) {
            self.path = path
            self.asOf = asOf
            self.lenient = lenient
            self.actor = actor
        }
    }

    /// What an import did.
    public enum Outcome: Sendable, Equatable {
        /// A new snapshot was created.
        case imported(ImportSummary)
        /// The content equals an existing snapshot's; nothing was created.
        case identical(snapshotID: Int)
    }

    let pool: PostgresPool

    /// Creates an importer writing through `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Runs the import.
    /// - Returns: the outcome, and every problem found (warnings, and in lenient mode the
    ///   rejected rows' errors).
    /// - Throws: `ImportFailure` listing the problems when nothing was imported because of them.
    public func run(_ options: Options, progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }) async throws -> (Outcome, [ImportProblem]) {
        var log = ProblemLog()
        let (sources, inputWarnings) = try AnnexAInput.open(options.path)
        log.append(contentsOf: inputWarnings)
        var mappings: [HeaderMapping] = []
        var headerErrors: [ImportProblem] = []
        for source in sources {
            do {
                let header = try Self.headerRow(of: source)
                let (mapping, warnings) = try HeaderMapping.match(header: header, list: source.list, source: source.name)
                mappings.append(mapping)
                log.append(contentsOf: warnings)
            } catch let failure as ImportFailure {
                headerErrors += failure.problems
            } catch {
                headerErrors.append(ImportProblem.unreadable(error, list: source.list, source: source.name))
            }
        }
        guard headerErrors.isEmpty else {
            throw ImportFailure(problems: log.reported + headerErrors)
        }

        let source = (options.path as NSString).lastPathComponent
        do {
            let summary = try await pool.withConnection { connection in
                try await connection.transaction { connection in
                    try await load(sources, mappings, options, source: source, log: &log, on: connection, progress: progress)
                }
            }
            return (.imported(summary), log.reported)
        } catch let identical as IdenticalContent {
            return (.identical(snapshotID: identical.snapshotID), log.reported)
        }
    }

    /// The heading row: the first of the first ten rows that holds the identifier column's
    /// heading, since Ofsted's template puts a title row above the headings; otherwise the
    /// first row, which then fails matching with the missing columns named.
    private static func headerRow(of source: ListSource) throws -> [String] {
        var first: [String]?
        for _ in 0..<10 {
            guard let row = try source.rows.nextRow() else { break }
            if first == nil { first = row.cells }
            if HeaderMapping.holdsIdentifierHeading(row.cells, list: source.list) { return row.cells }
        }
        guard let first else {
            throw ImportFailure(problems: [
                ImportProblem(
                    severity: .error, list: source.list.number, source: source.name,
                    reason: "the list is empty; it needs at least Ofsted's header row")
            ])
        }
        return first
    }

    private struct IdenticalContent: Error {
        let snapshotID: Int
    }

    private func load(
        _ sources: [ListSource], _ mappings: [HeaderMapping], _ options: Options, source sourceName: String,
        log: inout ProblemLog, on connection: PostgresConnection,
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) async throws -> ImportSummary {
        let placeholder = "pending:" + UUID().uuidString
        let inserted = try await connection.query(
            """
            INSERT INTO annex_a_snapshots (as_of, imported_by, source_name, content_sha256, lenient)
            VALUES ($1, $2, $3, $4, $5) RETURNING id
            """,
            [options.asOf, options.actor, sourceName, placeholder, options.lenient])
        let snapshotID = try inserted[0].decode(Int.self, at: 0)

        var hasher = SHA256()
        var rowCounts: [Int: Int] = [:]
        var rejected: [(list: Int, row: Int, cells: [String], reasons: [String])] = []
        for (source, mapping) in zip(sources, mappings) {
            var validator = RowValidator(mapping: mapping, source: source.name)
            let list = source.list
            hasher.update(data: Array("L\(list.number)\u{1E}".utf8))
            var values: [CellValue] = []
            var canonical: [UInt8] = []
            var loaded = 0
            var read = 0
            var readFailure: (any Error)?
            try await connection.executeScript(AnnexATables.createPartition(list, snapshot: snapshotID))
            try await connection.copy(
                into: AnnexATables.partition(list, snapshot: snapshotID), columns: ["snapshot_id", "row_number"] + list.columns.map(\.key)
            ) { writer in
                while true {
                    let next: (number: Int, cells: [String])?
                    do {
                        next = try source.rows.nextRow()
                    } catch {
                        readFailure = error
                        return
                    }
                    guard let row = next else { break }
                    read += 1
                    if read % 5_000 == 0 { progress(ImportProgress(list: list.number, source: source.name, rows: read, finished: false)) }
                    let problems = validator.validate(row.cells, row: row.number, into: &values)
                    log.append(contentsOf: problems)
                    if problems.contains(where: { $0.severity == .error }) {
                        if options.lenient {
                            rejected.append((list.number, row.number, row.cells, problems.map(\.line)))
                        }
                        continue
                    }
                    writer.field(snapshotID)
                    writer.field(row.number)
                    canonical.removeAll(keepingCapacity: true)
                    for value in values {
                        value.write(to: writer)
                        value.appendCanonical(to: &canonical)
                        canonical.append(0x1F)
                    }
                    canonical.append(0x1E)
                    hasher.update(data: canonical)
                    try await writer.endRow()
                    loaded += 1
                }
            }
            if let readFailure {
                throw ImportFailure(problems: log.reported + [ImportProblem.unreadable(readFailure, list: list, source: source.name)])
            }
            try await connection.executeScript(AnnexATables.attachPartition(list, snapshot: snapshotID))
            progress(ImportProgress(list: list.number, source: source.name, rows: read, finished: true))
            rowCounts[list.number] = loaded
        }
        if !options.lenient && log.errorCount > 0 {
            throw ImportFailure(problems: log.reported)
        }

        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        if let existing = try await connection.query(
            "SELECT id FROM annex_a_snapshots WHERE content_sha256 = $1", [digest]
        ).single {
            throw IdenticalContent(snapshotID: try existing.decode(Int.self, at: 0))
        }
        let counts = String(decoding: try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: rowCounts.map { (String($0.key), $0.value) })), as: UTF8.self)
        try await connection.execute(
            "UPDATE annex_a_snapshots SET content_sha256 = $2, row_counts = $3::jsonb, rejected_rows = $4 WHERE id = $1",
            [snapshotID, digest, counts, rejected.count])
        if !rejected.isEmpty {
            try await connection.copy(into: "annex_a_rejected_rows", columns: ["snapshot_id", "list", "row_number", "cells", "reasons"]) { writer in
                for row in rejected {
                    writer.field(snapshotID)
                    writer.field(row.list)
                    writer.field(row.row)
                    writer.field(encoding: row.cells)
                    writer.field(encoding: row.reasons)
                    try await writer.endRow()
                }
            }
        }
        let qualityIssues = try await QualityChecks.run(snapshotID: snapshotID, asOf: options.asOf, on: connection)
        try await AuditLog.record(
            AuditEvent(
                actor: options.actor, action: "annex_a.import", recordType: "annex_a_snapshot", recordID: String(snapshotID),
                details: ["source": sourceName, "rows": String(rowCounts.values.reduce(0, +)), "rejected": String(rejected.count)]),
            on: connection)
        return ImportSummary(
            snapshotID: snapshotID, asOf: options.asOf, contentSHA256: digest, rowsByList: rowCounts,
            rejectedRows: rejected.count, errors: log.errorCount, warnings: log.warningCount, qualityIssues: qualityIssues)
    }
}

/// What a successful import created.
public struct ImportSummary: Sendable, Equatable, Codable {
    public var snapshotID: Int
    public var asOf: CalendarDate
    public var contentSHA256: String
    /// Rows imported per list number.
    public var rowsByList: [Int: Int]
    /// Rows refused (lenient mode only) and kept with their reasons.
    public var rejectedRows: Int
    /// Errors found (in lenient mode, the rejected rows' problems).
    public var errors: Int
    /// Warnings found.
    public var warnings: Int
    /// Cross-list data-quality findings recorded for the snapshot.
    public var qualityIssues: Int
}
