import AnnexAStore
import Domain
import PluginKit
import Postgres

/// Reads and writes inspection records: the kernel's `inspections` rows with their judgements,
/// the annual meetings, notification calls and attached information.
struct InspectionStore {
    let pool: PostgresPool

    /// A notification call and the inspection it announced.
    struct Call: Equatable {
        var inspectionID: Int
        var timeline: NotificationTimeline
    }

    /// Records a past inspection or visit with its grades, audit-logged; one of the same type
    /// and start date is already recorded, its id is returned and nothing changes. The grades
    /// must be areas the framework version in force on `start` grades (no overall grade from
    /// 1 April 2026, no separate care leavers grade before 2023).
    /// - Returns: the inspection's id.
    func record(_ type: InspectionType, start: CalendarDate, end: CalendarDate?, judgements: [JudgementArea: Judgement], actor: String) async throws -> Int {
        if let end, end < start {
            throw ReportingError("--end \(end.iso) is before --start \(start.iso); give the last day on site")
        }
        if !judgements.isEmpty && !InspectionWindow.gradedTypes.contains(type) {
            throw ReportingError("a \(type.displayName.lowercased()) is not graded; record judgements only for standard or short inspections")
        }
        do {
            try FrameworkVersion.inForce(on: start).check(judgements, startingOn: start)
        } catch let error as FrameworkError {
            throw ReportingError(error.description)
        }
        return try await pool.transaction { connection in
            try await Self.insert(type, start: start, end: end, judgements: judgements, actor: actor, on: connection).id
        }
    }

    /// Inserts an inspection checked by ``record(_:start:end:judgements:actor:)``, in the
    /// caller's transaction; one of the same type and start date already recorded is returned
    /// (`created` false) and nothing changes.
    static func insert(
        _ type: InspectionType, start: CalendarDate, end: CalendarDate?, judgements: [JudgementArea: Judgement], actor: String,
        on connection: PostgresConnection
    ) async throws -> (id: Int, created: Bool) {
        // Recording the same inspection again (a re-run script, say) keeps the first record.
        if let existing = try await connection.query(
            "SELECT id FROM inspections WHERE type = $1 AND started_on = $2 AND NOT rehearsal ORDER BY id LIMIT 1", [type.rawValue, start]
        ).single {
            return (try existing.decode(Int.self, at: 0), false)
        }
        let id = try await connection.query(
            "INSERT INTO inspections (type, started_on, ended_on, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
            [type.rawValue, start, end, actor])[0].decode(Int.self, at: 0)
        for (area, grade) in judgements.sorted(by: { $0.key.id < $1.key.id }) {
            try await connection.execute(
                "INSERT INTO reporting_judgements (inspection_id, area, grade) VALUES ($1, $2, $3)", [id, area.id, grade.rawValue])
        }
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "inspection.record", recordType: "inspection", recordID: String(id),
                details: ["type": type.rawValue]), on: connection)
        return (id, true)
    }

    /// Every recorded inspection with its grades, earliest first.
    func all(areas: [JudgementArea] = JudgementArea.defaults) async throws -> [Inspection] {
        try await pool.withConnection { try await Self.all(areas: areas, on: $0) }
    }

    /// Every recorded inspection with its grades, earliest first. Areas are named by `areas`
    /// (unknown stored ids keep their id as their name).
    static func all(areas: [JudgementArea] = JudgementArea.defaults, on connection: PostgresConnection) async throws -> [Inspection] {
        let grades = try await connection.query("SELECT inspection_id, area, grade FROM reporting_judgements")
        var byInspection: [Int: [JudgementArea: Judgement]] = [:]
        for row in grades {
            let areaID = try row.decode(String.self, "area")
            let area = areas.first { $0.id == areaID } ?? JudgementArea(id: areaID, displayName: areaID)
            byInspection[try row.decode(Int.self, "inspection_id"), default: [:]][area] = Judgement(rawValue: try row.decode(String.self, "grade"))
        }
        return try await connection.query(
            "SELECT id, type, started_on, ended_on FROM inspections WHERE started_on IS NOT NULL AND NOT rehearsal ORDER BY started_on, id"
        ).map { row in
            let id = try row.decode(Int.self, "id")
            return Inspection(
                id: String(id), type: InspectionType(rawValue: try row.decode(String.self, "type")) ?? .standard,
                startDate: try row.decode(CalendarDate.self, "started_on"), endDate: try row.decode(CalendarDate?.self, "ended_on"),
                judgements: byInspection[id] ?? [:])
        }
    }

    /// Records an annual self-evaluation or engagement meeting; recording the same one twice is a no-op.
    func recordMeeting(_ kind: MeetingKind, on date: CalendarDate, actor: String) async throws {
        try await pool.query(
            "INSERT INTO reporting_meetings (kind, held_on, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            [kind.rawValue, date, actor])
    }

    /// The meetings, earliest first.
    func meetings() async throws -> [(kind: MeetingKind, date: CalendarDate)] {
        try await pool.query("SELECT kind, held_on FROM reporting_meetings ORDER BY held_on, kind").map { row in
            (MeetingKind(rawValue: try row.decode(String.self, "kind")) ?? .selfEvaluation, try row.decode(CalendarDate.self, "held_on"))
        }
    }

    /// Records the notification call as a new inspection of `timeline.type` on its on-site dates;
    /// a call at the same moment already recorded returns its inspection and changes nothing.
    /// With `rehearsal`, the inspection is a rehearsal's (refused while another runs).
    /// - Throws: when the call is before the as-of date of the latest snapshot (the lists would
    ///   then describe a time after the call).
    func recordCall(_ timeline: NotificationTimeline, rehearsal: Bool = false, actor: String) async throws -> Int {
        try await pool.transaction { connection in
            if let latest = try await AnnexASnapshot.latest(on: connection), timeline.call.date < latest.asOf {
                throw ReportingError(
                    "the call at \(timeline.call) is before the as-of date \(latest.asOf.iso) of the latest snapshot \(latest.id); give the date and time the call came (e.g. --call-at \"\(latest.asOf.iso) 10:30\" or later)"
                )
            }
            if rehearsal, let running = try await Rehearsals.running(on: connection) {
                throw ReportingError("a rehearsal is already running (inspection \(running)); end it first with: ilacs-admin rehearsal end")
            }
            if !rehearsal,
                let existing = try await connection.query(
                    """
                    SELECT n.inspection_id FROM reporting_notifications n JOIN inspections i ON i.id = n.inspection_id
                    WHERE n.call_at = $1::timestamp AND NOT i.rehearsal
                    """, [timeline.call.description]
                ).single
            {
                return try existing.decode(Int.self, at: 0)
            }
            let id = try await connection.query(
                "INSERT INTO inspections (type, started_on, ended_on, created_by, rehearsal) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                [timeline.type.rawValue, timeline.onSiteStart, timeline.onSiteEnd, actor, rehearsal])[0].decode(Int.self, at: 0)
            try await connection.execute(
                "INSERT INTO reporting_notifications (inspection_id, call_at, created_by) VALUES ($1, $2::timestamp, $3)",
                [id, timeline.call.description, actor])
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: rehearsal ? "rehearsal.start" : "inspection.notify", recordType: "inspection", recordID: String(id),
                    details: ["type": timeline.type.rawValue, "call_at": timeline.call.description]), on: connection)
            return id
        }
    }

    /// The latest live notification call (or, with `rehearsal`, the running rehearsal's call),
    /// or nil when none is recorded.
    static func latestCall(rehearsal: Bool = false, on connection: PostgresConnection) async throws -> Call? {
        guard
            let row = try await connection.query(
                """
                SELECT n.inspection_id, to_char(n.call_at, 'YYYY-MM-DD HH24:MI') AS call_at, i.type
                FROM reporting_notifications n JOIN inspections i ON i.id = n.inspection_id
                WHERE i.rehearsal = $1
                ORDER BY n.call_at DESC, n.inspection_id DESC LIMIT 1
                """, [rehearsal]
            ).single
        else { return nil }
        guard let call = LocalDateTime.parse(try row.decode(String.self, "call_at")),
            let type = InspectionType(rawValue: try row.decode(String.self, "type")),
            let timeline = NotificationTimeline(call: call, type: type)
        else { return nil }
        return Call(inspectionID: try row.decode(Int.self, "inspection_id"), timeline: timeline)
    }

    /// Records a file of audit or performance information shared for `inspectionID` (its name,
    /// size and SHA-256, not its contents), audit-logged.
    func attach(_ file: AttachedFile, kind: AttachmentKind, inspectionID: Int, actor: String) async throws {
        try await pool.transaction { connection in
            try await connection.execute(
                "INSERT INTO reporting_attachments (inspection_id, kind, file_name, bytes, sha256, attached_by) VALUES ($1, $2, $3, $4, $5, $6)",
                [inspectionID, kind.rawValue, file.name, file.bytes, file.sha256, actor])
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "inspection.attach", recordType: "inspection", recordID: String(inspectionID),
                    details: ["kind": kind.rawValue, "file": file.name]), on: connection)
        }
    }
}

/// The annual meetings of the ILACS system.
enum MeetingKind: String, CaseIterable {
    case selfEvaluation = "self_evaluation"
    case engagementMeeting = "engagement_meeting"

    /// The name to show.
    var displayName: String {
        switch self {
        case .selfEvaluation: "Self-evaluation shared"
        case .engagementMeeting: "Engagement meeting"
        }
    }
}

/// What an attached file holds.
enum AttachmentKind: String, CaseIterable {
    case audits
    case performance
}
