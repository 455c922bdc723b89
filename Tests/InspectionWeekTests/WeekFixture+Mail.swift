import Configuration
import Foundation
import Messaging
import Postgres
import TestSupport
import WorkforceRegister

@testable import InspectionWeek

/// What the invitation, child-request and export tests add to the fixture: inspectors, bookings
/// written with SQL (as the plan would write them), runs of `week invite` and the outbox's rows.
extension WeekFixture {
    /// One queued message as the outbox holds it.
    struct Queued: Sendable {
        var kind: String
        var dedupeKey: String
        var recipient: String
        var subject: String
        var text: String
        var html: String
        var calendar: String?
        var rehearsal: Bool
    }

    /// The mail settings of an unconfigured deployment: the sender is `fostering@example.org`.
    static let mail = WeekMail(settings: try! MailSettings(ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))))

    /// A new inspector of `inspection` (a kernel `people` row); their id.
    func inspector(_ name: String, _ email: String, inspection: Int? = nil) async throws -> String {
        try await pool.query(
            """
            INSERT INTO people (name, email, role, inspection_id, access_from, access_until, created_by)
            VALUES ($1, $2, 'inspector', $3, '2026-12-01', '2026-12-31', 'tester') RETURNING id::text
            """, [name, email, inspection ?? inspectionID])[0].decode(String.self, at: 0)
    }

    /// Books `conversation` on 2026-12-`day` from `starts` to `ends` with `inspector`, in `room` (nil: online).
    func book(_ conversation: Int, day: Int, _ starts: String, _ ends: String, inspector: String, room: String?) async throws {
        _ = try await pool.query(
            """
            INSERT INTO week_bookings (conversation_id, day, starts, ends, inspector, room) VALUES ($1, make_date(2026, 12, $2), $3::time, $4::time, $5, $6)
            ON CONFLICT (conversation_id) DO UPDATE SET day = EXCLUDED.day, starts = EXCLUDED.starts, ends = EXCLUDED.ends,
                inspector = EXCLUDED.inspector, room = EXCLUDED.room
            """, [conversation, day, starts, ends, inspector, room])
    }

    /// The ids of the inspection's planned conversations of `kind`, in id order.
    func conversationIDs(kind: String = "practitioner") async throws -> [Int] {
        try await pool.query(
            "SELECT id FROM week_conversations WHERE inspection_id = $1 AND kind = $2 AND status = 'planned' ORDER BY id", [inspectionID, kind]
        ).map { try $0.decode(Int.self, "id") }
    }

    /// Runs `week invite` for the inspection as the command does.
    func invite() async throws -> WeekInvitations.Outcome {
        let staff = Dictionary(try await WorkforceRegister(pool: pool).allStaff().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try await WeekInvitations.send(inspection: inspectionID, staff: staff, mail: Self.mail, actor: "tester", pool: pool)
    }

    /// The week's messages in the outbox, oldest first; only those queued after message `after`.
    func queued(after: Int = 0) async throws -> [Queued] {
        try await pool.query(
            """
            SELECT kind, dedupe_key, recipient, subject, text_body, html_body, calendar_body, rehearsal_inspection_id IS NOT NULL AS rehearsal
            FROM messaging_outbox WHERE owner = 'InspectionWeek' AND id > $1 ORDER BY id
            """, [after]
        ).map { row in
            Queued(
                kind: try row.decode(String.self, "kind"), dedupeKey: try row.decode(String.self, "dedupe_key"),
                recipient: try row.decode(String.self, "recipient"), subject: try row.decode(String.self, "subject"),
                text: try row.decode(String.self, "text_body"), html: try row.decode(String.self, "html_body"),
                calendar: try row.decode(String?.self, "calendar_body"), rehearsal: try row.decode(Bool.self, "rehearsal"))
        }
    }

    /// The id of the newest message in the outbox (0 when empty).
    func lastMessageID() async throws -> Int {
        try await pool.query("SELECT coalesce(max(id), 0) FROM messaging_outbox")[0].decode(Int.self, at: 0)
    }

    /// The register's member of staff `id`.
    func staff(_ id: String) async throws -> StaffMember {
        guard let member = try await WorkforceRegister(pool: pool).staff(id: id) else { throw TestSetupError("no member of staff \(id)") }
        return member
    }
}
