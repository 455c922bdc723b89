import Authorities
import Postgres

/// One of an authority's statistical neighbours, as the DfE's model lists it.
public struct StatisticalNeighbour: Sendable, Equatable {
    /// 1 for the closest.
    public var position: Int
    /// The neighbour's old LA code, e.g. `830`.
    public var code: String
    /// The closeness band as published (`Very close`).
    public var closeness: String

    /// Creates a neighbour.
    public init(position: Int, code: String, closeness: String) {
        self.position = position
        self.code = code
        self.closeness = closeness
    }

    /// The neighbour as an English authority; nil when the code is not one (then only the code is known).
    public var authority: Authority? { try? Authority.named(code) }
}

/// Where an authority's statistical neighbours come from: the published statistics plugin, which
/// imports the DfE's model, offers them here so that other plugins (Reporting's peers) need not
/// read its tables.
///
/// To offer neighbours: conform a type to `StatisticalNeighbourSource`, then
/// `ExtensionImplementation(StatisticalNeighbours.point, name: "my-source", summary: "...") { _ in MySource() }`.
public protocol StatisticalNeighbourSource: Sendable {
    /// The neighbours of `authority`, closest first, read on `connection`; nil when no model is loaded.
    func neighbours(of authority: Authority, on connection: PostgresConnection) async throws -> [StatisticalNeighbour]?
}

/// Where statistical-neighbour sources plug in: every enabled implementation is asked, the first
/// that has a model answers.
public enum StatisticalNeighbours {
    /// The extension point, named `statistics.neighbours`.
    public static let point = ExtensionPoint<any StatisticalNeighbourSource>(name: "statistics.neighbours")

    /// The neighbours of `authority` from the first of `sources` with a model; nil when none has one.
    public static func of(
        _ authority: Authority, from sources: [any StatisticalNeighbourSource], on connection: PostgresConnection
    ) async throws -> [StatisticalNeighbour]? {
        for source in sources {
            if let found = try await source.neighbours(of: authority, on: connection) { return found }
        }
        return nil
    }
}
