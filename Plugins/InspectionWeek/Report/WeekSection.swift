import Domain
import PluginKit
import Postgres
import WorkforceRegister

/// The readiness report's section on the week on site, for the latest live inspection with
/// conversations (a rehearsal's are left out, as every section leaves them): conversations
/// booked by inspector and day, the sampled children whose practitioners will be met, and those
/// whose practitioners cannot be, counted by reason (``ChildCoverage``); by case key only in a
/// child-level table.
struct WeekSection: ReportSection {
    let title = "The week on site"
    let anchor = "week-on-site"
    let order = 170

    /// The register, to tell an unknown allocated worker from a cancelled conversation.
    let register: WorkforceRegister
    /// The enabled readers of ``SampledCase/point``.
    let caseReaders: [any InspectionReader<SampledCase>]

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        guard
            let inspection = try await connection.query(
                """
                SELECT max(c.inspection_id) FROM week_conversations c WHERE \(Rehearsals.scope("c.inspection_id", rehearsal: false))
                """
            ).single.flatMap({ try $0.decode(Int?.self, at: 0) })
        else {
            return ReportSectionContent(summary: "No conversations have been built for an inspection yet (`ilacs-admin week conversations`).")
        }
        let booked = try await bookedByInspectorAndDay(inspection, on: connection)
        let sampled = try await InspectionReads.records(caseReaders, for: inspection, on: connection)
        let conversations = try await practitionerConversations(inspection, on: connection)
        var unmet: [(key: String, reason: ChildCoverage.Reason)] = []
        for kase in sampled {
            let known = try await register.staffID(ofAllocatedWorker: kase.worker, snapshot: kase.snapshotID) != nil
            if let reason = ChildCoverage.reason(kase, conversations: conversations, workerKnown: known) { unmet.append((kase.caseKey, reason)) }
        }
        let counts = Dictionary(grouping: unmet, by: { $0.reason }).mapValues(\.count)
        var tables = [
            ReportTable(
                caption: "Conversations booked for inspection \(inspection), by inspector and day",
                columns: ["Inspector", "Day", "Conversations", "Children covered"],
                rows: booked),
            ReportTable(
                caption: "Sampled children whose practitioners cannot be met, by reason", columns: ["Reason", "Children"],
                rows: ChildCoverage.Reason.allCases.compactMap { reason in counts[reason].map { [reason.rawValue, String($0)] } })
        ]
        if request.includeChildRows {
            tables.append(
                ReportTable(
                    caption: "Each sampled child whose practitioner cannot be met", columns: ["Case key", "Reason"],
                    rows: unmet.map { [$0.key, $0.reason.rawValue] },
                    childLevel: true))
        }
        let met = sampled.count - unmet.count
        return ReportSectionContent(
            summary:
                "Inspection \(inspection): \(booked.reduce(0) { $0 + (Int($1[2]) ?? 0) }) conversations booked; the practitioners of \(met) of the \(sampled.count) sampled children will be met, \(unmet.count) cannot be.",
            parts: [ReportPart(tables: tables)])
    }

    /// Rows of inspector (their name, or their person id when gone), day, conversations and
    /// distinct children covered; cancelled conversations and children who declined left out.
    private func bookedByInspectorAndDay(_ inspection: Int, on connection: PostgresConnection) async throws -> [[String]] {
        try await connection.query(
            """
            SELECT coalesce(p.name, 'inspector ' || b.inspector) AS inspector, b.day, count(DISTINCT c.id) AS conversations,
                   count(DISTINCT coalesce(k.case_key, CASE WHEN c.kind = 'child' THEN c.subject END)) AS children
            FROM week_bookings b
            JOIN week_conversations c ON c.id = b.conversation_id
            LEFT JOIN people p ON p.id::text = b.inspector
            LEFT JOIN week_conversation_cases k ON k.conversation_id = c.id
            LEFT JOIN week_child_requests r ON c.kind = 'child' AND r.inspection_id = c.inspection_id AND r.case_key = c.subject
            WHERE c.inspection_id = $1 AND c.status = 'planned' AND (c.kind <> 'child' OR r.answer = 'agreed')
            GROUP BY 1, 2 ORDER BY 2, 1
            """, [inspection]
        ).map { row in
            [
                try row.decode(String.self, "inspector"), try row.decode(CalendarDate.self, "day").iso, String(try row.decode(Int.self, "conversations")),
                String(try row.decode(Int.self, "children"))
            ]
        }
    }

    /// The inspection's practitioners' conversations with their case keys.
    private func practitionerConversations(_ inspection: Int, on connection: PostgresConnection) async throws -> [ChildCoverage.Conversation] {
        try await connection.query(
            """
            SELECT c.status = 'planned' AS planned, EXISTS (SELECT 1 FROM week_bookings b WHERE b.conversation_id = c.id) AS booked,
                   array(SELECT k.case_key FROM week_conversation_cases k WHERE k.conversation_id = c.id) AS keys
            FROM week_conversations c WHERE c.inspection_id = $1 AND c.kind = 'practitioner'
            """, [inspection]
        ).map { row in
            ChildCoverage.Conversation(
                caseKeys: Set(try row.decode([String].self, "keys")), planned: try row.decode(Bool.self, "planned"), booked: try row.decode(Bool.self, "booked")
            )
        }
    }
}
