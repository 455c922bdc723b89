import AnnexAStore
import Domain
import Postgres

/// Reads, from the kernel's Annex A store, the team and service area of each child of a round:
/// from the first list of ``lists`` that has the child, the allocated team of its last row.
enum CaseTeams {
    /// The lists read, the most specific service first.
    static let lists: [AnnexAList] = [.childrenInCare, .careLeavers, .childProtection, .childrenInNeed, .section47, .assessments, .referrals]

    /// Each child's (team, service area) in snapshot `snapshot`; children on none of the lists are missing.
    static func find(_ childIDs: [String], snapshot: Int, on connection: PostgresConnection) async throws -> [String: (team: String, area: String)] {
        var found: [String: (team: String, area: String)] = [:]
        for list in lists {
            let wanted = childIDs.filter { found[$0] == nil }
            guard !wanted.isEmpty else { break }
            let rows = try await connection.query(
                """
                SELECT DISTINCT ON (child_id) child_id, allocated_team FROM \(AnnexATables.table(list))
                WHERE snapshot_id = $1 AND child_id = ANY($2::text[]) AND coalesce(allocated_team, '') <> ''
                ORDER BY child_id, row_number DESC
                """, [snapshot, wanted])
            for row in rows {
                found[try row.decode(String.self, "child_id")] = (try row.decode(String.self, "allocated_team"), list.title)
            }
        }
        return found
    }
}
