import Authorities
import Configuration
import PluginKit
import Postgres
import WorkforceRegister

/// What the report sections need first: the configured authority and its comparisons (the
/// workforce rates with the register's own figures at the report's as-of date), or a sentence
/// saying why there are none (no authority configured, nothing loaded).
enum ComparisonsLoader {
    /// The authority and its comparisons, or the reason there are none.
    enum Outcome {
        case compared(Authority, [Comparison])
        case unavailable(String)
    }

    static func load(
        configuration: ConfigReader, request: ReportRequest, register: WorkforceRegister, on connection: PostgresConnection
    ) async throws -> Outcome {
        guard let authority = try ConfiguredAuthority.read(from: configuration) else {
            return .unavailable(
                "Not available: ILACS_AUTHORITY is not set. Set it to the authority's three-digit old LA code (891 for Nottinghamshire) to compare with published statistics."
            )
        }
        let loaded = try await connection.query("SELECT EXISTS (SELECT 1 FROM published_values)").single!.decode(Bool.self, at: 0)
        guard loaded else {
            return .unavailable("Not available: no published statistics are loaded; `ilacs-admin benchmarks import FOLDER` loads the DfE's files.")
        }
        do {
            let current = try await RegisterFigures.load(register: register, snapshotID: request.snapshotID, asOf: request.asOf, on: connection)
            let result = try await ComparatorCalculator(authority: authority).comparators(register: current, on: connection)
            return .compared(authority, result.comparators)
        } catch let error as PublishedStatisticsError {
            return .unavailable("Not available: \(error.description).")
        }
    }
}
