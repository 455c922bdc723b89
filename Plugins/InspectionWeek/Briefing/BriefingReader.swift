import Domain
import PluginKit
import Postgres
import WorkforceRegister

/// Reads a conversation's ``WeekBriefing``: the conversation and its booking from the week's
/// tables, the children's rows through the sampled-cases point (``SampledCase/point``; a
/// rehearsal reads its own sample), and the practitioner from the workforce register.
///
/// A child's own conversation is briefed only once the child agreed: a child who declined, or
/// was not asked yet, has no briefing (nil), as an unknown conversation has none.
struct BriefingReader: Sendable {
    let pool: PostgresPool
    /// The enabled readers of ``SampledCase/point``.
    let caseReaders: [any InspectionReader<SampledCase>]

    /// The briefing of conversation `conversationID`, with the register's figures at `date`;
    /// nil when there is no such conversation, or it is a child's who has not agreed.
    func briefing(_ conversationID: Int, at date: CalendarDate) async throws -> WeekBriefing? {
        let register = WorkforceRegister(pool: pool)
        guard let (loaded, snapshotID) = try await pool.withConnection({ try await read(conversationID, at: date, on: $0) }) else { return nil }
        var briefing = loaded
        guard briefing.kind == .practitioner, let staff = try await register.staff(id: briefing.subject) else { return briefing }
        var caseload = 0
        if let snapshotID {
            let names = try await pool.withConnection { try await Caseload.workerNames(snapshot: snapshotID, on: $0) }
            caseload = try await register.caseloads(allocatedWorkerNames: names)[staff.id] ?? 0
        }
        briefing.practitioner = WeekBriefing.Practitioner(staff: staff, caseload: caseload, context: try await register.context(of: staff.id, at: date))
        return briefing
    }

    /// The briefing without the register's part, and the snapshot of the sample its children
    /// were picked from (nil when the sample no longer holds them).
    private func read(_ conversationID: Int, at date: CalendarDate, on connection: PostgresConnection) async throws -> (WeekBriefing, Int?)? {
        guard
            let row = try await connection.query(
                """
                SELECT c.inspection_id, c.kind, c.subject, c.status, r.answer, r.way, r.access_needs, \(WeekBriefing.Slot.columns)
                FROM week_conversations c
                LEFT JOIN week_bookings b ON b.conversation_id = c.id
                LEFT JOIN week_child_requests r ON c.kind = 'child' AND r.inspection_id = c.inspection_id AND r.case_key = c.subject
                WHERE c.id = $1
                """, [conversationID]
            ).single,
            let kind = WeekBriefing.Kind(rawValue: try row.decode(String.self, "kind"))
        else { return nil }
        let wishes = try row.decode(String?.self, "way").map { WeekBriefing.Wishes(way: $0, accessNeeds: try row.decode(String?.self, "access_needs")) }
        if kind == .child, try row.decode(String?.self, "answer") != "agreed" { return nil }
        let inspectionID = try row.decode(Int.self, "inspection_id")
        let subject = try row.decode(String.self, "subject")
        var keys = try await connection.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1 ORDER BY case_key", [conversationID])
            .map { try $0.decode(String.self, "case_key") }
        if kind == .child, !keys.contains(subject) { keys.insert(subject, at: 0) }
        let sampled = try await InspectionReads.records(
            caseReaders, for: inspectionID, rehearsal: try await Rehearsals.isRehearsal(inspectionID, on: connection), on: connection)
        let byKey = Dictionary(sampled.map { ($0.caseKey, $0) }, uniquingKeysWith: { first, _ in first })
        let children = keys.map { key in
            WeekBriefing.Child(caseKey: key, stratum: byKey[key]?.stratum ?? "", rows: byKey[key]?.rows ?? [])
        }
        let briefing = WeekBriefing(
            conversationID: conversationID, inspectionID: inspectionID, kind: kind, subject: subject, status: try row.decode(String.self, "status"),
            date: date, practitioner: nil, children: children, wishes: kind == .child ? wishes : nil, slot: try WeekBriefing.Slot(row: row))
        return (briefing, keys.lazy.compactMap { byKey[$0]?.snapshotID }.first ?? sampled.first?.snapshotID)
    }
}
