import Postgres

/// The inspectors of an inspection as invitations and exports name them: the kernel's `people`
/// rows for it, by id (as text, as bookings hold it).
enum InspectorDirectory {
    /// Inspection `inspectionID`'s people by id: name and address.
    static func read(inspection inspectionID: Int, on connection: PostgresConnection) async throws -> [String: InvitationBatch.Person] {
        var people: [String: InvitationBatch.Person] = [:]
        for row in try await connection.query("SELECT id::text AS id, name, email FROM people WHERE inspection_id = $1", [inspectionID]) {
            people[try row.decode(String.self, "id")] = .init(name: try row.decode(String.self, "name"), address: try row.decode(String.self, "email"))
        }
        return people
    }
}
