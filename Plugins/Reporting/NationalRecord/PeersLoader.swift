import Authorities
import Configuration
import PluginKit
import Postgres

/// What `inspection peers` and the report's peers section need first: the configured authority,
/// its statistical neighbours and the national record, or a sentence saying which is missing.
enum PeersLoader {
    /// The peers, or why there are none.
    enum Outcome {
        case found(Peers)
        case unavailable(String)
    }

    /// Peers of the authority `ILACS_AUTHORITY` names, with neighbours from the first of `sources`
    /// that has a model.
    static func load(
        configuration: ConfigReader, sources: [any StatisticalNeighbourSource], on connection: PostgresConnection
    ) async throws -> Outcome {
        guard let authority = try ConfiguredAuthority.read(from: configuration) else {
            return .unavailable("ILACS_AUTHORITY is not set: set it to the authority's three-digit old LA code (891 for Nottinghamshire) to see its peers")
        }
        guard try await NationalRecordStore.latestImport(on: connection) != nil else {
            return .unavailable("no national record is imported; import it with: ilacs-admin inspection history import FILE")
        }
        guard let neighbours = try await StatisticalNeighbours.of(authority, from: sources, on: connection) else {
            return .unavailable(
                "no statistical-neighbour model is loaded; enable PublishedStatistics and load the DfE's with: ilacs-admin benchmarks import sn_model_2025_wide.csv"
            )
        }
        guard !neighbours.isEmpty else {
            return .unavailable("the statistical-neighbour model loaded has no row for \(authority.name) (\(authority.oldCode))")
        }
        return .found(try await Peers.load(authority: authority, neighbours: neighbours, on: connection))
    }
}
