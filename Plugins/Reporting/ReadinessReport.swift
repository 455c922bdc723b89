import AnnexAStore
import Domain
import Foundation
import PluginKit
import Postgres

/// A readiness report: every enabled section's content for one snapshot, in section order,
/// ready for the HTML, JSON and CSV renderers.
public struct ReadinessReport: Codable, Equatable, Sendable {
    /// One section's content, under its title and anchor.
    public struct Section: Codable, Equatable, Sendable {
        public var anchor: String
        public var title: String
        public var content: ReportSectionContent
    }

    /// The report's title.
    public var title: String
    /// The snapshot it is computed from.
    public var snapshotID: Int
    /// That snapshot's as-of date.
    public var asOf: CalendarDate
    /// The snapshot changes are measured from, if any.
    public var previousSnapshotID: Int?
    /// When it was generated (local time).
    public var generatedAt: String
    /// True when child-level tables were asked for.
    public var includesChildRows: Bool
    /// The sections, in order.
    public var sections: [Section]

    /// Builds the report for `snapshotID` (the latest snapshot when nil) from `sections`, in one
    /// read-only, repeatable-read transaction so every section sees the same data.
    /// - Throws: `ReportingError` when there is no snapshot, or no snapshot with that id.
    static func build(
        snapshotID: Int?, includeChildRows: Bool, sections: [any ReportSection], on connection: PostgresConnection
    ) async throws -> ReadinessReport {
        try await connection.transaction { connection in
            try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            // Grouping by team and counting distinct workers sort in memory rather than on disk.
            try await connection.execute("SET LOCAL work_mem = '64MB'")
            let request = try await Self.request(snapshotID: snapshotID, includeChildRows: includeChildRows, on: connection)
            var rendered: [Section] = []
            for section in sections.sorted(by: { ($0.order, $0.anchor) < ($1.order, $1.anchor) }) {
                var content = try await section.content(for: request, on: connection)
                if !includeChildRows {
                    // Aggregates only, whatever a section returned.
                    content.parts = content.parts.map { part in
                        var part = part
                        part.tables.removeAll(where: \.childLevel)
                        return part
                    }
                }
                rendered.append(Section(anchor: section.anchor, title: section.title, content: content))
            }
            let stamp = ISO8601DateFormatter.string(
                from: Date(), timeZone: .current, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime])
            return ReadinessReport(
                title: "Inspection readiness report", snapshotID: request.snapshotID, asOf: request.asOf,
                previousSnapshotID: request.previousSnapshotID, generatedAt: stamp, includesChildRows: includeChildRows, sections: rendered)
        }
    }

    /// The request for a snapshot: its as-of date and the snapshot before it.
    static func request(snapshotID: Int?, includeChildRows: Bool, on connection: PostgresConnection) async throws -> ReportRequest {
        let found = if let snapshotID { try await AnnexASnapshot.find(snapshotID, on: connection) } else { try await AnnexASnapshot.latest(on: connection) }
        guard let snapshot = found else {
            if let snapshotID { throw ReportingError.unknownSnapshot(snapshotID) }
            throw ReportingError.noSnapshot
        }
        return ReportRequest(
            snapshotID: snapshot.id, asOf: snapshot.asOf,
            previousSnapshotID: try await snapshot.previous(on: connection)?.id, includeChildRows: includeChildRows)
    }
}
