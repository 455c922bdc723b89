import Domain
import Foundation
import Postgres
import Tabular
import Testing

@testable import Reporting

/// The real national record, `../shared/reference/ofsted/ilacs_inspection_history.csv` beside the
/// repository, as published (never a tidied copy).
enum NationalRecordReference {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = repository.deletingLastPathComponent().appendingPathComponent("shared/reference/ofsted/ilacs_inspection_history.csv").path

    /// The file, or a clear failure when it is missing.
    static func file() throws -> NationalRecordFile {
        guard FileManager.default.fileExists(atPath: path) else {
            throw TestSetupError("the national record is missing at \(path): the tests read the real file from ../shared/reference")
        }
        return try NationalRecordFile(path: path)
    }

    /// A copy of the real file with `change` applied to its text, in a temporary folder.
    static func altered(_ change: (String) -> String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("history.csv").path
        try change(text).write(toFile: copy, atomically: true, encoding: .utf8)
        return copy
    }

    struct TestSetupError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

@Suite("The national record of ILACS reports")
struct NationalRecordTests {
    static func count(_ sql: String, _ pool: PostgresPool) async throws -> Int {
        try await pool.query(sql)[0].decode(Int.self, at: 0)
    }

    @Test("every row is kept; placeholders and text that is not a grade stay unknown, never guessed")
    func keepsEveryRow() async throws {
        let file = try NationalRecordReference.file()
        try await ReportingFixture.with { fixture async throws in
            let result = try await NationalRecordStore(pool: fixture.pool).importFile(file, sourceName: "history.csv", authority: nil, actor: "tester")
            #expect(result.rows == 497)
            #expect(try await Self.count("SELECT count(*) FROM reporting_national_inspections", fixture.pool) == 497)
            #expect(try await Self.count("SELECT count(*) FROM reporting_national_grades", fixture.pool) == 497 * 5)
            // Placeholders and blanks are kept as given, with no grade read from them.
            #expect(
                try await Self.count(
                    "SELECT count(*) FROM reporting_national_grades WHERE given IN ('', 'data_unreadable', 'inspection_pre_dates_judgement', 'not_reported_post_reform') AND grade IS NULL",
                    fixture.pool) == 169 + 9 + 11 + 176 * 3 + 175 + 164)
            #expect(result.unreadableGrades == ["row 329, column help_and_protection_grade", "row 415, column help_and_protection_grade"])
            #expect(
                try await Self.count("SELECT count(*) FROM reporting_national_grades WHERE given = 'to requires improvement' AND grade IS NULL", fixture.pool)
                    == 2)
            // DD/MM/YY publication dates are read as 20YY; a framework that is not a type is kept, type unknown.
            #expect(
                try await Self.count("SELECT count(*) FROM reporting_national_inspections WHERE published_on = '2025-05-09' AND urn = '2532283'", fixture.pool)
                    == 1)
            #expect(
                try await Self.count(
                    "SELECT count(*) FROM reporting_national_inspections WHERE framework_text = 'inspection duration longer than standard framework' AND type IS NULL",
                    fixture.pool) == 1)
            #expect(result.note?.contains("no authority given") == true)
        }
    }

    @Test("the authority's rows become its history without duplicating a hand-entered one, and a re-import changes nothing")
    func authorityHistoryIdempotent() async throws {
        let file = try NationalRecordReference.file()
        try await ReportingFixture.with { fixture async throws in
            _ = try await InspectionStore(pool: fixture.pool).record(
                .short, start: CalendarDate.parse("2024-05-20")!, end: CalendarDate.parse("2024-05-24"), judgements: [.overallEffectiveness: .good],
                actor: "tester")
            let store = NationalRecordStore(pool: fixture.pool)
            let first = try await store.importFile(file, sourceName: "history.csv", authority: "Nottinghamshire County Council", actor: "tester")
            #expect(first.authority == "nottinghamshire (URN 80534)")
            #expect(first.added == 1 && first.alreadyRecorded == 1 && first.withoutDates == 1)
            let history = try await InspectionStore(pool: fixture.pool).all()
            #expect(history.map(\.startDate.iso) == ["2019-10-07", "2024-05-20"])
            #expect(history[0].judgements[.helpAndProtection] == .requiresImprovement)
            let before = try await Self.count("SELECT count(*) FROM audit_events WHERE action = 'inspection.record'", fixture.pool)
            let again = try await store.importFile(file, sourceName: "history.csv", authority: "80534", actor: "tester")
            #expect(again.unchanged && again.added == 0 && again.alreadyRecorded == 2)
            #expect(try await InspectionStore(pool: fixture.pool).all().count == 2)
            #expect(try await Self.count("SELECT count(*) FROM audit_events WHERE action = 'inspection.record'", fixture.pool) == before)
            #expect(try await Self.count("SELECT count(*) FROM reporting_national_imports", fixture.pool) == 1)
            #expect(try await Self.count("SELECT count(*) FROM reporting_national_inspections WHERE inspection_id IS NOT NULL", fixture.pool) == 2)
            let unknown = try await store.importFile(file, sourceName: "history.csv", authority: "Atlantis", actor: "tester")
            #expect(unknown.note == "no authority in the national record is named 'Atlantis' (or has that URN): nothing added to the inspection history")
        }
    }

    @Test("another column set, dates in another form and a name of two authorities are one-line errors that change nothing")
    func badInput() async throws {
        _ = try NationalRecordReference.file()
        let renamed = try NationalRecordReference.altered { $0.replacingOccurrences(of: "in_care_grade", with: "children_in_care") }
        #expect(throws: TabularError.self) { try NationalRecordFile(path: renamed) }
        do { _ = try NationalRecordFile(path: renamed) } catch {
            #expect(
                "\(error)".hasPrefix(
                    "history.csv, row 1: not the national record's columns (missing: in_care_grade; unexpected: children_in_care); expected: urn,"))
        }
        let isoDates = try NationalRecordReference.altered { $0.replacingOccurrences(of: ",17/03/2025,", with: ",2025-03-17,") }
        do {
            _ = try NationalRecordFile(path: isoDates)
            Issue.record("an ISO date was accepted")
        } catch {
            #expect("\(error)" == "history.csv, row 2: column inspection_start_date is not a date as DD/MM/YYYY; the national record writes dates that way")
        }
        let file = try NationalRecordReference.file()
        try await ReportingFixture.with { fixture async throws in
            let error = await #expect(throws: ReportingError.self) {
                try await NationalRecordStore(pool: fixture.pool).importFile(file, sourceName: "history.csv", authority: "Northamptonshire", actor: "tester")
            }
            #expect(
                error?.description
                    == "the authority name 'Northamptonshire' matches 2 authorities in the national record (north northamptonshire, URN 2637539; west northamptonshire, URN 2637548); give the full name or the URN with --authority"
            )
            #expect(try await Self.count("SELECT count(*) FROM reporting_national_inspections", fixture.pool) == 0)
            #expect(try await Self.count("SELECT count(*) FROM inspections", fixture.pool) == 0)
        }
    }

    @Test("an overall grade on an inspection from 1 April 2026 is refused when recorded, naming the change")
    func overallGradeRefused() async throws {
        try await ReportingFixture.with { fixture async throws in
            let error = await #expect(throws: ReportingError.self) {
                try await InspectionStore(pool: fixture.pool).record(
                    .standard, start: CalendarDate.parse("2026-05-11")!, end: nil, judgements: [.overallEffectiveness: .good, .leadership: .good],
                    actor: "tester")
            }
            #expect(error?.description.contains("the overall effectiveness judgement is no longer given") == true)
            #expect(try await InspectionStore(pool: fixture.pool).all().isEmpty)
        }
    }
}
