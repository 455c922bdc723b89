import Domain
import PluginKit
import Postgres

/// The group sessions of an inspection's invitation campaigns, for ``GroupSession/point``:
/// counts of households only, never who they are.
struct GroupSessionReader: InspectionReader {
    func records(for inspectionID: Int, on connection: PostgresConnection) async throws -> [GroupSession] {
        try await connection.query(
            """
            SELECT s.campaign_id, s.number, s.starts_on, to_char(s.starts_at, 'HH24:MI') AS starts_at, s.venue, s.online_link IS NOT NULL AS online,
                   s.capacity,
                   (SELECT count(*) FROM carer_campaign_audience a WHERE a.campaign_id = s.campaign_id AND a.left_out IS NULL) AS invited,
                   (SELECT count(*) FROM carer_replies r
                    WHERE r.campaign_id = s.campaign_id AND r.session_number = s.number AND r.answer = 'attending') AS accepted,
                   (SELECT count(*) FROM carer_replies r
                    WHERE r.campaign_id = s.campaign_id AND r.session_number = s.number AND r.answer = 'waiting') AS waiting
            FROM carer_campaign_sessions s JOIN carer_campaigns c ON c.id = s.campaign_id
            WHERE c.inspection_id = $1
            ORDER BY s.starts_on, s.starts_at, s.campaign_id, s.number
            """, [inspectionID]
        ).map { row in
            let time = try row.decode(String.self, "starts_at")
            guard let start = LocalDateTime.parse("\(try row.decode(CalendarDate.self, "starts_on").iso) \(time)") else {
                throw CarerError("a stored session starts at \(time), which is not a time of day")
            }
            return GroupSession(
                campaignID: try row.decode(Int.self, "campaign_id"), number: try row.decode(Int.self, "number"), start: start,
                venue: try row.decode(String?.self, "venue"), online: try row.decode(Bool.self, "online"), capacity: try row.decode(Int.self, "capacity"),
                householdsInvited: try row.decode(Int.self, "invited"), householdsAccepted: try row.decode(Int.self, "accepted"),
                householdsWaiting: try row.decode(Int.self, "waiting"))
        }
    }
}
