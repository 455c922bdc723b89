import AnnexAStore
import Crypto
import Domain
import Foundation
import PluginKit
import Postgres

/// Imports one Annex A return as a new snapshot, in one transaction: either all of it is kept,
/// or (on a refusal, or any failure at all) nothing is.
///
/// Rows stream from the files into PostgreSQL with COPY, so memory stays flat whatever their
/// size. By default every row that can be identified and placed is kept: a cell with a value
/// problem is stored as given in `raw_values`, its typed value unknown, and recorded as a
/// data-quality finding naming list, row and column; a row that cannot be identified or placed
/// is left out and kept with its reasons in `annex_a_rejected_rows` (see ``RowValidator``).
/// In strict mode any such problem refuses the import. Identical content (by the SHA-256 of
/// the normalised values, and of the cells kept as given) is recognised and creates nothing.
public struct AnnexAImporter: Sendable {
    /// What to import and how.
    public struct Options: Sendable {
        public var path: String
        public var asOf: CalendarDate
        /// Refuse the import on any problem in a cell, rather than keep the row.
        public var strict: Bool
        public var actor: String

        public init(path: String, asOf: CalendarDate, strict: Bool = false, actor: String) {
            self.path = path
            self.asOf = asOf
            self.strict = strict
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
    /// COPY chunks (256 KiB each) of one list that may wait for the connection: about 64 MB,
    /// enough for the next list's rows while the server ends the last lists' COPY and builds
    /// their indexes (fewer left the client waiting; more gained nothing).
    private static let queuedChunks = 256
    /// Lists whose COPY may still be ending, or their index being built, on the server while
    /// the next is read. Each holds at most a window of rows in memory, so with the list being
    /// read at most three windows (about 192 MB) wait for the connection; 167 MiB was the
    /// import's peak in `make bench`.
    private static let listsOnServer = 2

    /// Creates an importer writing through `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Runs the import.
    /// - Returns: the outcome, and every problem found (warnings, value problems, and the
    ///   errors of the rows left out).
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

    /// What the rows of every list add up to while they are loaded.
    private struct LoadState {
        var hasher = SHA256()
        var rowCounts: [Int: Int] = [:]
        var rejected: [(list: Int, row: Int, cells: [String], reasons: [String])] = []
        /// Cells kept as given.
        var findings: [QualityFinding] = []
        /// Rows failing a date check or repeating a natural key.
        var rowFindings: [QualityFinding] = []
        /// What the checks across Lists 6, 7 and 8 need of their rows.
        var crossList = CrossListChecks()
        var rowsWithValueProblems = 0
        /// A cell so odd that the file is probably broken: nothing is imported in any mode.
        var refused = false
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
            [options.asOf, options.actor, sourceName, placeholder, !options.strict])
        let snapshotID = try inserted[0].decode(Int.self, at: 0)
        // For this transaction only: each partition's index is sorted in memory, by one server
        // process, beside the client reading the next list on the other core: the deployment
        // runs PostgreSQL on the same machine as the importer (`docker/compose.yaml`), so
        // parallel workers would only take that core from the client.
        try await connection.executeScript("SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL max_parallel_maintenance_workers = 0")

        try await connection.executeScript(sources.map { AnnexATables.createPartition($0.list, snapshot: snapshotID) }.joined(separator: "; "))

        var state = LoadState()
        // Each list's COPY ends, and its partition is indexed and attached, on the server while
        // the next lists are read, checked and formatted (their rows wait in their COPY's window
        // meanwhile); at most `listsOnServer` lists are behind.
        var onServer: [ListOnServer] = []
        for (source, mapping) in zip(sources, mappings) {
            let loaded: ListOnServer
            do {
                loaded = try await loadList(source, mapping, options, snapshotID: snapshotID, state: &state, log: &log, on: connection, progress: progress)
            } catch {
                // A failure on the server fails what follows it on the connection: report the cause.
                for list in onServer { try await list.finished() }
                throw error
            }
            onServer.append(loaded)
            if onServer.count > Self.listsOnServer { try await onServer.removeFirst().finished() }
        }
        // Made while the server ends the last lists.
        let crossListFindings = state.crossList.findings()
        for list in onServer { try await list.finished() }
        if state.refused || (options.strict && log.errorCount > 0) {
            throw ImportFailure(problems: log.reported, groups: log.groups)
        }

        let digest = state.hasher.finalize().map { String(format: "%02x", $0) }.joined()
        if let existing = try await connection.query(
            "SELECT id FROM annex_a_snapshots WHERE content_sha256 = $1", [digest]
        ).single {
            throw IdenticalContent(snapshotID: try existing.decode(Int.self, at: 0))
        }
        let rowCounts = state.rowCounts
        let counts = String(decoding: try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: rowCounts.map { (String($0.key), $0.value) })), as: UTF8.self)
        try await connection.execute(
            "UPDATE annex_a_snapshots SET content_sha256 = $2, row_counts = $3::jsonb, rejected_rows = $4 WHERE id = $1",
            [snapshotID, digest, counts, state.rejected.count])
        try await storeRejected(state.rejected, snapshotID: snapshotID, on: connection)
        try await QualityFinding.store(state.findings + state.rowFindings + crossListFindings, snapshotID: snapshotID, on: connection)
        let qualityIssues = state.rowFindings.count + crossListFindings.count
        try await AuditLog.record(
            AuditEvent(
                actor: options.actor, action: "annex_a.import", recordType: "annex_a_snapshot", recordID: String(snapshotID),
                details: [
                    "source": sourceName, "rows": String(rowCounts.values.reduce(0, +)), "rejected": String(state.rejected.count),
                    "values_kept_as_given": String(state.findings.count)
                ]),
            on: connection)
        return ImportSummary(
            snapshotID: snapshotID, asOf: options.asOf, contentSHA256: digest, rowsByList: rowCounts,
            rejectedRows: state.rejected.count, rowsWithValueProblems: state.rowsWithValueProblems,
            valuesKeptAsGiven: state.findings.count, problemGroups: log.groups,
            errors: log.errorCount, warnings: log.warningCount, qualityIssues: qualityIssues + state.findings.count)
    }

    /// A list's work still running on the server: the end of its COPY, then its partition's
    /// index and attaching.
    private struct ListOnServer {
        let copy: PendingScript
        let attach: PendingScript

        /// Waits for both; throws the first failure, the COPY's before the one it caused.
        func finished() async throws {
            try await copy.finished()
            try await attach.finished()
        }
    }

    /// Streams one list's rows into its new partition, hashing what is stored, and starts
    /// attaching the partition.
    /// - Returns: the list's COPY ending and its attaching, still running on the server.
    private func loadList(
        _ source: ListSource, _ mapping: HeaderMapping, _ options: Options, snapshotID: Int,
        state: inout LoadState, log: inout ProblemLog, on connection: PostgresConnection,
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) async throws -> ListOnServer {
        let validator = RowValidator(mapping: mapping, source: source.name, strict: options.strict, asOf: options.asOf)
        var checks = RowQualityChecks(list: source.list, asOf: options.asOf)
        let list = source.list
        let keys = Dictionary(list.columns.map { ($0.heading.trimmingCharacters(in: .whitespaces), $0.key) }, uniquingKeysWith: { first, _ in first })
        state.hasher.update(data: Array("L\(list.number)\u{1E}".utf8))
        var canonical: [UInt8] = []
        var loaded = 0
        var read = 0
        var readFailure: (any Error)?
        let columns = AnnexATables.loadedColumns(list)
        let copy = try await connection.startCopy(
            into: AnnexATables.partition(list, snapshot: snapshotID), columns: columns.map(\.name), types: columns.map(\.type),
            queueing: Self.queuedChunks
        ) { writer in
            readFailure = try await CheckedRows(source, validator: validator).forEachBatch { batch in
                // The stored rows' canonical bytes, hashed once per batch (the same digest as
                // row by row, at a fraction of the calls).
                canonical.removeAll(keepingCapacity: true)
                defer { state.hasher.update(data: canonical) }
                for (index, row) in batch.rows.enumerated() {
                    read += 1
                    if read % 5_000 == 0 { progress(ImportProgress(list: list.number, source: source.name, rows: read, finished: false)) }
                    let problems = row.validated.problems
                    if !problems.isEmpty {
                        log.append(contentsOf: problems)
                        if problems.contains(where: { $0.severity == .error && $0.effect == nil }) { state.refused = true }
                    }
                    let validated = row.validated
                    if validated.leftOut {
                        if !options.strict { state.rejected.append((list.number, row.number, row.cells ?? [], problems.map(\.line))) }
                        continue
                    }
                    for problem in problems where problem.effect == .valueUnknown || problem.effect == .valueRepaired {
                        state.findings.append(
                            QualityFinding(list: list.number, row: row.number, columnKey: problem.column.flatMap { keys[$0] }, problem: problem))
                    }
                    let values = batch.row(at: index)
                    state.rowFindings += checks.check(values, row: row.number)
                    state.crossList.add(values, row: row.number, of: list)
                    writer.field(row.number)
                    values.write(to: writer, canonical: &canonical)
                    if validated.raw.isEmpty {
                        writer.field(nil as String?)
                    } else {
                        // Only rows with value problems add bytes, so clean data hashes as it always has.
                        let raw = RawValues.json(validated.raw)
                        writer.field(raw)
                        canonical.append(0x1D)
                        canonical.append(contentsOf: raw.utf8)
                        state.rowsWithValueProblems += 1
                    }
                    canonical.append(0x1E)
                    try await writer.endRow()
                    loaded += 1
                }
            }
        }
        if let readFailure {
            throw ImportFailure(problems: log.reported + [ImportProblem.unreadable(readFailure, list: list, source: source.name)])
        }
        // Queued after the list's COPY: the server builds the partition's index once it has ended
        // the COPYs before, while the list's repeated keys are found here and the next list read.
        let attaching = connection.startScript(AnnexATables.attachPartition(list, snapshot: snapshotID))
        state.rowFindings += checks.finish()
        state.rowCounts[list.number] = loaded
        progress(ImportProgress(list: list.number, source: source.name, rows: read, finished: true))
        return ListOnServer(copy: copy, attach: attaching)
    }

    /// Keeps the rows left out, with their reasons, beside the snapshot.
    private func storeRejected(_ rejected: [(list: Int, row: Int, cells: [String], reasons: [String])], snapshotID: Int, on connection: PostgresConnection)
        async throws
    {
        guard !rejected.isEmpty else { return }
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
}

/// What a successful import created.
public struct ImportSummary: Sendable, Equatable, Codable {
    public var snapshotID: Int
    public var asOf: CalendarDate
    public var contentSHA256: String
    /// Rows imported per list number.
    public var rowsByList: [Int: Int]
    /// Rows left out because they cannot be identified or placed, kept with their reasons.
    public var rejectedRows: Int
    /// Rows kept with at least one value problem.
    public var rowsWithValueProblems: Int
    /// Cells kept as given with their typed value unknown or repaired.
    public var valuesKeptAsGiven: Int
    /// The problems in cells, counted by list, column and kind.
    public var problemGroups: [ProblemGroup]
    /// Errors found (the rows left out's problems).
    public var errors: Int
    /// Warnings found.
    public var warnings: Int
    /// Data-quality findings recorded for the snapshot (the values kept as given included).
    public var qualityIssues: Int

    /// Whether the coordinator has something to look at: rows left out or values kept as given.
    public var hasProblems: Bool { rejectedRows > 0 || valuesKeptAsGiven > 0 }
}
