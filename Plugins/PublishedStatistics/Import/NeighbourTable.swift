import Authorities
import PluginKit
import Postgres

/// The statistical-neighbour model as imported (`statistical_neighbours`), offered to other
/// plugins through ``StatisticalNeighbours/point``.
struct NeighbourTable: StatisticalNeighbourSource {
    /// The neighbours of `authority`, closest first; empty when the model loaded has no row for
    /// it, nil when no model is loaded.
    func neighbours(of authority: Authority, on connection: PostgresConnection) async throws -> [StatisticalNeighbour]? {
        let found = try await connection.query(
            "SELECT position, neighbour_code, closeness FROM statistical_neighbours WHERE authority_code = $1 ORDER BY position", [authority.oldCode]
        ).map { row in
            StatisticalNeighbour(
                position: try row.decode(Int.self, "position"), code: try row.decode(String.self, "neighbour_code"),
                closeness: try row.decode(String.self, "closeness"))
        }
        guard found.isEmpty else { return found }
        let loaded = try await connection.query("SELECT EXISTS (SELECT 1 FROM statistical_neighbours)")[0].decode(Bool.self, at: 0)
        return loaded ? [] : nil
    }
}
