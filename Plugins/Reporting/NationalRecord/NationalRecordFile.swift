import Domain
import Foundation
import Hashing
import Tabular

/// Reads the national record of ILACS reports (`ilacs_inspection_history.csv`, the layout of the
/// public `ofsted-ilacs-scrape-tool`): one row per published report.
///
/// Blank cells and the placeholders `inspection_pre_dates_judgement`, `not_reported_post_reform`
/// and `data_unreadable` are kept as given and read as unknown; so is any other text that is not
/// a grade. Inspection dates are DD/MM/YYYY and publication dates DD/MM/YY (20YY); a date in any
/// other form stops the read, naming the row and column.
struct NationalRecordFile {
    /// The columns, in the published order; the file must have exactly these (in any order).
    static let columns = [
        "urn", "local_authority", "inspection_link", "pdf_filename", "publication_date", "inspection_framework", "inspector_name",
        "inspection_start_date", "inspection_end_date", "overall_effectiveness_grade", "impact_of_leaders_grade",
        "help_and_protection_grade", "in_care_grade", "care_leavers_grade", "parser_version"
    ]

    /// The grade columns and the areas they grade.
    static let gradeColumns: [(column: String, area: JudgementArea)] = [
        ("overall_effectiveness_grade", .overallEffectiveness), ("impact_of_leaders_grade", .leadership),
        ("help_and_protection_grade", .helpAndProtection), ("in_care_grade", .childrenInCare), ("care_leavers_grade", .careLeavers)
    ]

    /// Cell texts the record uses for "no grade here"; kept, and read as unknown.
    static let placeholders: Set<String> = ["", "inspection_pre_dates_judgement", "not_reported_post_reform", "data_unreadable"]

    /// The rows, in file order.
    let rows: [NationalRecordRow]
    /// The SHA-256 of the file's bytes.
    let sha256: String
    /// Grade cells that were neither a grade nor a placeholder, as "row N, column C" (kept as unknown).
    let unreadableGrades: [String]

    /// Reads `path`.
    /// - Throws: `TabularError` naming the file (and row and column) for a missing file, another
    ///   column set, or a date in another form.
    init(path: String) throws {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw TabularError(file: path, "the file is empty") }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = Self.columns.filter { !names.contains($0) }
        let unexpected = names.filter { !Self.columns.contains($0) }
        guard missing.isEmpty, unexpected.isEmpty, names.count == Self.columns.count else {
            throw TabularError(
                file: path, record: 1,
                "not the national record's columns (missing: \(missing.isEmpty ? "none" : missing.joined(separator: ", "))"
                    + "; unexpected: \(unexpected.isEmpty ? "none" : unexpected.joined(separator: ", "))); expected: \(Self.columns.joined(separator: ","))")
        }
        let index = Dictionary(names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows: [NationalRecordRow] = []
        var unreadable: [String] = []
        while let fields = try reader.nextRecord() {
            let row = reader.recordNumber
            guard fields.count == names.count else {
                throw TabularError(file: path, record: row, "\(fields.count) cells where the header has \(names.count); check the row's quotes")
            }
            let cell = { (column: String) in fields[index[column]!].trimmingCharacters(in: .whitespaces) }
            func date(_ column: String, twoDigitYear: Bool) throws -> CalendarDate? {
                let text = cell(column)
                guard !text.isEmpty else { return nil }
                guard let value = Self.date(text, twoDigitYear: twoDigitYear) else {
                    throw TabularError(
                        file: path, record: row,
                        "column \(column) is not a date as \(twoDigitYear ? "DD/MM/YY" : "DD/MM/YYYY"); the national record writes dates that way")
                }
                return value
            }
            let grades = Self.gradeColumns.map { column, area in
                let text = cell(column)
                let grade = Judgement(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_"))
                if grade == nil && !Self.placeholders.contains(text) { unreadable.append("row \(row), column \(column)") }
                return NationalRecordRow.Grade(area: area, text: text, grade: grade)
            }
            let framework = cell("inspection_framework")
            rows.append(
                NationalRecordRow(
                    rowNumber: row, urn: cell("urn"), localAuthority: cell("local_authority"), inspectionLink: cell("inspection_link"),
                    pdfFilename: cell("pdf_filename"), publicationText: cell("publication_date"),
                    publishedOn: try date("publication_date", twoDigitYear: true), frameworkText: framework,
                    type: [.standard, .short].first { $0.rawValue == framework }, inspectorName: cell("inspector_name"),
                    startedOn: try date("inspection_start_date", twoDigitYear: false), endedOn: try date("inspection_end_date", twoDigitYear: false),
                    grades: grades, parserVersion: cell("parser_version")))
        }
        self.rows = rows
        unreadableGrades = unreadable
        sha256 = HexDigest.sha256(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// `DD/MM/YYYY`, or `DD/MM/YY` read as 20YY; nil for anything else.
    static func date(_ text: String, twoDigitYear: Bool) -> CalendarDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == (twoDigitYear ? 2 : 4),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: twoDigitYear ? 2000 + year : year, month: month, day: day)
    }
}
