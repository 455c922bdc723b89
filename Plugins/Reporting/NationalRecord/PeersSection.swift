import Configuration
import PluginKit
import Postgres

/// The report's peers: the statistical neighbours' latest inspections beside the authority's own
/// (as `inspection peers` prints them), and the names that matched no one in the national record.
struct PeersSection: ReportSection {
    let title = "Peers' latest inspections"
    let anchor = "peers"
    let order = 5
    /// The app's configuration, for `ILACS_AUTHORITY`.
    let configuration: ConfigReader
    /// Every enabled source of statistical neighbours.
    let sources: [any StatisticalNeighbourSource]

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        switch try await PeersLoader.load(configuration: configuration, sources: sources, on: connection) {
        case .unavailable(let reason):
            return ReportSectionContent(summary: "Not available: \(reason).")
        case .found(let peers):
            return ReportSectionContent(
                summary:
                    "\(peers.own.name) and its \(peers.neighbours.count) statistical neighbours, closest first: the latest graded inspection of each in the national record.",
                parts: [
                    ReportPart(
                        paragraphs: [
                            peers.unmatched.isEmpty
                                ? "Every name matched the national record."
                                : "Not matched in the national record (no row of it has that name): \(peers.unmatched.joined(separator: "; "))."
                        ],
                        tables: [
                            ReportTable(
                                caption: "Latest graded inspection of the authority and each statistical neighbour, with its judgements",
                                columns: Peers.columns, rows: peers.rows)
                        ])
                ])
        }
    }
}
