import Domain
import Foundation
import PluginKit
import Postgres

/// Keeps the national record of ILACS reports and turns the authority's own rows into its
/// inspection history.
struct NationalRecordStore {
    let pool: PostgresPool

    /// What an import did.
    struct ImportResult: Encodable {
        /// Rows in the file, all kept.
        var rows: Int
        /// True when the same file (by SHA-256) was already the national record.
        var unchanged: Bool
        /// The authority matched, as "name (URN n)"; nil when none was given or none matched.
        var authority: String?
        /// The authority's rows with a type and start date: inspections added, and those already
        /// recorded (by type and start date) that were linked instead.
        var added: Int, alreadyRecorded: Int
        /// The authority's rows without a type or start date (reports before ILACS), kept in the
        /// national record only.
        var withoutDates: Int
        /// Grade cells neither a grade nor a placeholder, kept as unknown ("row N, column C").
        var unreadableGrades: [String]
        /// Why nothing became the authority's history, when nothing did.
        var note: String?
    }

    /// Replaces the national record with `file` (unless it is the same file) and adds the rows of
    /// `authority` (a name or URN) to the inspection history, in one transaction, audit-logged.
    /// - Throws: `ReportingError` when the name means two authorities or a row of the authority
    ///   carries a grade its framework version does not give.
    func importFile(_ file: NationalRecordFile, sourceName: String, authority: String?, actor: String) async throws -> ImportResult {
        try await pool.transaction { connection in
            let current = try await connection.query("SELECT content_sha256 FROM reporting_national_imports ORDER BY id DESC LIMIT 1").single
            let unchanged = try current?.decode(String.self, at: 0) == file.sha256
            if !unchanged {
                try await Self.replaceRows(file.rows, on: connection)
                try await connection.execute(
                    "INSERT INTO reporting_national_imports (source_name, content_sha256, row_count, imported_by) VALUES ($1, $2, $3, $4)",
                    [sourceName, file.sha256, file.rows.count, actor])
            }
            var result = ImportResult(
                rows: file.rows.count, unchanged: unchanged, authority: nil, added: 0, alreadyRecorded: 0, withoutDates: 0,
                unreadableGrades: file.unreadableGrades, note: nil)
            if let authority {
                try await Self.addHistory(of: authority, rows: file.rows, actor: actor, into: &result, on: connection)
            } else {
                result.note =
                    "no authority given (--authority or \(EnvironmentName.of(ConfiguredAuthority.configurationKey))): nothing added to the inspection history"
            }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "inspection.history.import", recordType: "national_record", recordID: String(file.sha256.prefix(16)),
                    details: [
                        "source": sourceName, "sha256": file.sha256, "rows": String(file.rows.count), "unchanged": String(unchanged),
                        "added": String(result.added), "linked": String(result.alreadyRecorded)
                    ]), on: connection)
            return result
        }
    }

    /// Every graded (standard or short) inspection in the national record with a start date.
    static func graded(on connection: PostgresConnection) async throws -> [GradedInspectionRecord] {
        try await connection.query(
            """
            SELECT n.urn, n.started_on, g.grade FROM reporting_national_inspections n
            LEFT JOIN reporting_national_grades g ON g.row_number = n.row_number AND g.area = 'overall_effectiveness'
            WHERE n.type IS NOT NULL AND n.started_on IS NOT NULL ORDER BY n.row_number
            """
        ).map { row in
            GradedInspectionRecord(
                authority: try row.decode(String.self, "urn"), start: try row.decode(CalendarDate.self, "started_on"),
                overall: try row.decode(String?.self, "grade").flatMap(Judgement.init(rawValue:)))
        }
    }

    /// The latest import: its file name, rows and when; nil before the first.
    static func latestImport(on connection: PostgresConnection) async throws -> (name: String, rows: Int, importedOn: String)? {
        guard
            let row = try await connection.query(
                "SELECT source_name, row_count, to_char(imported_at, 'YYYY-MM-DD') AS day FROM reporting_national_imports ORDER BY id DESC LIMIT 1"
            ).single
        else { return nil }
        return (try row.decode(String.self, "source_name"), try row.decode(Int.self, "row_count"), try row.decode(String.self, "day"))
    }

    /// Deletes the record's rows and inserts `rows`, two statements whatever the file's size.
    private static func replaceRows(_ rows: [NationalRecordRow], on connection: PostgresConnection) async throws {
        try await connection.execute("DELETE FROM reporting_national_grades")
        try await connection.execute("DELETE FROM reporting_national_inspections")
        let inspections: [[String: String?]] = rows.map { row in
            [
                "row_number": String(row.rowNumber), "urn": row.urn, "local_authority": row.localAuthority, "inspection_link": row.inspectionLink,
                "pdf_filename": row.pdfFilename, "publication_text": row.publicationText, "published_on": row.publishedOn?.iso,
                "framework_text": row.frameworkText, "type": row.type?.rawValue, "inspector_name": row.inspectorName,
                "started_on": row.startedOn?.iso, "ended_on": row.endedOn?.iso, "parser_version": row.parserVersion
            ]
        }
        try await connection.execute(
            """
            INSERT INTO reporting_national_inspections (row_number, urn, local_authority, inspection_link, pdf_filename, publication_text,
                published_on, framework_text, type, inspector_name, started_on, ended_on, parser_version)
            SELECT row_number, urn, local_authority, inspection_link, pdf_filename, publication_text, published_on, framework_text, type,
                inspector_name, started_on, ended_on, parser_version
            FROM jsonb_to_recordset($1::jsonb) AS r(row_number integer, urn text, local_authority text, inspection_link text, pdf_filename text,
                publication_text text, published_on date, framework_text text, type text, inspector_name text, started_on date, ended_on date,
                parser_version text)
            """, [try json(inspections)])
        let grades: [[String: String?]] = rows.flatMap { row in
            row.grades.map { ["row_number": String(row.rowNumber), "area": $0.area.id, "given": $0.text, "grade": $0.grade?.rawValue] }
        }
        try await connection.execute(
            """
            INSERT INTO reporting_national_grades (row_number, area, given, grade)
            SELECT row_number, area, given, grade FROM jsonb_to_recordset($1::jsonb) AS r(row_number integer, area text, given text, grade text)
            """, [try json(grades)])
    }

    /// Adds the rows of `authority` to the inspection history (or links the inspection already
    /// recorded with the same type and start date), counting into `result`.
    private static func addHistory(
        of authority: String, rows: [NationalRecordRow], actor: String, into result: inout ImportResult, on connection: PostgresConnection
    ) async throws {
        let names = Dictionary(rows.map { ($0.urn, $0.localAuthority) }, uniquingKeysWith: { first, _ in first })
        guard let matched = try AuthorityName.match(authority, in: names) else {
            result.note = "no authority in the national record is named '\(authority)' (or has that URN): nothing added to the inspection history"
            return
        }
        result.authority = "\(matched.name) (URN \(matched.urn))"
        for row in rows where row.urn == matched.urn {
            guard let type = row.type, let start = row.startedOn else {
                result.withoutDates += 1
                continue
            }
            let judgements = Dictionary(row.grades.compactMap { grade in grade.grade.map { (grade.area, $0) } }, uniquingKeysWith: { first, _ in first })
            do {
                try FrameworkVersion.inForce(on: start).check(judgements, startingOn: start)
            } catch let error as FrameworkError {
                throw ReportingError("row \(row.rowNumber): \(error.description)")
            }
            let inspection = try await InspectionStore.insert(type, start: start, end: row.endedOn, judgements: judgements, actor: actor, on: connection)
            if inspection.created { result.added += 1 } else { result.alreadyRecorded += 1 }
            try await connection.execute(
                "UPDATE reporting_national_inspections SET inspection_id = $1 WHERE row_number = $2", [inspection.id, row.rowNumber])
        }
    }

    private static func json(_ value: [[String: String?]]) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
