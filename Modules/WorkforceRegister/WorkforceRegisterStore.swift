import Foundation
import Postgres

/// Writes the workforce register: an import replaces every row of staff, leave, supervision and
/// training and records a new version. The caller runs it in its transaction, beside the
/// import's audit event, so a failure leaves the previous register as it was.
public enum WorkforceRegisterStore {
    /// The latest version, or nil when nothing was imported.
    public static func latestImport(on connection: PostgresConnection) async throws -> RegisterImport? {
        try await connection.query(
            """
            SELECT id, imported_at, imported_by, source_name, content_sha256, file_sha256::text AS files, row_counts::text AS counts
            FROM workforce_imports ORDER BY id DESC LIMIT 1
            """
        ).single.map { row in
            RegisterImport(
                id: try row.decode(Int.self, "id"), importedAt: try row.decode(Date.self, "imported_at"),
                importedBy: try row.decode(String.self, "imported_by"), source: try row.decode(String.self, "source_name"),
                contentSHA256: try row.decode(String.self, "content_sha256"),
                fileSHA256: try JSONDecoder().decode([String: String].self, from: Data(try row.decode(String.self, "files").utf8)),
                counts: try JSONDecoder().decode([String: Int].self, from: Data(try row.decode(String.self, "counts").utf8)))
        }
    }

    /// Replaces the register with `content` as a new version, unless the latest version has the
    /// same `contentSHA256`: then nothing changes and that version is returned with `changed` false.
    /// Takes a transaction-scoped advisory lock so two imports at once run one after the other.
    /// - Precondition: `content` has been checked (ids unique, references known, leave not
    ///   overlapping); the tables' constraints refuse what slips through, and the caller's
    ///   transaction then rolls back.
    public static func replace(
        with content: RegisterContent, source: String, fileSHA256: [String: String], contentSHA256: String, actor: String,
        on connection: PostgresConnection
    ) async throws -> (version: RegisterImport, changed: Bool) {
        try await connection.execute("SELECT pg_advisory_xact_lock($1)", [lockKey])
        if let latest = try await latestImport(on: connection), latest.contentSHA256 == contentSHA256 {
            return (latest, false)
        }
        for table in ["workforce_training", "workforce_supervision", "workforce_leave", "workforce_staff"] {
            try await connection.execute("DELETE FROM \(table)")
        }
        try await insertStaff(content.staff, on: connection)
        try await connection.execute(
            "INSERT INTO workforce_leave (staff_id, from_date, to_date) SELECT * FROM unnest($1::text[], $2::date[], $3::date[])",
            [content.leave.map(\.staffID), content.leave.map(\.from), content.leave.map(\.to)])
        try await connection.execute(
            """
            INSERT INTO workforce_supervision (staff_id, supervisor_id, held_on, kind)
            SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[])
            """,
            [
                content.supervision.map(\.staffID), content.supervision.map(\.supervisorID), content.supervision.map(\.date),
                content.supervision.map(\.kind.rawValue)
            ])
        try await connection.execute(
            "INSERT INTO workforce_training (staff_id, course, taken_on) SELECT * FROM unnest($1::text[], $2::text[], $3::date[])",
            [content.training.map(\.staffID), content.training.map(\.course), content.training.map(\.date)])
        let files = String(decoding: try JSONEncoder().encode(fileSHA256), as: UTF8.self)
        let counts = String(decoding: try JSONEncoder().encode(content.counts), as: UTF8.self)
        let row = try await connection.query(
            """
            INSERT INTO workforce_imports (imported_by, source_name, content_sha256, file_sha256, row_counts)
            VALUES ($1, $2, $3, $4::jsonb, $5::jsonb) RETURNING id, imported_at
            """, [actor, source, contentSHA256, files, counts])[0]
        let version = RegisterImport(
            id: try row.decode(Int.self, "id"), importedAt: try row.decode(Date.self, "imported_at"), importedBy: actor, source: source,
            contentSHA256: contentSHA256, fileSHA256: fileSHA256, counts: content.counts)
        return (version, true)
    }

    /// Staff rows: working days travel as `{1,2,3}` texts, since unnest cannot take a 2-D array
    /// of uneven rows.
    private static func insertStaff(_ staff: [StaffMember], on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO workforce_staff (id, name, email, team, role, manager_id, fte, agency, start_date, working_days)
            SELECT id, name, email, team, role, manager, fte, agency, start_date, days::smallint[]
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::boolean[],
                        $9::date[], $10::text[]) AS s (id, name, email, team, role, manager, fte, agency, start_date, days)
            """,
            [
                staff.map(\.id), staff.map(\.name), staff.map(\.email), staff.map(\.team), staff.map(\.role.rawValue), staff.map(\.managerID),
                staff.map(\.fte), staff.map(\.isAgency), staff.map(\.startDate),
                staff.map { "{" + $0.workingDays.weekdays.map(String.init).joined(separator: ",") + "}" }
            ])
    }

    /// The advisory-lock key of register imports ("ILACSWRK").
    private static let lockKey = 0x494C_4143_5357_524B
}
