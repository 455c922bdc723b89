import PluginKit
import Postgres
import Synchronization

/// The indicator results of the report being built, computed once although two sections read
/// them (the indicators section, and the opening summary's ``SnapshotFindings``).
///
/// A report is built in one repeatable-read transaction, so results are reused only within the
/// same transaction: the key is the server process and the transaction's start time, with the
/// snapshots and the indicators asked for. Only the latest report's results are kept.
enum IndicatorResultsMemo {
    private static let latest = Mutex<(key: String, results: [IndicatorResult])?>(nil)

    /// `indicators`' results for `request`, from this transaction's earlier call when there was one.
    static func results(_ indicators: [Indicator], for request: ReportRequest, on connection: PostgresConnection) async throws -> [IndicatorResult] {
        let transaction = try await connection.query("SELECT pg_backend_pid()::text || ':' || now()::text")[0].decode(String.self, at: 0)
        let key = ([transaction, String(request.snapshotID), request.previousSnapshotID.map(String.init) ?? "-"] + indicators.map(\.title))
            .joined(separator: "|")
        if let kept = latest.withLock({ $0?.key == key ? $0?.results : nil }) { return kept }
        let computed = try await IndicatorsSection.results(indicators, for: request, on: connection)
        latest.withLock { $0 = (key, computed) }
        return computed
    }
}
