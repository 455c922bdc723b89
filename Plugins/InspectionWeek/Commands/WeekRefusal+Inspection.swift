import Postgres

extension WeekRefusal {
    /// Refuses an inspection id that names no inspection.
    static func requireInspection(_ inspectionID: Int, on connection: PostgresConnection) async throws {
        guard try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single != nil else {
            throw WeekRefusal("--inspection: no inspection \(inspectionID); `ilacs-admin inspection list` lists them")
        }
    }
}
